import FedModel
import Foundation

/// The `eval` report: balance sheet and reserves, regime with slope, money markets, each asset
/// with its central value and p10–p90 band, the channels behind them, and warnings.
struct Report {
    let results: Results
    let scenarioName: String
    /// Bold section titles, the regime in its colour, notes in yellow (terminals only).
    var colored = false
    /// Columns available: narrower terminals get each band on its own line.
    var width = 100

    /// What `eval` prints: the one-screen headline, everything, or one section.
    enum Parts: Equatable {
        case headline, full
        case section(ReportSection)
    }

    /// The whole report.
    var text: String { text(.full) }

    func text(_ parts: Parts) -> String {
        switch parts {
        case .headline: return headline
        case .full:
            let titled = [ReportSection.balanceSheet, .reserves, .moneyMarkets, .markets, .channels].map(titled)
            return ([header] + titled + [warnings]).filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
        case .section(let section):
            let body = section == .notes ? warnings : titled(section)
            return body.isEmpty ? "no notes for this scenario\n" : body
        }
    }

    /// A section with its title painted.
    private func titled(_ section: ReportSection) -> String {
        let text: String
        switch section {
        case .balanceSheet: text = balanceSheet
        case .reserves: text = regime
        case .moneyMarkets: text = moneyMarkets
        case .markets: text = markets
        case .channels: text = channels
        case .notes: return warnings
        }
        let lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        return paint(String(lines[0]), .title) + (lines.count > 1 ? "\n" + lines[1] : "")
    }

    /// What a piece of the report is, so colour follows structure rather than finished text.
    enum Style {
        case title, note, regime(ReserveRegime)
    }

    /// Bold titles, yellow notes, scarce in red and abundant in green (ample stays plain).
    func paint(_ text: String, _ style: Style) -> String {
        guard colored else { return text }
        let code: String
        switch style {
        case .title: code = "1"
        case .note: code = "33"
        case .regime(.scarce): code = "31"
        case .regime(.abundant): code = "32"
        case .regime(.ample): return text
        }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }

    var horizonMonth: Int { results.path.count - 1 }
    var first: MonthResult { results.path[0] }
    var last: MonthResult { results.horizon }

    /// The scenario line, policy, corridor and overrides, each wrapped under its label to the width.
    var header: String { headerLines(corridor: true).joined(separator: "\n") + "\n" }

