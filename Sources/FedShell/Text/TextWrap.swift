/// Word wrapping for prose in explanations and tables, so every line fits the terminal.
enum TextWrap {
    /// Wraps `text` at spaces so no line is wider than `width` (unless a single word is). The first
    /// line starts with `firstIndent`, the others with `indent`.
    static func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> [String] {
        var lines: [String] = []
        var line = firstIndent
        var lineHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = lineHasWord ? line + " " + word : line + word
            if candidate.count > width, lineHasWord {
                lines.append(line)
                line = indent + word
            } else {
                line = candidate
            }
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }
}
