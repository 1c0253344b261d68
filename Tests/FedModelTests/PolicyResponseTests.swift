import Testing
@testable import FedModel

/// The directions the design note requires of the model.
struct PolicyResponseTests {
    func horizon(_ scenario: Scenario) -> MonthResult { Simulation(scenario: scenario).run().last! }

    @Test func moreBuyingMeansMoreReservesLowerSpreadsHigherBitcoin() {
        var previous: MonthResult?
        for pace in stride(from: 0.0, through: 150, by: 15) {
            var scenario = Scenario()
            scenario.purchases = pace
            let result = horizon(scenario)
            if let previous {
                #expect(result.balanceSheet.reserves > previous.balanceSheet.reserves)
                #expect(result.fundsSpread < previous.fundsSpread)
                #expect(result.assets.btc.total > previous.assets.btc.total)
            }
            previous = result
        }
    }

    @Test func qtKeptOnDrainsReservesAndBringsTheStandingRepoFacility() {
        let qt = Simulation(scenario: Preset.named("qt-continues")!.scenario).run()
        let baseline = horizon(Scenario())
        #expect(qt.last!.balanceSheet.reserves < qt[0].balanceSheet.reserves)
        #expect(qt.last!.fundsSpread > qt[0].fundsSpread)
        #expect(qt.last!.peakDayStandingRepoLoans > qt[0].peakDayStandingRepoLoans + 20)
        #expect(qt.last!.peakDayStandingRepoLoans > baseline.peakDayStandingRepoLoans)
    }

    @Test func hawkishHoldHitsPricesOnTheDay() {
        let day = Simulation(scenario: Preset.named("hawkish-hold")!.scenario).run()[0].assets
        #expect(day.twoYear.total > 10)
        #expect(day.spx.total < -0.5)
        #expect(day.ndx.total < day.spx.total)
        #expect(day.btc.total < 0)
    }

    @Test func aFullyExpectedCutMovesPricesByAboutZero() {
        let day = Simulation(scenario: Scenario()).run()[0].assets
        #expect(abs(day.spx.total) < 0.05)
        #expect(abs(day.twoYear.total) < 0.5)
        #expect(abs(day.tenYear.total) < 0.5)
    }

    @Test func couponsMoveTheTenYearFarMoreThanBills() {
        var bills = Scenario()
        bills.purchases = 45
        var coupons = bills
        coupons.instrument = .coupons
        // Beside no purchases at all: the MBS runoff both share drops out.
        let none = horizon(Scenario()).assets.tenYear.total
        let billsMove = horizon(bills).assets.tenYear.total - none
        let couponsMove = horizon(coupons).assets.tenYear.total - none
        #expect(couponsMove < -10)
        #expect(abs(couponsMove) > 10 * abs(billsMove))
    }

    @Test func frontLoadedScheduleMatchesTheMinutesSurvey() {
        let scenario = Preset.named("fomc-dec-2025")!.scenario
        let total = (1...12).map { scenario.purchases(inMonth: $0) }.reduce(0, +)
        #expect(abs(total - 220) < 1e-9)
    }
}

/// The Desk's rule: `set purchases auto` with a reserve floor.
struct PurchaseRuleTests {
    @Test func automaticPurchasesKeepReservesAboveTheFloorWithinThePace() {
        var scenario = Scenario()
        scenario.purchaseRule = .automatic
        scenario.reserveFloor = 2_950
        let path = Simulation(scenario: scenario).run()
        let bought = path.dropFirst().map { MonthFlows.billions($0.flows.purchases) }
        #expect(bought.allSatisfy { $0 >= 0 && $0 <= scenario.maximumPurchasePace + 1e-9 })
        #expect(bought.reduce(0, +) > 0)
        for result in path.dropFirst() {
            #expect(result.balanceSheet.reserves - result.balanceSheet.standingRepoLoans >= 2_950 - 0.01)
        }
        // Without the rule April's tax drain takes reserves under the floor.
        let fixed = Simulation(scenario: Scenario()).run()
        #expect(fixed[4].balanceSheet.reserves - fixed[4].balanceSheet.standingRepoLoans < 2_950)
        // The rule buys ahead of April: some purchases come before month 4.
        #expect(bought[0..<3].reduce(0, +) > 0)
    }

    @Test func aShareOfBankAssetsFloorAndThePaceBind() {
        var scenario = Scenario()
        scenario.purchaseRule = .automatic
        scenario.reserveFloorShare = 0.13
        scenario.maximumPurchasePace = 20
        let bought = Simulation(scenario: scenario).run().dropFirst().map { MonthFlows.billions($0.flows.purchases) }
        #expect(bought.allSatisfy { abs($0 - 20) < 0.01 })
        scenario.reserveFloorShare = 0
        let none = Simulation(scenario: scenario).run().dropFirst().map { MonthFlows.billions($0.flows.purchases) }
        #expect(none.allSatisfy { $0 == 0 })
    }
}

