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

    /// Every line of `text` made to fit `width`: a line that is too wide continues under its own
    /// text. A table row (a term, two or more spaces, then its description) keeps its padding and
    /// continues under the description, so columns stay aligned.
    static func fit(_ text: String, width: Int) -> String {
        let width = max(30, width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard line.count > width else { return [String(line)] }
            let characters = Array(line)
            let indent = characters.prefix { $0 == " " }.count
            if let column = descriptionColumn(characters, after: indent), column <= width - 20 {
                let head = String(characters[..<column])
                let rest = String(characters[column...])
                return wrap(rest, width: width, firstIndent: head, indent: String(repeating: " ", count: column))
            }
            let lead = String(repeating: " ", count: indent)
            return wrap(String(characters[indent...]), width: width, firstIndent: lead, indent: lead + "  ")
        }.joined(separator: "\n")
    }

    /// Where a table row's description starts: after the first run of two or more spaces past the indentation.
    private static func descriptionColumn(_ characters: [Character], after indent: Int) -> Int? {
        var index = indent
        while index + 1 < characters.count {
            if characters[index] == " ", characters[index + 1] == " " {
                var end = index
                while end < characters.count, characters[end] == " " { end += 1 }
                return end < characters.count ? end : nil
            }
            index += 1
        }
        return nil
    }
}
