import FedLanguage
import FedModel
import Foundation

extension Session {
    /// `plot OUT, ... [--svg FILE] [--force]`: monthly paths with their bands, one chart per unit,
    /// in the terminal and optionally as an SVG file (never replacing a file without --force).
    func plot(_ outputs: [Name], svg: PathArgument?, force: Bool, statement: Statement) throws(Diagnostic) {
        var chosen: [Output] = []
        for name in outputs {
            guard let output = Output(rawValue: name.text.lowercased()) else { throw .unknownOutput(name) }
            if !chosen.contains(output) { chosen.append(output) }
        }
        // Refuse before the model runs: a wrong name is the likelier mistake than a slow run.
        let target = try svg.map { path throws(Diagnostic) in
            try writtenFileTarget(path, extensions: ["svg"], force: force)
        }
        let results = try currentResults(range: statement.keywordRange)
        let charts = OutputCharts.monthly(chosen, results: results, scenarioName: scenarioName)
        if charts.count > 1 {
            output.confirm("\(chosen.count) outputs in \(charts.count) units: one chart per unit\n")
        }
        let text = charts.map { TextChart(data: $0, width: options.terminalWidth, unicode: options.unicode).text }
        let document = SVGChart(
            panels: charts, title: "fedsh: " + chosen.map(\.rawValue).joined(separator: ", ") + " — " + scenarioName)
        // `--svg -`: the SVG alone on standard output, for a pipe.
        if case .standardOutput = target { return output.write(document.text) }
        output.chart(RenderedChart(title: document.title, text: text.joined(separator: "\n"), svg: document.text))
        guard let svg, let target else { return }
        try write(document.text, to: target, path: svg, what: "the chart\(charts.count > 1 ? "s" : "") as SVG")
    }
}
