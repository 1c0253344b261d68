import FedLanguage

/// How narration looks beside results: set apart by a bar so a class sees what is commentary.
enum Narration {
    /// The note behind a bar, each line wrapped to `width` columns.
    static func note(_ text: String, width: Int = 80) -> String {
        visible(text).split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
            line.isEmpty
                ? ["  │"] : TextWrap.wrap(String(line), width: max(30, width), firstIndent: "  │ ", indent: "  │ ")
        }.joined(separator: "\n") + "\n"
    }

    /// Control, bidi and zero-width characters made visible (`TextSanitizer`): a note in someone
    /// else's script must not move the cursor, retitle the window or ring the bell.
    static func visible(_ text: String) -> String { TextSanitizer.visible(text) }
}