/// 2019's fix: Fed repo operations without a standing facility, and IOER as the Fed set it.
struct RepoOperationsTests {
    @Test func repoOperationsCalmSOFRWithinTheFirstMonth() {
        var scenario = Preset.named("repo-2019")!.scenario
        let without = Simulation(scenario: scenario).run()
        scenario.repoOperations = 150
        let with = Simulation(scenario: scenario).run()
        #expect(with[1].repoSpread < with[0].repoSpread - 10)
        #expect(with[1].repoSpread < without[1].repoSpread - 10)
        #expect(with[1].balanceSheet.reserves > without[1].balanceSheet.reserves + 149)
        // They mature after repo_operation_months: reserves fall back without purchases.
        #expect(abs(with[6].balanceSheet.reserves - without[6].balanceSheet.reserves) < 1)
        #expect(with[1].flows.reserveChange == with[1].balanceSheet.reservesCents - with[0].balanceSheet.reservesCents)
    }

    @Test func repoOperationsDoNothingWhereTheStandingFacilityExists() {
        var scenario = Scenario()
        let without = Simulation(scenario: scenario).run()
        scenario.repoOperations = 150
        let with = Simulation(scenario: scenario).run()
        #expect(with[1].repoPeakSpread <= without[1].repoPeakSpread)
        #expect(with[1].balanceSheet.reserves > without[1].balanceSheet.reserves + 100)
    }

    @Test func ioerAfterTheSeptember2019CutIsWhatTheFedSet() {
        let corridor = Corridor(start: .september2019, rateCut: 25)
        #expect(abs(corridor.interestOnReserves - 1.80) < 1e-9)
        #expect(abs(Corridor(start: .december2025, rateCut: 25).interestOnReserves - 3.65) < 1e-9)
    }
}

/// Duration both ways: MBS runoff hands duration back; bills carry almost none; short coupons some.
struct DurationTests {
    func tenYear(_ scenario: Scenario) -> ChannelContributions {
        Simulation(scenario: scenario).run().last!.assets.tenYear
    }

    @Test func mbsRunoffRaisesTheTermPremium() {
        // Baseline: MBS paydowns reinvested in bills. The review's arithmetic: +4.5 to +6.8bp in 12 months.
        let duration = tenYear(Scenario()).duration
        #expect(duration > 4.5 && duration < 6.8)
        var parameters = ParameterValues.central
        parameters.mortgageDuration = 0
        let none = Simulation(scenario: Scenario(), parameters: parameters).run().last!.assets.tenYear.duration
        #expect(none < 0)
    }

    @Test func shortCouponsSitBetweenBillsAndCoupons() {
        var scenario = Scenario()
        scenario.purchases = 45
        let bills = tenYear(scenario).duration
        scenario.instrument = .shortCoupons
        let short = tenYear(scenario).duration
        scenario.instrument = .coupons
        let coupons = tenYear(scenario).duration
        #expect(coupons < short && short < bills)
        #expect(bills - short > 5 * 0.5)
        let pieces = Simulation(scenario: scenario).durationPieces()[12]
        #expect(abs(pieces.total - Simulation(scenario: scenario).cumulativeTenYearEquivalents()[12]) < 1e-9)
        #expect(pieces.mortgageRunoff < 0 && pieces.purchases > 0)
    }
}

/// Claims that can fail: SRF borrowing is strain, not liquidity; the liquidity prior allows both signs.
struct LiquidityChannelTests {
    @Test func moreStandingRepoUseNeverLiftsEquities() {
        let scenario = Preset.named("qt-continues")!.scenario
        var spx: [Double] = []
        for takeUp in [0.0, 3, 5] {
            var parameters = ParameterValues.central
            parameters.standingRepoTakeUp = takeUp
            spx.append(Simulation(scenario: scenario, parameters: parameters).run().last!.assets.spx.total)
        }
        #expect(spx[1] <= spx[0] + 1e-9 && spx[2] <= spx[1] + 1e-9, "\(spx)")
    }

    @Test func theLiquidityPriorIsCentredNearZeroWithBothSigns() {
        let parameter = ModelParameter.named("liquidity_equity")!
        #expect(parameter.low < 0 && parameter.high > 0)
        #expect(abs(parameter.central) <= 0.15)
    }
}

/// Outputs the desk reads: TGCR − IORB and the date of the repo peak.
struct DeskOutputTests {
    @Test func tgcrSitsBelowSOFRAndThePeakDateIsTheMonthsLastWeekday() {
        let path = Simulation(scenario: Scenario()).run()
        for result in path {
            #expect(abs(Output.tgcrSpread.value(in: result) - (result.repoSpread - 2.4)) < 1e-9)
        }
        // Month 1 runs to 10 Jan 2026: its worst day is the year end, Wednesday 31 Dec 2025 (20,453 days
        // since 1970); month 0 is the start day, Wednesday 10 Dec 2025.
        #expect(Output.sofrPeakDate.value(in: path[1]) == 20_453)
        #expect(Output.sofrPeakDate.value(in: path[0]) == 20_432)
        #expect(StartState.september2019.monthEndDay(month: 0) == 18_169)  // Monday 30 Sep 2019
    }
}
