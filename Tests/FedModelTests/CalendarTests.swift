import Testing
@testable import FedModel

/// The calendar inside the month and the SRF as a facility (docs/MODEL.md §4d).
struct CalendarTests {
    let qtContinues = Preset.named("qt-continues")!.scenario

    func path(_ scenario: Scenario, _ change: (inout ParameterValues) -> Void = { _ in }) -> [MonthResult] {
        var parameters = ParameterValues.central
        change(&parameters)
        return Simulation(scenario: scenario, parameters: parameters).run()
    }

    @Test func daysRoundTripThroughTheCivilCalendar() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1).number == 0)
        #expect(CalendarDay(year: 2025, month: 12, day: 10).number == 20_432)
        #expect(CalendarDay(year: 2025, month: 12, day: 10).weekday == 2)  // a Wednesday
        for number in stride(from: -800, through: 40_000, by: 37) {
            let (year, month, day) = CalendarDay(number: number).components
            #expect(CalendarDay(year: year, month: month, day: day).number == number)
        }
        #expect(CalendarDay.monthEnd(year: 2024, month: 2).description == "2024-02-29")
    }

    @Test func monthsKnowTheirTaxSettlementAndQuarterEndDates() {
        let november = MonthCalendar(year: 2025, month: 11)
        // The 15th is a Saturday and the 30th a Sunday: settlement moves on, the month end moves back.
        #expect(november.dates.map(\.day.description) == ["2025-11-17", "2025-11-28"])
        #expect(november.dates[0].kinds == [.couponSettlement])
        #expect(november.dates[1].kinds == [.couponSettlement, .monthEnd])
        let december = MonthCalendar(year: 2025, month: 11, plus: 1)
        #expect(december.dates.map(\.day.description) == ["2025-12-15", "2025-12-31"])
        #expect(december.dates[0].kinds.contains(.taxDate))
        #expect(december.dates[1].kinds.isSuperset(of: [.monthEnd, .quarterEnd, .yearEnd]))
        #expect(MonthCalendar(year: 2026, month: 2).dates[0].kinds == [.couponSettlement])
    }

    @Test func theWorstDayIsOneOfTheMonthsDatesAndTheStartDayBooksOnlyTheDatasLoans() {
        let scenario = Preset.named("fomc-dec-2025")!.scenario
        let simulation = Simulation(scenario: scenario)
        let results = simulation.run()
        #expect(results[0].peakDay == CalendarDay(year: 2025, month: 12, day: 10).number)
        #expect(results[0].peakDayStandingRepoLoans == StartState.december2025.standingRepoLoans)
        #expect(results[0].balanceSheet.standingRepoLoans == StartState.december2025.standingRepoLoans)
        for result in results.dropFirst() {
            #expect(simulation.pressureDates(month: result.month).map(\.day.number).contains(result.peakDay))
        }
        // Month 1 runs from 11 Dec 2025 to 10 Jan 2026: the tax date of 15 Dec and the year end.
        #expect(simulation.pressureDates(month: 1).map(\.day.description) == ["2025-12-15", "2025-12-31"])
        for result in results.dropFirst() {
            #expect(result.peakDayStandingRepoLoans >= 0)
        }
    }

    @Test func aTaxDateSwingMovesTheWorstDayToTheFifteenth() {
        // Month 4 (11 Mar to 10 Apr 2026): 15 Mar is a Sunday, so the tax date is Monday 16 Mar.
        let quiet = path(qtContinues) {
            $0.treasuryAccountTaxDateSwing = 0
            $0.treasuryAccountQuarterEndSwing = 0
            $0.reverseRepoPeakInflow = 0
            $0.reverseRepoQuarterEndInflow = 0
            $0.reverseRepoPeakInflowPerSpread = 0
        }
        let taxed = path(qtContinues) {
            $0.treasuryAccountTaxDateSwing = 400
            $0.treasuryAccountQuarterEndSwing = 0
            $0.reverseRepoPeakInflow = 0
            $0.reverseRepoQuarterEndInflow = 0
            $0.reverseRepoPeakInflowPerSpread = 0
        }
        #expect(taxed[4].peakDay == CalendarDay(year: 2026, month: 3, day: 16).number)
        #expect(quiet[4].peakDay != taxed[4].peakDay)
        #expect(taxed[4].repoPeakSpread > quiet[4].repoPeakSpread)
        #expect(taxed[4].repoSpread == quiet[4].repoSpread)  // the monthly average is the month's
    }

    @Test func onRRPTakesCashAtMonthEndsAsTheSpreadSays() {
        let none = path(qtContinues) {
            $0.reverseRepoPeakInflow = 0; $0.reverseRepoQuarterEndInflow = 0; $0.reverseRepoPeakInflowPerSpread = 0
        }
        let some = path(qtContinues) {
            $0.reverseRepoPeakInflow = 100; $0.reverseRepoQuarterEndInflow = 0; $0.reverseRepoPeakInflowPerSpread = 0
        }
        let wide = path(qtContinues) {
            $0.reverseRepoPeakInflow = 100; $0.reverseRepoQuarterEndInflow = 0; $0.reverseRepoPeakInflowPerSpread = 10
        }
        #expect(some[12].repoPeakSpread > none[12].repoPeakSpread)
        #expect(wide[12].repoPeakSpread > some[12].repoPeakSpread)
        #expect(some[12].peakDayStandingRepoLoans > none[12].peakDayStandingRepoLoans)
    }

    @Test func theFacilityDampsThePeakMoreAsItLendsMore() {
        let peaks = [0.0, 3, 10].map { takeUp in path(qtContinues) { $0.standingRepoTakeUp = takeUp }[12] }
        #expect(peaks[0].peakDayStandingRepoLoans == 0)
        #expect(peaks[1].peakDayStandingRepoLoans > 0)
        #expect(peaks[0].repoPeakSpread > peaks[1].repoPeakSpread)
        #expect(peaks[1].repoPeakSpread > peaks[2].repoPeakSpread)
    }

    @Test func srfLoansAreNotLiquidityButHeavyUseIsStress() {
        let results = path(qtContinues)
        for result in results {
            let sheet = result.balanceSheet
            #expect(abs(sheet.netLiquidity - (sheet.totalAssets - sheet.standingRepoLoans
                                                - sheet.treasuryGeneralAccount - sheet.overnightReverseRepo)) < 1e-6)
        }
        // More take-up no longer buys equities through the liquidity channel.
        let low = path(qtContinues) { $0.standingRepoTakeUp = 0 }[12].assets.spx
        let high = path(qtContinues) { $0.standingRepoTakeUp = 5 }[12].assets.spx
        #expect(abs(low.liquidity - high.liquidity) < 1e-9)
        let calm = path(qtContinues) { $0.standingRepoStress = 0 }[12]
        let stressed = path(qtContinues) { $0.standingRepoStress = 2 }[12]
        #expect(stressed.peakDayStandingRepoLoans > 0)
        #expect(stressed.assets.spx.fundingStress < calm.assets.spx.fundingStress)
    }
}
