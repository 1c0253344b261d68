import FedModel

/// The `eval` report: balance sheet and reserves, regime with slope, money markets, each asset
/// with its central value and p10–p90 band, the channels behind them, and warnings.
struct Report {
    let results: Results
    let scenarioName: String
    /// Bold section titles, the regime in its colour, notes in yellow (terminals only).
    var colored = false
    /// Columns available: narrower terminals get each band on its own line.
    var width = 100

    var text: String {
        let titled = [balanceSheet, regime, moneyMarkets, markets, channels].map { section -> String in
            let lines = section.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            return paint(String(lines[0]), .title) + (lines.count > 1 ? "\n" + lines[1] : "")
        }
        return ([header] + titled + [warnings]).filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
    }

    /// What a piece of the report is, so colour follows structure rather than finished text.
    private enum Style {
        case title, note, regime(ReserveRegime)
    }

    /// Bold titles, yellow notes, scarce in red and abundant in green (ample stays plain).
    private func paint(_ text: String, _ style: Style) -> String {
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

    private var horizonMonth: Int { results.path.count - 1 }
    private var first: MonthResult { results.path[0] }
    private var last: MonthResult { results.horizon }

    private var header: String {
        let scenario = results.scenario
        let corridor = Corridor(start: results.start, rateCut: scenario.rateCut)
        let instrument = scenario.instrument.rawValue
        var policy: String
        if scenario.purchaseRule == .automatic {
            let chosen = results.path.dropFirst().map { MonthFlows.billions($0.flows.purchases) }
            let floorText = [scenario.reserveFloor > 0 ? ReportFormat.money(scenario.reserveFloor) : nil,
                             scenario.reserveFloorShare > 0 ? ReportFormat.plain(scenario.reserveFloorShare * 100, decimals: 1, unit: "%") + " of bank assets" : nil]
                .compactMap { $0 }.joined(separator: " or ")
            policy = "auto: \(instrument) to keep reserves ≥ \(floorText.isEmpty ? "no floor" : floorText), at most \(ReportFormat.money(scenario.maximumPurchasePace))/month; chose \(chosen.map { ReportFormat.plain($0, decimals: 0) }.joined(separator: " ")) $B (\(ReportFormat.money(chosen.reduce(0, +))) in all)"
        } else if scenario.purchases == 0, scenario.laterPurchases == 0 || scenario.schedule == .flat {
            policy = "no purchases"
        } else if scenario.schedule == .frontLoaded {
            policy = "\(ReportFormat.money(scenario.purchases))/month of \(instrument) for \(scenario.elevatedMonths) months, then \(ReportFormat.money(scenario.laterPurchases))/month"
        } else {
            policy = "\(ReportFormat.money(scenario.purchases))/month of \(instrument)"
        }
        if scenario.purchaseStart != 1 { policy += " from month \(scenario.purchaseStart)" }
        if scenario.purchaseMonths < scenario.horizon { policy += " for \(scenario.purchaseMonths) months in all" }
        let surprise = ReportFormat.signed(scenario.surprise, decimals: 0, unit: "bp")
        let cut = scenario.rateCut >= 0 ? "cut \(ReportFormat.plain(scenario.rateCut, decimals: 0, unit: "bp"))"
            : "hike \(ReportFormat.plain(-scenario.rateCut, decimals: 0, unit: "bp"))"
        var lines = [
            "\(scenarioName) · start \(results.start.title) · \(horizonMonth) months · \(results.bands.draws) draws (seed \(results.bands.seed))",
            "policy    \(policy) · QT \(scenario.quantitativeTightening ? "on" : "off") · \(cut), expected \(ReportFormat.plain(scenario.expectedCut, decimals: 0, unit: "bp")) (surprise \(surprise))"
                + (scenario.pathSurprise != 0 ? " · path \(ReportFormat.signed(scenario.pathSurprise, decimals: 0, unit: "bp"))" : ""),
        ]
        var corridorLine = "corridor  range \(ReportFormat.plain(corridor.rangeBottom, decimals: 2))–\(ReportFormat.plain(corridor.rangeTop, decimals: 2))% · IORB \(ReportFormat.plain(corridor.interestOnReserves, decimals: 2))% · ON RRP \(ReportFormat.plain(corridor.reverseRepoRate, decimals: 2))%"
        if let srf = corridor.standingRepoRate {
            corridorLine += " · SRF \(ReportFormat.plain(srf, decimals: 2))%"
        } else {
            corridorLine += " · no standing repo facility"
        }
        lines.append(corridorLine)
        let overridden = ModelParameter.catalog.filter { results.parameters[keyPath: $0.keyPath] != $0.central }
        if !overridden.isEmpty {
            lines.append("parameters overridden: " + overridden.map {
                "\($0.name) \(ReportFormat.parameter(results.parameters[keyPath: $0.keyPath])) (central \(ReportFormat.parameter($0.central)))"
            }.joined(separator: ", ") + "; held fixed in the bands")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A row with its output's p10 … p90 band beside it, or on the next line when the row would not fit.
    private func withBand(_ text: String, _ output: Output) -> String {
        let band = ReportFormat.band(output, results.bands.band(output, month: horizonMonth))
        let trimmed = text.trimmingTrailingSpaces()
        if trimmed.count + 3 + band.count <= width { return text + "   " + band }
        return trimmed + "\n" + String(repeating: " ", count: 24) + "p10 … p90 " + band
    }

    private func row(_ label: String, _ columns: [String]) -> String {
        "  " + label.rightPadded(20) + columns.map { $0.leftPadded(10) }.joined(separator: "  ")
    }

    private var balanceSheet: String {
        let start = first.balanceSheet
        let end = last.balanceSheet
        var lines = ["balance sheet           " + "month 0".leftPadded(10) + "  " + "month \(horizonMonth)".leftPadded(10) + "  " + "change".leftPadded(10) + "   p10 … p90"]
        func line(_ label: String, _ a: Double, _ b: Double, _ output: Output? = nil) {
            var text = row(label, [ReportFormat.money(a), ReportFormat.money(b), ReportFormat.moneyChange(b - a)])
            if let output { text = withBand(text, output) }
            lines.append(text)
        }
        line("total assets", start.totalAssets, end.totalAssets, .totalAssets)
        line("  bills", start.bills, end.bills)
        line("  coupons", start.coupons, end.coupons)
        line("  MBS", start.mortgageBackedSecurities, end.mortgageBackedSecurities)
        line("  SRF loans", start.standingRepoLoans, end.standingRepoLoans, .srf)
        line("currency", start.currency, end.currency)
        line("TGA", start.treasuryGeneralAccount, end.treasuryGeneralAccount, .tga)
        line("ON RRP", start.overnightReverseRepo, end.overnightReverseRepo, .rrp)
        line("reserves", start.reserves, end.reserves, .reserves)
        line("net liquidity", start.netLiquidity, end.netLiquidity, .netLiquidity)
        return lines.joined(separator: "\n") + "\n"
    }

    private var regime: String {
        let shares = results.bands.regimeShares[horizonMonth]
        let shareText = ReserveRegime.allCases.compactMap { regime -> String? in
            let share = shares[regime] ?? 0
            return share >= 0.005 ? paint(regime.rawValue, .regime(regime)) + " \(Int((share * 100).rounded()))%" : nil
        }.joined(separator: ", ")
        return [
            "reserves and regime",
            withBand(row("reserve ratio", [ReportFormat.plain(first.reserveRatio, decimals: 1, unit: "%"),
                                           ReportFormat.plain(last.reserveRatio, decimals: 1, unit: "%"), "of bank assets"]), .reserveRatio),
            row("curve slope", [ReportFormat.plain(first.demandSlope, decimals: 2), ReportFormat.plain(last.demandSlope, decimals: 2),
                                "bp per pp"]),
            regimeRow(first.regime, last.regime) + "   draws: " + shareText,
        ].joined(separator: "\n") + "\n"
    }

    /// The regime row: the words padded as plain text, then coloured, so colour never moves a column.
    private func regimeRow(_ start: ReserveRegime, _ end: ReserveRegime) -> String {
        let cells = [start, end].map { paint(String(repeating: " ", count: max(0, 10 - $0.rawValue.count)) + $0.rawValue,
                                            .regime($0)) }
        return "  " + Output.regime.presentation.label.rightPadded(20) + cells.joined(separator: "  ")
    }

    private var moneyMarkets: String {
        let corridor = Corridor(start: results.start, rateCut: results.scenario.rateCut)
        var lines = ["money markets (bp over IORB)"]
        for output in Output.inSection(.moneyMarkets) {
            let values = [first, last].map { ReportFormat.output(output, output.value(in: $0)) }
            lines.append(withBand(row(output.presentation.label, values + [""]), output))
        }
        let ceiling = corridor.standingRepoSpread.map { "SRF rate at " + ReportFormat.signed($0, decimals: 0, unit: "bp") } ?? "no SRF ceiling"
        lines.append("  " + ceiling + ", ON RRP floor at " + ReportFormat.signed(corridor.reverseRepoSpread, decimals: 0, unit: "bp"))
        return lines.joined(separator: "\n") + "\n"
    }

    private var markets: String {
        let start = results.start
        var lines = ["markets".rightPadded(22) + "start".leftPadded(10) + "  " + "at \(horizonMonth)m".leftPadded(10) + "  " + "on the day".leftPadded(10) + "   p10 … p90"]
        for output in Output.inSection(.markets) {
            let level = output.presentation.startLevel?(start) ?? ""
            let values = [last, first].map { ReportFormat.output(output, output.value(in: $0)) }
            lines.append(withBand(row(output.presentation.label, [level] + values), output))
        }
        lines.append("  central = parameters at their central values, no market noise; bands add both")
        return lines.joined(separator: "\n") + "\n"
    }

    private var channels: String {
        let assets = last.assets
        var lines = ["channels at \(horizonMonth) months".rightPadded(22) + ["surprise", "liquidity", "duration", "stress"].map { $0.leftPadded(10) }.joined(separator: "  ")]
        func line(_ label: String, _ contributions: ChannelContributions, unit: String) {
            let parts = [contributions.surprise, contributions.liquidity, contributions.duration, contributions.fundingStress]
            lines.append(row(label, parts.map { ReportFormat.signed($0, decimals: 2, unit: unit) }))
        }
        line("S&P 500 (%)", assets.spx, unit: "")
        line("Bitcoin (%)", assets.btc, unit: "")
        line("2-year (bp)", assets.twoYear, unit: "")
        line("10-year (bp)", assets.tenYear, unit: "")
        return lines.joined(separator: "\n") + "\n"
    }

    private var warnings: String {
        let lines = ReportWarnings(results: results).lines
        guard !lines.isEmpty else { return "" }
        return ([paint("notes", .title)] + lines.map { paint("  ! " + $0, .note) }).joined(separator: "\n") + "\n"
    }
}
