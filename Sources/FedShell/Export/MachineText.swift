import FedLanguage
import Foundation

/// The one place results for programs are written: JSON from `Encodable` documents (keys sorted,
/// pretty-printed, so the text is stable) and CSV with RFC 4180 quoting. Shapes: docs/EXPORT.md.
enum MachineText {
    /// The document as JSON text; an encoding failure is an error, never a silent `{}`.
    static func json(_ document: some Encodable, range: SourceRange) throws(Diagnostic) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
        } catch {
            throw .encodingFailed(String(describing: error), range: range)
        }
    }

    /// A header row and the rows, each field quoted only when it must be.
    static func csv(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// A CSV field: quoted (with quotes doubled) when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Full precision (the shortest text that reads back as the same number).
    static func number(_ value: Double) -> String {
        value == 0 ? "0" : "\(value)"
    }
}

/// A JSON value that is a number for most outputs and a word for the regime.
enum NumberOrWord: Encodable, Equatable {
    case number(Double)
    case word(String)

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .word(let word): try container.encode(word)
        }
    }

    /// The CSV cell.
    var text: String {
        switch self {
        case .number(let number): MachineText.number(number)
        case .word(let word): word
        }
    }
}
