import FedModel
import Foundation

/// The ledger as text: a month's entries as a T-account with totals that visibly balance, the
/// closing balance sheet, and the all-months summary. Amounts in $B with two decimals.
struct LedgerText {
    let path: [MonthResult]
    let scenario: Scenario
    let scenarioName: String
    let width: Int

    private var start: StartState { scenario.startState }

    /// 1,234.56 (cents to $B, two decimals, thousands separated).
    static func amount(_ cents: Int64, signed: Bool = false) -> String {
        let magnitude = cents.magnitude
        let whole = magnitude / 100_000_000_000
        let fraction = (magnitude % 100_000_000_000 + 500_000_000) / 1_000_000_000
        let (carry, hundredths) = fraction >= 100 ? (UInt64(1), fraction - 100) : (0, fraction)
        let text = ReportFormat.groupedThousands(String(whole + carry)) + "."
            + (hundredths < 10 ? "0" : "") + String(hundredths)
        if text == "0.00" { return signed ? " 0.00" : text }
        if cents < 0 { return "−" + text }
        return (signed ? "+" : "") + text
    }

    /// "Jan 2026" for a month of the scenario.
    func calendar(_ month: Int) -> String {
        let index = start.calendarMonth - 1 + month
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(names[index % 12]) \(start.calendarYear + index / 12)"
    }

    private var labelWidth: Int { max(16, min(32, width - 38)) }

    private func row(_ label: String, _ assets: String, _ other: String, _ reserves: String) -> String {
        let shown = label.count > labelWidth ? String(label.prefix(labelWidth - 1)) + "…" : label
        return "  " + shown.rightPadded(labelWidth) + assets.leftPadded(10) + " │ "
            + (other.leftPadded(11) + reserves.leftPadded(12)).trimmingTrailingSpaces()
    }

    /// The entries of one month (0 explains the start) and its closing balance sheet.
    func month(_ month: Int) -> String {
        let result = path[month]
        let bookedEntries: [LedgerEntry]
        var lines: [String]
        if month == 0 {
            let published = BalanceSheet(start: start)
            bookedEntries = LedgerEntry.startEntries(published: published, opening: result.balanceSheet)
            lines = TextWrap.wrap(
                """
                    ledger · \(scenarioName) · month 0 (\(calendar(0)), the decision) · $B · the published start \
                    (\(start.title)), then what the model books at month 0's end
                    """,
                width: width, indent: "  ")
        } else {
            bookedEntries = LedgerEntry.entries(result.flows, instrument: scenario.instrument)
            lines = TextWrap.wrap(
                "ledger · \(scenarioName) · month \(month) (\(calendar(month))) · $B · central run", width: width,
                indent: "  ")
        }
        lines.append(row("", "Fed assets", "Fed liabilities", ""))
        lines.append(row("entry", "Δ", "Δ other", "Δ reserves"))
        let exact = LedgerEntry.total(bookedEntries)
        let entries = bookedEntries.map(\.roundedToHundredths)
        for entry in entries {
            lines.append(row(entry.label, entry.assets == 0 ? "" : Self.amount(entry.assets, signed: true),
                             entry.otherLiabilities == 0 ? "" : Self.amount(entry.otherLiabilities, signed: true),
                             Self.amount(entry.reserves, signed: true)))
        }
        if entries.isEmpty { lines.append("  (no entries: nothing moved)") }
        let total = LedgerEntry.total(entries)
        lines.append(
            row(
                "total", Self.amount(total.assets, signed: true), Self.amount(total.otherLiabilities, signed: true),
                Self.amount(total.reserves, signed: true)))
        lines += TextWrap.wrap(
            """
                balances: Δ assets \(Self.amount(total.assets, signed: true)) = Δ other liabilities \
                \(Self.amount(total.otherLiabilities, signed: true)) + Δ reserves \
                \(Self.amount(total.reserves, signed: true))\(total.balances ? " ✓" : " ✗") (entries rounded to \
                $0.01B; to the cent: \(exact.balances ? "✓" : "✗ DOES NOT BALANCE"))
                """,
            width: width, indent: "  ")
        lines.append("")
        lines += closing(result.balanceSheet, month: month)
        return lines.joined(separator: "\n") + "\n"
    }

