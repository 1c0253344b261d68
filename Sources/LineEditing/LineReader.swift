/// What one read gave.
package enum LineReadResult: Equatable, Sendable {
    /// A line, without its trailing newline.
    case line(String)
    /// Ctrl-C: the half-typed line was discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the end of the input.
    case endOfInput
    /// A line longer than `PlainLineReader.maximumLineLength` (a binary file or /dev/zero on
    /// standard input): nothing more is read.
    case lineTooLong
}

/// A source of command lines: a terminal editor or a plain stream.
package protocol LineReader: AnyObject {
    /// Reads one line, showing `prompt` when the reader draws one.
    func readLine(prompt: String) -> LineReadResult
}
