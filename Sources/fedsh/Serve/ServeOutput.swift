import FedLanguage
import FedShell
import Foundation

/// The session's output during one `run` request: text, errors and charts, in the order they came.
final class ServeOutput: SessionOutput {
    private(set) var items: [ServeItem] = []
    /// The source name of the cell being run: its errors say `cell 3, line 2:5`; errors in files
    /// it sources (or in the startup file) keep `file:line:col`.
    private var cellName: String?

    /// Starts a new cell's output.
    func reset(cell name: String) {
        items = []
        cellName = name
    }

    func write(_ text: String) {
        guard !text.isEmpty else { return }
        if let last = items.last, last.kind == .text {
            items[items.count - 1].text += text
        } else {
            items.append(ServeItem(kind: .text, text: text))
        }
    }

    func report(_ diagnostic: Diagnostic) {
        let place: DiagnosticRenderer.Place = diagnostic.source?.name == cellName ? .cellLine : .fileLineColumn
        var renderer = DiagnosticRenderer(style: .script)
        renderer.place = place
        var error = ServeError(severity: diagnostic.severity.rawValue, message: diagnostic.message,
                               suggestion: diagnostic.suggestion, help: diagnostic.help)
        if let range = diagnostic.range, let source = diagnostic.source {
            error.location = DiagnosticRenderer.place(range.start, in: source, as: place)
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
