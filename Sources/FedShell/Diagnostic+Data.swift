import FedData
import FedLanguage

extension Diagnostic {
    /// A data file or series error, pointed at the argument that named it; the data file's own
    /// `file:line:col` leads the message.
    static func data(_ error: DataError, range: SourceRange?) -> Diagnostic {
        if error.isAboutSeries { return Diagnostic(message: error.message, range: range, help: error.help) }
        let location = error.line == nil ? error.file : error.location
        return Diagnostic(message: "\(location): \(error.message)", range: range, help: error.help)
    }

    static func unknownSeries(_ name: Name, among identifiers: [String]) -> Diagnostic {
        let identifier = name.text.uppercased()
        return Diagnostic(message: "no series \(identifier)", range: name.range,
                          suggestion: Suggestion.closest(to: identifier, among: identifiers),
                          help: "'data list' shows every series")
    }

    static func notADay(_ text: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            message: "'\(text)' is not a date", range: range, help: "write a day as 2024-06-12 or a month as 2024-06")
    }

    static func startAfterData(_ day: Day, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "the data end on \(Day.snapshotEnd); \(day) is after it", range: range,
                   help: "everything after 10 Dec 2025 is what the model forecasts; start on or before it")
    }
}