    func headerLines(corridor showsCorridor: Bool) -> [String] {
        let scenario = results.scenario
        let corridor = Corridor(start: results.start, rateCut: scenario.rateCut)
        let instrument = scenario.instrument.rawValue
        var policy: String
        if scenario.purchaseRule == .automatic {
            let chosen = results.path.dropFirst().map { MonthFlows.billions($0.flows.purchases) }
            let floorText = [
                scenario.reserveFloor > 0 ? ReportFormat.money(scenario.reserveFloor) : nil,
                scenario.reserveFloorShare > 0
                    ? ReportFormat.plain(scenario.reserveFloorShare * 100, decimals: 1, unit: "%") + " of bank assets"
                    : nil,
            ]
            .compactMap { $0 }.joined(separator: " or ")
            policy =
                """
                    auto: \(instrument) to keep reserves ≥ \(floorText.isEmpty ? "no floor" : floorText), at most \
                    \(ReportFormat.money(scenario.maximumPurchasePace))/month; chose \
                    \(chosen.map { ReportFormat.plain($0, decimals: 0) }.joined(separator: " ")) $B \
                    (\(ReportFormat.money(chosen.reduce(0, +))) in all)
                    """
        } else if scenario.purchases == 0, scenario.laterPurchases == 0 || scenario.schedule == .flat {
            policy = "no purchases"
        } else if scenario.schedule == .frontLoaded {
            policy =
                """
                    \(ReportFormat.money(scenario.purchases))/month of \(instrument) for \(scenario.elevatedMonths) \
                    months, then \(ReportFormat.money(scenario.laterPurchases))/month
                    """
        } else {
            policy = "\(ReportFormat.money(scenario.purchases))/month of \(instrument)"
        }
        if scenario.purchaseStart != 1 { policy += " from month \(scenario.purchaseStart)" }
        if scenario.purchaseMonths < scenario.horizon { policy += " for \(scenario.purchaseMonths) months in all" }
        let surprise = ReportFormat.signed(scenario.surprise, decimals: 0, unit: "bp")
        let cut = scenario.rateCut >= 0 ? "cut \(ReportFormat.plain(scenario.rateCut, decimals: 0, unit: "bp"))"
            : "hike \(ReportFormat.plain(-scenario.rateCut, decimals: 0, unit: "bp"))"
        let rate = { (value: Double) in ReportFormat.plain(value, decimals: 2) }
        var corridorText = "range \(rate(corridor.rangeBottom))–\(rate(corridor.rangeTop))% · IORB "
            + "\(rate(corridor.interestOnReserves))% · ON RRP \(rate(corridor.reverseRepoRate))%"
        if let srf = corridor.standingRepoRate {
            corridorText += " · SRF \(ReportFormat.plain(srf, decimals: 2))%"
        } else {
            corridorText += " · no standing repo facility"
        }
        var lines = wrapped(
            "",
            """
                \(scenarioName) · start \(results.start.title) · \(horizonMonth) months · \(results.bands.draws) \
                draws (seed \(results.bands.seed))
                """
        )
        lines += wrapped(
            "policy",
            """
                \(policy) · QT \(scenario.quantitativeTightening ? "on" : "off") · \(cut), expected \
                \(ReportFormat.plain(scenario.expectedCut, decimals: 0, unit: "bp")) (surprise \(surprise))
                """
                + (scenario.pathSurprise != 0
                    ? " · path \(ReportFormat.signed(scenario.pathSurprise, decimals: 0, unit: "bp"))" : ""))
        if showsCorridor { lines += wrapped("corridor", corridorText) }
        let overridden = results.scenario.parameterCatalog.filter {
            results.parameters[keyPath: $0.keyPath] != $0.central
        }
        if !overridden.isEmpty {
            lines += wrapped(
                "",
                "parameters overridden: "
                    + overridden.map {
                        """
                            \($0.name) \(ReportFormat.parameter(results.parameters[keyPath: $0.keyPath])) (central \
                            \(ReportFormat.parameter($0.central)))
                            """
                    }.joined(separator: ", ") + "; held fixed in the bands")
        }
        return lines
    }

    /// A labelled line wrapped to the width, continuing under its text (the label column is 10 wide).
    func wrapped(_ label: String, _ text: String) -> [String] {
        let indent = label.isEmpty ? "" : label.rightPadded(10)
        return TextWrap.wrap(
            text, width: width, firstIndent: indent, indent: label.isEmpty ? "  " : String(repeating: " ", count: 10))
    }

    /// A row with its output's p10 … p90 band beside it, or on the next line when the row would not fit.
    func withBand(_ text: String, _ output: Output) -> String {
        let band = ReportFormat.band(output, results.bands.band(output, month: horizonMonth))
        let trimmed = text.trimmingTrailingSpaces()
        if band.isEmpty { return trimmed }
        if text.count + 3 + band.count <= width { return text + "   " + band }
        let indent = min(24, max(4, width - 10 - band.count))
        return trimmed + "\n" + String(repeating: " ", count: indent) + "p10 … p90 " + band
    }

    /// Narrow terminals get a narrower label column, so three columns of figures still fit.
    var labelWidth: Int { width >= 60 ? 20 : 13 }

    func row(_ label: String, _ columns: [String]) -> String {
        "  " + label.rightPadded(labelWidth) + columns.map { $0.leftPadded(10) }.joined(separator: "  ")
    }

