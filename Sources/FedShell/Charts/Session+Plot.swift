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
        let toStandardOutput = svg?.path == "-"
        var url: URL?
        // Refuse before the model runs: a wrong name is the likelier mistake than a slow run.
        if let svg, !toStandardOutput {
            let resolved = ScriptFile.resolve(svg.path, relativeTo: currentFolder)
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder)
            if exists, isFolder.boolValue { throw .chartPathIsFolder(svg, display: ScriptFile.displayPath(resolved)) }
            url = try checkedURL(svg, for: .write, extensions: ["svg"])
            if let url, !force, FileManager.default.fileExists(atPath: url.path) {
                throw .chartFileExists(svg, display: ScriptFile.displayPath(url))
            }
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
        if toStandardOutput { return output.write(document.text) }
        output.chart(RenderedChart(title: document.title, text: text.joined(separator: "\n"), svg: document.text))
        guard let svg, let url else { return }
        do {
            try ScriptFile.write(document.text, to: url, replace: force)
        } catch {
            throw .file(error.message, path: svg, help: error.help)
        }
        output.confirm("wrote the chart\(charts.count > 1 ? "s" : "") as SVG to \(ScriptFile.displayPath(url))\n")
    }
}
