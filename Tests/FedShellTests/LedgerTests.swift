import FedLanguage
import FedModel
@testable import FedShell
import Foundation
import Testing

/// `ledger`: every entry and every month balances, the T-account totals match the balance sheet,
/// the month argument is checked.
struct LedgerTests {
    static let presets = Preset.all.map(\.name)

    @Test(arguments: presets)
    func everyMonthBalancesToTheCent(preset: String) {
        var scenario = Preset.named(preset)!.scenario
        scenario.horizon = 24
        let path = Simulation(scenario: scenario).run()
        for month in 1..<path.count {
            let entries = LedgerEntry.entries(path[month].flows, instrument: scenario.instrument)
            #expect(entries.allSatisfy { $0.balances }, "month \(month)")
            let total = LedgerEntry.total(entries)
            #expect(total.balances)
            #expect(
                total.reserves == path[month].balanceSheet.reservesCents - path[month - 1].balanceSheet.reservesCents,
                "month \(month)")
            #expect(
                total.assets == path[month].balanceSheet.totalAssetsCents
                    - path[month - 1].balanceSheet.totalAssetsCents, "month \(month)")
        }
        let opening = LedgerEntry.total(
            LedgerEntry.startEntries(
                published: BalanceSheet(start: StartState.named(scenario.start)),
                opening: path[0].balanceSheet))
        #expect(opening.balances)
        #expect(
            opening.reserves == path[0].balanceSheet.reservesCents
                - BalanceSheet(start: StartState.named(scenario.start)).reservesCents)
    }

    /// Reads the numbers back from the printed T-account: the totals row and the closing totals.
    @Test(arguments: ["cabana", "qt-continues", "fomc-dec-2025", "repo-2019"], [0, 1, 4, 12])
    func printedTotalsBalance(preset: String, month: Int) throws {
        let text = ToolHarness.transcript("use \(preset); ledger \(month)")
        let lines = text.split(separator: "\n").map(String.init)
        let totalRow = try #require(
            lines.first { $0.hasPrefix("  total") && $0.contains("│") && !$0.contains("│   total") })
        let numbers = Self.numbers(in: totalRow)
        try #require(numbers.count == 3, "\(totalRow)")
        #expect(abs(numbers[0] - (numbers[1] + numbers[2])) < 0.005, "\(totalRow)")
        #expect(text.contains("✓") && !text.contains("✗"))
        let closing = try #require(lines.last { $0.contains("total") && $0.contains("│") })
        let closingNumbers = Self.numbers(in: closing)
        #expect(closingNumbers.count == 2 && closingNumbers[0] == closingNumbers[1], "\(closing)")
    }

    @Test func allMonthsSumsToTheChangeInReserves() {
        let printed = ToolHarness.transcript("use fomc-dec-2025; ledger all")
        let text = ToolHarness.flattened(printed)
        #expect(text.contains("months 1–12"))
        #expect(text.contains("= the sum of the entries to the cent ✓"))
        #expect(printed.split(separator: "\n").filter { $0.hasPrefix("  12 Dec 2026") }.count == 1)
    }

    @Test func defaultMonthIsOneAndExpressionsWork() {
        #expect(ToolHarness.transcript("use cabana; ledger").contains("month 1 (Jan 2026)"))
        #expect(ToolHarness.transcript("use cabana; ledger 2 + 1").contains("month 3 (Mar 2026)"))
        #expect(ToolHarness.transcript("use cabana; ledger horizon").contains("month 12 (Dec 2026)"))
        let start = ToolHarness.transcript("use cabana; ledger 0")
        #expect(start.contains("month 0 (Dec 2025, the decision)") && start.contains("SRF loans"))
        #expect(ToolHarness.transcript("use cabana; ledger 1").contains("bills bought (RMP)"))
    }

    @Test(arguments: [
        ("ledger 13", "month 13 is outside the scenario"), ("ledger -1", "month -1 is outside the scenario"),
        ("ledger 1.5", "ledger needs a month number such as 3, not 1.5"),
        ("ledger 25bp", "ledger needs a month number"), ("ledger bills", "ledger needs a month number"),
    ])
    func badMonthsAreErrors(line: String, message: String) {
        let text = ToolHarness.transcript(line)
        #expect(text.contains("error: " + message), "\(text)")
    }

    @Test func amountsAreBillionsWithTwoDecimals() {
        #expect(LedgerText.amount(123_456_000_000_000) == "1,234.56")
        #expect(LedgerText.amount(-4_500_000_000_000, signed: true) == "−45.00")
        #expect(LedgerText.amount(599_500_000, signed: true) == "+0.01")
        #expect(LedgerText.amount(99_999_999_999, signed: true) == "+1.00")
        #expect(LedgerText.amount(0) == "0.00")
    }

    /// Tables need 54 columns; prose wraps to any width.
    @Test(arguments: [54, 66, 67, 80])
    func linesFitTheWidth(width: Int) {
        let text = ToolHarness.transcript("use qt-continues; ledger 4; ledger all", width: width)
        for line in text.split(separator: "\n").dropFirst(3) { #expect(line.count <= width, "\(line)") }
    }

    /// Signed decimal numbers in a line ("−16.00", "+5.99", "6,594.76").
    static func numbers(in line: String) -> [Double] {
        line.replacingOccurrences(of: "−", with: "-").replacingOccurrences(of: ",", with: "")
            .split(whereSeparator: { !"0123456789.-+".contains($0) }).compactMap { Double($0) }
    }
}
