import FedModel

extension Report {
    /// What `eval` prints by default, one 80×24 screen: the scenario and policy, the regime,
    /// reserves, the money-market spreads, the four prices with their bands, and the top note;
    /// then where the rest is (`eval full`, `eval SECTION`).
    var headline: String {
        var lines = headerLines(corridor: false)
        lines.append("")
        let bandTitle = width >= 60 ? "   p10 … p90" : ""
        lines.append(paint("month 0 → \(horizonMonth)".rightPadded(labelWidth + 2), .title)
                     + "month 0".leftPadded(10) + "  " + "month \(horizonMonth)".leftPadded(10) + bandTitle)
        lines += fittedRegimeRow(regimeShareText)
        for output in [Output.reserves, .reserveRatio] {
            let values = [first, last].map { ReportFormat.output(output, output.value(in: $0)) }
            lines.append(withBand(row(output.presentation.label(fitting: labelWidth), values), output))
        }
        for output in Output.inSection(.moneyMarkets) where output.presentation.inHeadline {
            let values = [first, last].map { ReportFormat.output(output, output.value(in: $0)) }
            lines.append(withBand(row(output.presentation.label(fitting: labelWidth), values), output))
        }
        lines.append("")
        lines.append(paint("prices".rightPadded(labelWidth + 2), .title) + "start".leftPadded(10) + "  "
                     + "at \(horizonMonth)m".leftPadded(10) + bandTitle)
        for output in [Output.spx, .ndx, .btc, .eth] {
            let level = output.presentation.startLevel?(results.start) ?? ""
            let change = ReportFormat.output(output, output.value(in: last))
            lines.append(withBand(row(output.presentation.label(fitting: labelWidth), [level, change]), output))
        }
        if let top = ReportWarnings(results: results).lines.first {
            lines.append("")
            lines += note(top)
        }
        lines.append("")
        let sections = ReportSection.allCases.map(\.rawValue).joined(separator: ", ")
        lines += TextWrap.wrap("more: eval full · eval " + sections,
                               width: width, indent: "      ")
        return lines.joined(separator: "\n") + "\n"
    }
}
