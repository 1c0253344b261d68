import Foundation

/// Reads lines from a pipe or file: no prompt, no editing, never writes anything.
///
/// Lines end at `\n`; a `\r` before it is dropped (CRLF files), a last line without a newline is
/// still returned, and lines up to 16 MiB (the cap on a script file) are accepted; a longer one
/// ends the input with `.lineTooLong`, so `fedsh < /dev/zero` stops instead of filling memory.
/// Invalid UTF-8 is replaced with U+FFFD
/// rather than refused, so one bad byte in a script does not lose the rest of the line.
package final class PlainLineReader: LineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var lineStart = 0
    private var searchedUpTo = 0
    private var reachedEnd = false
    private var tooLong = false

    /// The longest line read, the cap on script files (16 MiB).
    package static let maximumLineLength = 16 << 20

    /// Reads from `descriptor`, standard input by default. The descriptor is not closed.
    package init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    /// Returns the next line; `prompt` is ignored because nobody is looking.
    package func readLine(prompt: String) -> LineReadResult {
        while !tooLong {
            if let newline = buffer[searchedUpTo...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = takeLine(upTo: newline)
                lineStart = newline + 1
                searchedUpTo = lineStart
                return .line(line)
            }
            searchedUpTo = buffer.count
            if buffer.count - lineStart > Self.maximumLineLength {
                tooLong = true
                buffer = []
                break
            }
            if reachedEnd {
                guard lineStart < buffer.count else { return .endOfInput }
                let line = takeLine(upTo: buffer.count)
                lineStart = buffer.count
                searchedUpTo = lineStart
                return .line(line)
            }
            fill()
        }
        return .lineTooLong
    }

    private func takeLine(upTo end: Int) -> String {
        var lineEnd = end
        if lineEnd > lineStart && buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
        return String(decoding: buffer[lineStart..<lineEnd], as: UTF8.self)
    }

    private func fill() {
        // Drop consumed bytes first so a long session does not keep its whole input.
        if lineStart > 0 {
            buffer.removeFirst(lineStart)
            searchedUpTo -= lineStart
            lineStart = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
                return
            }
            if count < 0 && errno == EINTR { continue }
            reachedEnd = true
            return
        }
    }
}
