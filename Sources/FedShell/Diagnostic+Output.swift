import FedLanguage

// Messages about what a command writes: report sections and machine formats.
extension Diagnostic {
    static func unknownReportSection(_ name: Name) -> Diagnostic {
        Diagnostic(message: "the report has no section '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: ReportSection.words),
                   help: "eval takes full or a section: "
                       + ReportSection.allCases.map(\.rawValue).joined(separator: ", "))
    }

    static func standardInputStopped(_ path: PathArgument) -> Diagnostic {
        Diagnostic(message: "the script on standard input stopped at an error; nothing it did was kept",
                   range: path.range)
    }

    static func settingHasNoEffect(_ name: String, reason: String, range: SourceRange) -> Diagnostic {
        Diagnostic(severity: .warning, message: "\(name) has no effect here: \(reason)", range: range)
    }

    static func nothingToRedo(_ range: SourceRange) -> Diagnostic {
        Diagnostic(message: "nothing to redo", range: range, help: "redo puts back what the last undo took back")
    }

    static func encodingFailed(_ detail: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "could not write the result as JSON: \(detail)", range: range,
                   help: "a value is not a finite number; the text form shows which")
    }

    static func formatNotAvailable(_ format: String, command: String, range: SourceRange, help: String) -> Diagnostic {
        Diagnostic(message: "\(command) has no \(format) form here", range: range, help: help)
    }
}
