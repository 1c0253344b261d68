/// How narration looks beside results: set apart by a bar so a class sees what is commentary.
enum Narration {
    /// The note behind a bar, each line wrapped to `width` columns.
    static func note(_ text: String, width: Int = 80) -> String {
        visible(text).split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            line.isEmpty ? ["  │"] : TextWrap.wrap(String(line), width: max(30, width), firstIndent: "  │ ", indent: "  │ ")
        }.joined(separator: "\n") + "\n"
    }

    /// Control characters as caret notation (`^[` for ESC): a note in someone else's script must
    /// not move the cursor, retitle the window or ring the bell.
    static func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A: result.append(scalar)
            case 0x00..<0x20: result.append("^"); result.append(UnicodeScalar(UInt8(scalar.value + 64)))
            case 0x7F: result.append(contentsOf: "^?".unicodeScalars)
            case 0x80..<0xA0: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