    private func closing(_ sheet: BalanceSheet, month: Int) -> [String] {
        let assets: [(String, Int64)] =
            [BalanceSheet.Entry.bills, .coupons, .mortgageBackedSecurities, .standingRepoLoans, .otherAssets]
            .map { (LedgerEntry.names[$0]!, sheet.cents($0)) } + [("total", sheet.totalAssetsCents)]
        let liabilities: [(String, Int64)] =
            [BalanceSheet.Entry.currency, .treasuryGeneralAccount, .overnightReverseRepo, .otherLiabilities]
            .map { (LedgerEntry.names[$0]!, sheet.cents($0)) } + [
                ("reserves", sheet.reservesCents),
                ("total", sheet.nonReserveLiabilitiesCents + sheet.reservesCents),
            ]
        func side(_ items: [(String, Int64)]) -> [String] {
            items.map { "  " + $0.0.rightPadded(18) + Self.amount($0.1).leftPadded(12) }
        }
        var lines = ["closing balance sheet, end of month \(month) ($B)"]
        let left = ["assets"] + side(assets)
        let right = ["liabilities"] + side(liabilities)
        if width >= 67 {
            for index in 0..<max(left.count, right.count) {
                let leftText = index < left.count ? left[index] : ""
                let rightText = index < right.count ? right[index] : ""
                lines.append((leftText.rightPadded(32) + " │ " + rightText).trimmingTrailingSpaces())
            }
        } else {
            lines += left + right
        }
        return lines
    }

    /// One line per month: the totals of its entries and the closing reserves.
    var allMonths: String {
        var lines = TextWrap.wrap(
            "ledger · \(scenarioName) · months 1–\(path.count - 1) · $B · central run", width: width, indent: "  ")
        lines.append(
            "  " + "month".rightPadded(12) + "Δ assets".leftPadded(9) + "Δ other".leftPadded(9)
                + "Δ reserves".leftPadded(11) + "reserves".leftPadded(10))
        var exact: [LedgerEntry] = []
        for result in path.dropFirst() {
            let entries = LedgerEntry.entries(result.flows, instrument: scenario.instrument)
            exact.append(LedgerEntry.total(entries))
            let total = LedgerEntry.total(entries.map(\.roundedToHundredths))
            lines.append(
                "  " + "\(result.month) \(calendar(result.month))".rightPadded(12)
                    + Self.amount(total.assets, signed: true).leftPadded(9)
                    + Self.amount(total.otherLiabilities, signed: true).leftPadded(9)
                    + Self.amount(total.reserves, signed: true).leftPadded(11)
                    + Self.amount(result.balanceSheet.reservesCents).leftPadded(10))
        }
        // The total is the exact sum (to the cent), so it agrees with the change below; each month's
        // row is rounded to $0.01B, so the rows may add up to a cent or two more or less.
        let total = LedgerEntry.total(exact)
        lines.append(
            "  " + "total".rightPadded(12) + Self.amount(total.assets, signed: true).leftPadded(9)
                + Self.amount(total.otherLiabilities, signed: true).leftPadded(9)
                + Self.amount(total.reserves, signed: true).leftPadded(11))
        let change = path[path.count - 1].balanceSheet.reservesCents - path[0].balanceSheet.reservesCents
        lines += TextWrap.wrap(
            """
                reserves month 0 → \(path.count - 1): \(Self.amount(path[0].balanceSheet.reservesCents)) → \
                \(Self.amount(path[path.count - 1].balanceSheet.reservesCents)), a change of \
                \(Self.amount(change, signed: true)) = the sum of the entries to the \
                cent\(change == total.reserves ? " ✓" : " ✗") (months rounded to $0.01B each)
                """,
            width: width, indent: "  ")
        return lines.joined(separator: "\n") + "\n"
    }
}
