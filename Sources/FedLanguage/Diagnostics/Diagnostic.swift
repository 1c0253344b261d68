/// An error, warning or note about some source text: pure data, rendered by
/// `DiagnosticRenderer`, worded by the constructors in `Diagnostic+Messages`.
package struct Diagnostic: Error, Sendable, Hashable {
    /// How serious a diagnostic is.
    package enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    package var severity: Severity
    package var message: String
    /// Where the problem is, when it has a place in the source.
    package var range: SourceRange?
    /// The text `range` points into.
    package var source: SourceText?
    /// Extra lines printed after the source excerpt, each as `note: ...`.
    package var notes: [String]
    /// A likely intended word, printed as `did you mean '...'?`.
    package var suggestion: String?
    /// One line of advice, printed as `help: ...`.
    package var help: String?

    package init(
        severity: Severity = .error,
        message: String,
        range: SourceRange? = nil,
        source: SourceText? = nil,
        notes: [String] = [],
        suggestion: String? = nil,
        help: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.range = range
        self.source = source
        self.notes = notes
        self.suggestion = suggestion
        self.help = help
    }

    /// The same diagnostic, pointing into `source` unless it already points somewhere.
    package func attaching(_ source: SourceText) -> Diagnostic {
        var copy = self
        if copy.source == nil { copy.source = source }
        return copy
    }

    /// The same diagnostic with a suggestion, when there is one.
    package func suggesting(_ word: String?) -> Diagnostic {
        var copy = self
        copy.suggestion = word
        return copy
    }
}
