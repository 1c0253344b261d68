import FedData
import FedLanguage
import FedModel
import Foundation

extension Session {
    /// `backtest DATE [months N] [--unconditional] [--uncalibrated] [--csv FILE] [--svg FILE]`.
    func backtest(_ request: BacktestRequest, statement: Statement, source: SourceText) throws(Diagnostic) {
        let day = try dataDay(request.day, source: source)
        var options = Backtester.Options()
        options.conditional = !request.unconditional
        options.calibrated = !request.uncalibrated
        options.draws = min(state.scenario.draws, 1_000)
        options.seed = state.scenario.seed
        if let months = request.months {
            guard let count = try evaluate(months, source).quantity?.wholeNumber, (1...24).contains(count) else {
                throw Diagnostic(message: "months must be a whole number from 1 to 24", range: months.range)
            }
            options.months = count
        }
        // Checked before the backtest runs: a refused path is the likelier mistake than a slow run.
        let csvTarget = try request.csv.map { path throws(Diagnostic) in
            try writtenFileTarget(path, extensions: ["csv"], force: request.force)
        }
        let svgTarget = try request.svg.map { path throws(Diagnostic) in
            try writtenFileTarget(path, extensions: ["svg"], force: request.force)
        }
        let toStandardOutput = [csvTarget, svgTarget].contains { target in
            if case .standardOutput = target { return true }
            return false
        }
        let result: BacktestResult
        do { result = try Backtester(library: seriesLibrary).run(from: day, options: options) } catch {
            throw .data(error, range: request.day.range)
        }
        let text = BacktestText(result: result)
        let charts = BacktestText.charts(result)
        // `--csv -` or `--svg -`: that document alone on standard output, so a pipe gets only it.
        if !toStandardOutput {
            output.write(text.table + "\n" + text.summary)
            let width = self.options.terminalWidth, unicode = self.options.unicode
            for chart in charts { output.write("\n" + TextChart(data: chart, width: width, unicode: unicode).text) }
        }
        if let path = request.csv, let csvTarget {
            try write(text.csv, to: csvTarget, path: path, what: "the table as CSV")
        }
        if let path = request.svg, let svgTarget {
            let document = SVGChart(panels: charts, title: "fedsh: backtest from \(day)").text
            try write(document, to: svgTarget, path: path, what: "the charts as SVG")
        }
    }
}

/// The text, CSV and charts of a backtest.
struct BacktestText {
    let result: BacktestResult

    var table: String {
        let mode = (result.options.conditional ? "conditional" : "unconditional")
            + (result.options.calibrated ? ", fitted parameters" : ", hand-set parameters")
        var lines = ["backtest from \(result.start), \(result.months) months (\(mode); \(result.options.draws) draws)",
                     "  " + "output".padding(toLength: 14, withPad: " ", startingAt: 0) + "month".leftPadded(6)
                        + "realised".leftPadded(11) + "central".leftPadded(11) + "   p10 … p90"]
        for row in result.rows {
            lines.append("  " + row.output.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                         + String(row.month).leftPadded(6) + Self.number(row.realised).leftPadded(11)
                         + Self.number(row.central).leftPadded(11)
                         + "   \(Self.number(row.p10)) … \(Self.number(row.p90))" + (row.inside ? "" : "  outside"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var summary: String {
        var lines = ["  " + "output".padding(toLength: 14, withPad: " ", startingAt: 0) + "months".leftPadded(7)
                        + "inside".leftPadded(8) + "mean error".leftPadded(12) + "median |error|".leftPadded(16)]
        for summary in result.summaries {
            lines.append(
                "  " + summary.output.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
                    + String(summary.count).leftPadded(7)
                    + "\(Int((summary.coverage * 100).rounded()))%".leftPadded(8)
                    + Self.number(summary.meanError).leftPadded(12)
                    + Self.number(summary.medianAbsoluteError).leftPadded(16))
        }
        return lines.joined(separator: "\n")
            + "\n  units: $B for balance-sheet lines, bp for spreads and yields, % for prices\n"
    }

    var csv: String {
        var text = "start,conditional,calibrated,output,month,day,realised,central,p10,p90,inside\n"
        for row in result.rows {
            text += "\(result.start),\(result.options.conditional),\(result.options.calibrated),\(row.output.rawValue),"
                + "\(row.month),\(row.day),\(row.realised),\(row.central),\(row.p10),\(row.p90),\(row.inside)\n"
        }
        return text
    }

    /// Reserves and SOFR − IORB: realised against the central and its band, by month.
    static func charts(_ result: BacktestResult) -> [ChartData] {
        [Output.reserves, .sofrSpread].compactMap { output in
            let rows = result.rows.filter { $0.output == output }
            guard !rows.isEmpty else { return nil }
            return ChartData(
                title: "\(output.rawValue): realised and the model's band",
                yUnit: output == .reserves ? "$B" : "bp over IORB",
                xCaption: "months after \(result.start)", xValues: rows.map { Double($0.month) },
                series: [
                    .init(
                        name: "model", label: "model central, p10–p90 band", values: rows.map(\.central),
                        band: rows.map { min($0.p10, $0.p90)...max($0.p10, $0.p90) }),
                    .init(name: "realised", label: "realised", values: rows.map(\.realised), band: nil),
                ])
        }
    }

    static func number(_ value: Double) -> String {
        String(format: abs(value) >= 100 ? "%.0f" : "%.1f", value).replacingOccurrences(of: "-", with: "−")
    }
}
