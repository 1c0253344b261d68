import Testing
@testable import FedModel

/// The anchor points of docs/MODEL.md: each calibrated figure and how close the model comes.
struct CalibrationTests {
    let curve = ReserveDemandCurve(.central)

    @Test func abundantYearsSpreadIsAboutMinusSeven() {
        // 2021–22: reserves ~18–19% of bank assets, EFFR − IORB ≈ −7bp.
        #expect(abs(curve.fundsSpread(19) - (-7)) < 0.5)
        #expect(ReserveRegime(slope: curve.slope(19)) == .abundant)
    }

    @Test func december2025IsAmpleNearTwelvePercent() {
        let month0 = Simulation(scenario: Scenario()).run()[0]
        #expect(abs(month0.reserveRatio - 12) < 0.5)
        #expect(month0.regime == .ample)
        #expect(abs(month0.fundsSpread - (-2)) < 1)
        // SOFR a few bp over IORB on average; 10 Dec 2025 is no pressure date and had no SRF loans (H.4.1).
        #expect(month0.repoSpread > 0 && month0.repoSpread < 10)
        #expect(month0.repoPeakSpread == month0.repoSpread)
        #expect(month0.peakDayStandingRepoLoans < 0.01)
        // The month ends after it peak at 10–30bp with some SRF use (31 Oct 2025: +22bp over the SRF rate).
        let month1 = Simulation(scenario: Scenario()).run()[1]
        #expect(month1.repoPeakSpread > 10 && month1.repoPeakSpread < 30)
        #expect(month1.peakDayStandingRepoLoans > 5 && month1.peakDayStandingRepoLoans < 80)
    }

    @Test func september2019IsScarceWithAPositiveRisingSpread() {
        let path = Simulation(scenario: Preset.named("repo-2019")!.scenario).run()
        #expect(abs(path[0].reserveRatio - 8) < 0.5)
        #expect(path[0].regime == .scarce)
        #expect(path[0].fundsSpread > 5)
        #expect(path.last!.fundsSpread > path[0].fundsSpread)
        #expect(path[0].peakDayStandingRepoLoans == 0, "no standing repo facility existed in 2019")
    }

    @Test func regimeBoundariesSitWhereTheDocsSay() {
        let abundantFrom = curve.ratio(whereSlopeMagnitudeIs: ReserveRegime.abundantBelow)
        let scarceBelow = curve.ratio(whereSlopeMagnitudeIs: ReserveRegime.scarceAbove)
        #expect(abs(abundantFrom - 14.9) < 0.1)
        #expect(abs(scarceBelow - 9.3) < 0.1)
    }

    @Test func corridorAfterTheDecemberCut() {
        let corridor = Corridor(start: .december2025, rateCut: 25)
        #expect(abs(corridor.rangeTop - 3.75) < 1e-9)
        #expect(abs(corridor.interestOnReserves - 3.65) < 1e-9)
        #expect(abs(corridor.reverseRepoRate - 3.50) < 1e-9)
        #expect(abs(corridor.standingRepoRate! - 3.75) < 1e-9)
        #expect(Corridor(start: .september2019, rateCut: 25).standingRepoRate == nil)
    }
}
