import FedLanguage

/// Where a session's results and diagnostics go: the terminal, a file, or a test's buffer.
/// Diagnostics arrive as data; the receiver renders them with `DiagnosticRenderer`.
package protocol SessionOutput: AnyObject {
    /// Results, reports and notes (standard output).
    func write(_ text: String)
    /// Errors and warnings (standard error).
    func report(_ diagnostic: Diagnostic)
    /// A chart from `plot`: a terminal shows its text (the default), a notebook its SVG.
    func chart(_ chart: RenderedChart)
}

extension SessionOutput {
    package func chart(_ chart: RenderedChart) { write(chart.text) }
}

/// A chart ready for any output: the text a terminal shows, and the SVG document a notebook
/// shows inline and a handout keeps beside it.
package struct RenderedChart: Sendable {
    /// What the chart shows (the SVG's title): outputs and scenario.
    package let title: String
    package let text: String
    package let svg: String
}

/// Collects everything in one transcript, rendering diagnostics as a script would: for tests,
/// golden files and `-c` captures.
package final class TranscriptOutput: SessionOutput {
    package private(set) var text = ""
    private let renderer: DiagnosticRenderer

    package init(renderer: DiagnosticRenderer = DiagnosticRenderer()) { self.renderer = renderer }

    package func write(_ text: String) { self.text += text }
    package func report(_ diagnostic: Diagnostic) { text += renderer.render(diagnostic) + "\n" }
}