    private var balanceSheet: String {
        let start = first.balanceSheet
        let end = last.balanceSheet
        var lines = [columnHeader("balance sheet", ["month 0", "month \(horizonMonth)", "change"], labelPadding: 4)]
        func line(_ label: String, _ a: Double, _ b: Double, _ output: Output? = nil) {
            var text = row(label, [ReportFormat.money(a), ReportFormat.money(b), ReportFormat.moneyChange(b - a)])
            if let output { text = withBand(text, output) }
            lines.append(text)
        }
        line("total assets", start.totalAssets, end.totalAssets, .totalAssets)
        line("  bills", start.bills, end.bills)
        line("  coupons", start.coupons, end.coupons)
        line("  MBS", start.mortgageBackedSecurities, end.mortgageBackedSecurities)
        line("  SRF loans", first.peakDayStandingRepoLoans, last.peakDayStandingRepoLoans, .srf)
        line("currency", start.currency, end.currency)
        line("TGA", start.treasuryGeneralAccount, end.treasuryGeneralAccount, .tga)
        line("ON RRP", start.overnightReverseRepo, end.overnightReverseRepo, .rrp)
        line("reserves", start.reserves, end.reserves, .reserves)
        line("net liquidity", start.netLiquidity, end.netLiquidity, .netLiquidity)
        return lines.joined(separator: "\n") + "\n"
    }

    /// "ample 97%, scarce 3%": the share of draws in each regime at the horizon.
    var regimeShareText: String {
        let shares = results.bands.regimeShares[horizonMonth]
        return ReserveRegime.allCases.compactMap { regime -> String? in
            let share = shares[regime] ?? 0
            return share >= 0.005 ? paint(regime.rawValue, .regime(regime)) + " \(Int((share * 100).rounded()))%" : nil
        }.joined(separator: ", ")
    }

    private var regime: String {
        return [
            "reserves and regime",
            withBand(row("reserve ratio", [ReportFormat.plain(first.reserveRatio, decimals: 1, unit: "%"),
                                           ReportFormat.plain(last.reserveRatio, decimals: 1, unit: "%"),
                                           isNarrow ? "of assets" : "of bank assets"]), .reserveRatio),
            row(
                "curve slope",
                [
                    ReportFormat.plain(first.demandSlope, decimals: 2),
                    ReportFormat.plain(last.demandSlope, decimals: 2),
                    "bp per pp",
                ]),
        ].joined(separator: "\n") + "\n" + fittedRegimeRow(regimeShareText).joined(separator: "\n") + "\n"
    }

    /// The regime row with the draws' shares beside it, or under it when the terminal is narrow.
    func fittedRegimeRow(_ shareText: String) -> [String] {
        let row = regimeRow(first.regime, last.regime)
        let shares = "draws: " + shareText
        if 2 + labelWidth + 22 + 3 + shares.withoutColour.count <= width { return [row + "   " + shares] }
        return [row, String(repeating: " ", count: 4) + shares]
    }

    /// The regime row: the words padded as plain text, then coloured, so colour never moves a column.
    func regimeRow(_ start: ReserveRegime, _ end: ReserveRegime) -> String {
        let cells = [start, end].map {
            paint(
                String(repeating: " ", count: max(0, 10 - $0.rawValue.count)) + $0.rawValue,
                .regime($0))
        }
        return "  " + Output.regime.presentation.label.rightPadded(labelWidth) + cells.joined(separator: "  ")
    }

    private var moneyMarkets: String {
        let corridor = Corridor(start: results.start, rateCut: results.scenario.rateCut)
        var lines = ["money markets (bp over IORB)"]
        for output in Output.inSection(.moneyMarkets) {
            let values = [first, last].map { ReportFormat.output(output, output.value(in: $0)) }
            lines.append(withBand(row(output.presentation.label(fitting: labelWidth), values + [""]), output))
        }
        let ceiling =
            corridor.standingRepoSpread.map { "SRF rate at " + ReportFormat.signed($0, decimals: 0, unit: "bp") }
            ?? "no SRF ceiling"
        lines.append(
            "  " + ceiling + ", ON RRP floor at "
                + ReportFormat.signed(corridor.reverseRepoSpread, decimals: 0, unit: "bp"))
        return lines.joined(separator: "\n") + "\n"
    }

