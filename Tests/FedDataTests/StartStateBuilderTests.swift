import FedModel
import Testing
@testable import FedData

struct StartStateBuilderTests {
    static let builder = StartStateBuilder(library: shippedLibrary)

    static let dates = [
        "2019-01-02", "2019-09-18", "2020-03-18", "2020-12-16", "2021-07-28", "2021-07-29", "2022-06-15",
        "2023-03-15", "2023-12-13", "2024-06-12", "2025-04-16", "2025-10-15", "2025-12-10",
    ]

    @Test(arguments: dates)
    func identityHoldsToTheCent(date: String) throws {
        let report = try Self.builder.build(on: Day(iso: date)!)
        let sheet = BalanceSheet(start: report.state)
        let published = try #require(report.figure(.totalAssets)?.value)
        #expect(sheet.totalAssetsCents == BalanceSheet.cents(published), "total assets are WALCL")
        let reserves = try #require(report.figure(.reserves)?.value)
        #expect(sheet.reservesCents == BalanceSheet.cents(reserves), "reserves are WRESBAL, to the cent")
        let residual = try #require(report.figure(.residual)?.value)
        #expect(BalanceSheet.cents(residual) == BalanceSheet.cents(report.state.residual))
    }

    @Test(arguments: dates)
    func everyFigureIsSourced(date: String) throws {
        let report = try Self.builder.build(on: Day(iso: date)!)
        #expect(Set(report.figures.map(\.line)).count == report.figures.count, "each line once")
        for figure in report.figures {
            switch figure.source {
            case .series(_, let day): #expect(day <= Day(iso: date)!, "\(figure.line): no look-ahead")
            case .derived(let rule, let inputs):
                #expect(!rule.isEmpty)
                #expect(inputs.allSatisfy { $0.day <= Day(iso: date)! })
            case .assumed(let rule): #expect(rule.contains("import"), "\(figure.line): says how to replace it")
            }
        }
    }

    @Test func december2025IsTheDataOf10December() throws {
        let report = try Self.builder.build(on: .snapshotEnd, name: "dec-2025", title: "FOMC 10 Dec 2025")
        let named = StartState.december2025
        #expect(BalanceSheet(start: report.state) == BalanceSheet(start: named))
        #expect(report.state.reserves.rounded() == 2_932)
        #expect(report.state.treasuryGeneralAccount.rounded() == 806)
        #expect(report.state.overnightReverseRepo.rounded() == 5)
        #expect(report.figure(.reserves)?.source == .series(identifier: "WRESBAL", day: .snapshotEnd))
        #expect(report.figure(.treasuryGeneralAccount)?.source == .series(identifier: "WDTGAL", day: .snapshotEnd))
        Self.expectSameFigures(report.state, named)
    }

    @Test func september2019IsTheDataOf18September() throws {
        let report = try Self.builder.build(
            on: Day(iso: "2019-09-18")!, name: "sep-2019", title: "repo spike, Sep 2019")
        let named = StartState.september2019
        #expect(BalanceSheet(start: report.state) == BalanceSheet(start: named))
        #expect(!report.state.hasStandingRepoFacility)
        #expect(report.figure(.interestOnReserves)?.source == .series(identifier: "IOER", day: Day(iso: "2019-09-18")!))
        if case .assumed = report.figure(.spx)?.source {} else { Issue.record("S&P 500 before 2021 is an assumption") }
        Self.expectSameFigures(report.state, named)
    }

    @Test func billsAfterTheSomaSeriesEndAreCarriedForward() throws {
        let report = try Self.builder.build(on: .snapshotEnd)
        guard case .derived(let rule, let inputs)? = report.figure(.bills)?.source else {
            Issue.record("bills on 10 Dec 2025 are derived"); return
        }
        #expect(rule.contains("carried forward"))
        #expect(inputs == [StartFigure.Input(identifier: "SOMA_BILLS", day: Day(iso: "2025-10-15")!)])
    }

    @Test func beforeTheTargetRangeThereIsNoStart() {
        #expect(throws: DataError.self) { try Self.builder.build(on: Day(iso: "2008-01-02")!) }
    }

    static func expectSameFigures(_ built: StartState, _ named: StartState) {
        #expect(built.bankAssets == named.bankAssets)
        #expect(built.nominalGDP == named.nominalGDP)
        #expect(built.targetRangeTop == named.targetRangeTop)
        #expect(built.iorbBelowTop == named.iorbBelowTop)
        #expect(built.iorbBelowTopAfterDecision == named.iorbBelowTopAfterDecision)
        #expect(built.hasStandingRepoFacility == named.hasStandingRepoFacility)
        #expect([built.spx, built.ndx, built.btc, built.eth] == [named.spx, named.ndx, named.btc, named.eth])
        #expect([built.twoYearYield, built.tenYearYield] == [named.twoYearYield, named.tenYearYield])
        #expect([built.calendarMonth, built.calendarYear] == [named.calendarMonth, named.calendarYear])
    }
}
