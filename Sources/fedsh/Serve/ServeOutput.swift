import FedLanguage
import FedShell
import Foundation

/// The session's output during one `run` request: text, errors and charts, in the order they came.
final class ServeOutput: SessionOutput {
    private(set) var items: [ServeItem] = []
    /// Errors say `cell 3, line 2:5` in a cell, `file:line:col` in a file it sources or the startup file.
    private let renderer = DiagnosticRenderer(style: .script)

    /// Starts a new cell's output.
    func reset() { items = [] }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if let last = items.last, last.kind == .text {
            items[items.count - 1].text += text
        } else {
            items.append(ServeItem(kind: .text, text: text))
        }
    }

    func report(_ diagnostic: Diagnostic) {
        var error = ServeError(severity: diagnostic.severity.rawValue, message: diagnostic.message,
                               suggestion: diagnostic.suggestion, help: diagnostic.help)
        if let range = diagnostic.range, let source = diagnostic.source {
            error.location = DiagnosticRenderer.place(range.start, in: source)
            error.line = range.start.line
            error.column = range.start.column
            error.endLine = range.end.line
            error.endColumn = range.end.column
        }
        items.append(ServeItem(kind: .error, text: renderer.render(diagnostic) + "\n", error: error))
    }

    /// A notebook shows the chart as its SVG; the text stays for clients that show only text.
    func chart(_ chart: RenderedChart) {
        items.append(ServeItem(kind: .chart, text: chart.text, svg: chart.svg, title: chart.title))
    }
}