    private var markets: String {
        let start = results.start
        var lines = [columnHeader("markets", ["start", "at \(horizonMonth)m", "on the day"], labelPadding: 2)]
        for output in Output.inSection(.markets) {
            let level = output.presentation.startLevel?(start) ?? ""
            let values = [last, first].map { ReportFormat.output(output, output.value(in: $0)) }
            lines.append(withBand(row(output.presentation.label(fitting: labelWidth), [level] + values), output))
        }
        lines += TextWrap.wrap("central = parameters at their central values, no market noise; bands add both",
                               width: width, firstIndent: "  ", indent: "  ")
        return lines.joined(separator: "\n") + "\n"
    }

    private var channels: String {
        let assets = last.assets
        let names = ["surprise", "liquidity", "duration", "stress"]
        let title = "channels at \(horizonMonth) months"
        // Four columns need 61 columns; narrower, each asset lists its channels by name, wrapped under it.
        let fits = 2 + labelWidth + names.count * 12 - 2 <= width
        var lines = [
            fits ? title.rightPadded(labelWidth + 2) + names.map { $0.leftPadded(10) }.joined(separator: "  ") : title
        ]
        func line(_ label: String, _ contributions: ChannelContributions, unit: String) {
            let parts = [
                contributions.surprise, contributions.liquidity, contributions.duration, contributions.fundingStress,
            ]
            let values = parts.map { ReportFormat.signed($0, decimals: 2, unit: unit) }
            if fits {
                lines.append(row(label, values))
            } else {
                lines += packed(zip(names, values).map { "\($0) \($1)" }, label: label)
            }
        }
        line("S&P 500 (%)", assets.spx, unit: "")
        line("Bitcoin (%)", assets.btc, unit: "")
        line("2-year (bp)", assets.twoYear, unit: "")
        line("10-year (bp)", assets.tenYear, unit: "")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whether the terminal is too narrow for a band beside its row (and for the longer column words).
    var isNarrow: Bool { width < 60 }

    /// A section's title and column headings, with "p10 … p90" above the bands when they fit beside the rows.
    func columnHeader(_ title: String, _ columns: [String], labelPadding: Int) -> String {
        // Narrow, the title shares the rows' label column (it is no longer than it), so headings sit over their
        // figures.
        let padded = title.rightPadded(isNarrow ? labelWidth + 2 : labelWidth + labelPadding)
        let text = padded + columns.map { $0.leftPadded(10) }.joined(separator: "  ")
        return text.count + 12 <= width ? text + "   p10 … p90" : text
    }

    /// `name value` pieces after a label, joined by " · " and wrapped under the first piece, never split.
    func packed(_ pieces: [String], label: String) -> [String] {
        let indent = String(repeating: " ", count: 2 + labelWidth)
        var lines: [String] = []
        var current = "  " + label.rightPadded(labelWidth)
        var empty = true
        for piece in pieces {
            if !empty, current.count + 3 + piece.count > width {
                lines.append(current)
                current = indent
                empty = true
            }
            current += (empty ? "" : " · ") + piece
            empty = false
        }
        return lines + [current]
    }

    var warnings: String {
        let lines = ReportWarnings(results: results).lines
        guard !lines.isEmpty else { return "" }
        return ([paint("notes", .title)] + lines.flatMap(note)).joined(separator: "\n") + "\n"
    }

    /// One note, wrapped under its mark and painted line by line.
    func note(_ text: String) -> [String] {
        TextWrap.wrap(text, width: width, firstIndent: "  ! ", indent: "    ").map { paint($0, .note) }
    }
}
