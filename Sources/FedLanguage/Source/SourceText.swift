/// A named piece of source text: a typed line, a `-c` string, or one or more lines of a script.
package struct SourceText: Sendable, Hashable {
    /// The name used by the interactive prompt.
    package static let interactiveName = "<input>"

    /// `"<input>"` for typed lines, otherwise the path of the script the text came from.
    package let name: String
    package let text: String
    /// The line number of the text's first line, so a script line parsed on its own still
    /// reports its place in the file.
    package let firstLine: Int
    /// True for text read from a file that is not a fedsh script (not `.fed`): its errors do not
    /// quote its lines, so running `fedsh /etc/shadow` by mistake prints none of it.
    package var hidesExcerpts = false

    package init(name: String = SourceText.interactiveName, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    /// Whether the text was typed at the prompt rather than read from a file.
    package var isInteractive: Bool { name == SourceText.interactiveName }
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
