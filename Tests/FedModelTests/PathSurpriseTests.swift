import Testing
@testable import FedModel

/// The path factor of the surprise channel (Gürkaynak–Sack–Swanson 2005) and the 10 Dec 2025 day.
struct PathSurpriseTests {
    func day(_ scenario: Scenario) -> AssetMoves { Simulation(scenario: scenario).run()[0].assets }

    @Test func aLowerExpectedPathLowersYieldsMoreAtTheShortEndAndLiftsStocks() {
        var scenario = Scenario()
        scenario.pathSurprise = -10
        let moves = day(scenario)
        #expect(moves.twoYear.surprise < -5)
        #expect(moves.tenYear.surprise < -1)
        #expect(moves.tenYear.surprise > moves.twoYear.surprise)
        #expect(moves.spx.surprise > 0)
        // The path factor fades with no target surprise: the fully expected cut alone moves nothing.
        #expect(abs(day(Scenario()).twoYear.total) < 0.5)
    }

    @Test func aHigherPathIsHawkish() {
        var scenario = Scenario()
        scenario.pathSurprise = 20
        let moves = day(scenario)
        #expect(moves.twoYear.total > 10)
        #expect(moves.spx.total < 0)
    }

    /// 10 Dec 2025: 2-year −7.7bp, 10-year −4.3bp, S&P 500 +0.67% (MT Newswires, Reuters).
    @Test func theDecember2025DayIsWithinTheActualOrderOfMagnitude() {
        let scenario = Preset.named("fomc-dec-2025")!.scenario
        #expect(scenario.pathSurprise == -8)
        #expect(scenario.expectedCut == 22)
        let moves = day(scenario)
        #expect(moves.twoYear.total < -7.7 / 3 && moves.twoYear.total > -7.7 * 3)
        #expect(moves.tenYear.total < -4.3 / 3 && moves.tenYear.total > -4.3 * 3)
        #expect(moves.spx.total > 0.67 / 3 && moves.spx.total < 0.67 * 3)
        // Without the path news the yields move a quarter as much: the review's finding.
        var targetOnly = scenario
        targetOnly.pathSurprise = 0
        #expect(abs(day(targetOnly).twoYear.total) < abs(moves.twoYear.total) / 3)
    }
}
