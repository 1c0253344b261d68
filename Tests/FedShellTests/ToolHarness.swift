import FedLanguage
import Foundation
@testable import FedShell

/// Runs script text through a fresh session and returns the transcript (output and rendered errors).
enum ToolHarness {
    static func session(width: Int = 80) -> (Session, TranscriptOutput) {
        let output = TranscriptOutput()
        var options = Session.Options()
        options.terminalWidth = width
        return (Session(output: output, options: options), output)
    }

    static func transcript(_ text: String, width: Int = 80) -> String {
        let (session, output) = session(width: width)
        session.run(SourceText(origin: .file, name: "test.fed", text: text))
        return output.text
    }

    /// The text with every run of spaces and line breaks made one space, so wrapped prose can be searched.
    static func flattened(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// The trimmed line of a channel table whose first word(s) are `channel`.
    static func channelRow(_ channel: String, in text: String) -> String? {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix(channel + "  ") }
    }
}
