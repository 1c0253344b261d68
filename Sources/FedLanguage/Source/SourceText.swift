/// A named piece of source text: a typed line, a `-c` string, or one or more lines of a script.
package struct SourceText: Sendable, Hashable {
    /// Where source text came from: it decides history, echo, the failure policy and how errors are shown.
    package enum Origin: Sendable, Hashable {
        /// Typed at the interactive prompt.
        case prompt
        /// Read line by line from a pipe or file on standard input.
        case standardInput
        /// Given with `fedsh -c`.
        case commandString
        /// A script named on the command line.
        case file
        /// A script run by `source` (or a lesson, which is sourced).
        case sourced
        /// The crash-recovery journal replayed by `--recover`.
        case recovery
        /// A notebook cell run by `fedsh --serve` (named `cell 3`): its errors say `cell 3, line 2:5`.
        case notebookCell

        /// Whether a person typed it, so it goes into history and an error does not stop anything.
        package var isTyped: Bool { self == .prompt }
    }

    /// The name shown for typed lines.
    package static let interactiveName = "<input>"

    package let origin: Origin
    /// `"<input>"` for typed lines, otherwise the path of the script the text came from, `-c` or `<stdin>`.
    package let name: String
    package let text: String
    /// The line number of the text's first line, so a script line parsed on its own still
    /// reports its place in the file.
    package let firstLine: Int
    /// True for text read from a file that is not a fedsh script (not `.fed`): its errors do not
    /// quote its lines, so running `fedsh /etc/shadow` by mistake prints none of it.
    package var hidesExcerpts = false

    /// Source text of an origin, with the name its errors show.
    package init(origin: Origin, name: String, text: String, firstLine: Int = 1) {
        self.origin = origin
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    /// Source text typed at the prompt.
    package init(text: String, firstLine: Int = 1) {
        self.init(origin: .prompt, name: SourceText.interactiveName, text: text, firstLine: firstLine)
    }

    /// Whether the text was typed at the prompt rather than read from a file, a pipe or `-c`.
    package var isInteractive: Bool { origin.isTyped }

    /// The same origin and name for another piece of the text.
    package func with(text: String, firstLine: Int) -> SourceText {
        var piece = SourceText(origin: origin, name: name, text: text, firstLine: firstLine)
        piece.hidesExcerpts = hidesExcerpts
        return piece
    }
}

/// A position in a source text.
package struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// UTF-8 byte offset from the start of the text.
    package var offset: Int
    /// 1-based line number (counting from the text's `firstLine`).
    package var line: Int
    /// 1-based column, counted in Unicode scalars rather than bytes.
    package var column: Int

    package init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    package static func < (left: SourceLocation, right: SourceLocation) -> Bool {
        left.offset < right.offset
    }

    package var description: String { "\(line):\(column)" }
}

/// A half-open span of source text: `end` is the first position after the span.
package struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    package var start: SourceLocation
    package var end: SourceLocation

    package init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at one position, used for "expected something here".
    package init(at location: SourceLocation) {
        self.init(start: location, end: location)
    }

    package var isEmpty: Bool { start.offset >= end.offset }

    /// The smallest range covering both ranges.
    package func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    package var description: String { "\(start)-\(end)" }
}
