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
        var url: URL?
        if let svg { url = try checkedURL(svg, for: .write, extensions: ["svg"]) }
        // Refuse before the model runs: an existing file is the likelier mistake than a slow run.
        if let svg, let url, !force, FileManager.default.fileExists(atPath: url.path) {
            throw .chartFileExists(svg, display: ScriptFile.displayPath(url))
        }
        let results = try currentResults(range: statement.keywordRange)
        let charts = OutputCharts.monthly(chosen, results: results, scenarioName: scenarioName)
        if charts.count > 1 {
            output.write("\(chosen.count) outputs in \(charts.count) units: one chart per unit\n")
        }
        let text = charts.map { TextChart(data: $0, width: options.terminalWidth, unicode: options.unicode).text }
        let document = SVGChart(panels: charts, title: "fedsh: " + chosen.map(\.rawValue).joined(separator: ", ") + " — " + scenarioName)
        output.chart(RenderedChart(title: document.title, text: text.joined(separator: "\n"), svg: document.text))
        guard let svg, let url else { return }
        do {
            try ScriptFile.write(document.text, to: url, replace: force)
        } catch {
            throw .file(error.message, path: svg, help: error.help)
        }
        output.write("wrote the chart\(charts.count > 1 ? "s" : "") as SVG to \(ScriptFile.displayPath(url))\n")
    }
}
