import FedLanguage
import FedModel

// Messages of the classroom commands: pause, lesson, predict, glossary, record.
extension Diagnostic {
    static func predictionKind(_ range: SourceRange, output: Output) -> Diagnostic {
        let example = output.unitPresentation.predictionExample
        return Diagnostic(message: "a prediction for \(output.rawValue) is \(example)", range: range)
    }

    static func handoutWriteFailed(_ path: String, reason: String) -> Diagnostic {
        Diagnostic(message: "cannot write the handout \(path): \(reason)",
                   notes: ["the handout stops here; what the session printed after this is not in it"],
                   help: "free some space or record to another file ('record FILE.md')")
    }

    static func notRecording(_ range: SourceRange) -> Diagnostic {
        Diagnostic(message: "nothing is being recorded", range: range, help: "start a handout with 'record class.md'")
    }

    static func unknownLesson(_ name: Name, lessons: [String]) -> Diagnostic {
        Diagnostic(message: "no lesson named '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: lessons)
                       ?? lessons.first { $0.split(separator: "-").contains { $0.hasPrefix(name.text) } },
                   help: "'lesson list' shows the lessons")
    }

    static func noLessons(_ range: SourceRange, searched: [String]) -> Diagnostic {
        Diagnostic(
            message: "no lessons found", range: range,
            help:
                """
                    looked in: \(searched.isEmpty ? "(nowhere)" : searched.joined(separator: ", ")); set \
                    FEDSH_LESSONS to a folder of NN-name.fed scripts
                    """
        )
    }

    static func unknownGlossaryTerm(_ name: Name, terms: [String]) -> Diagnostic {
        Diagnostic(message: "no glossary entry for '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: terms),
                   help: "'glossary' lists the terms")
    }
}
