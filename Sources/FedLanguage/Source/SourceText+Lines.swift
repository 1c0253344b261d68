extension SourceText {
    /// The text between two UTF-8 offsets; offsets are clamped to the text.
    package func text(in range: SourceRange) -> String {
        let utf8 = text.utf8
        let lower = Swift.max(0, Swift.min(range.start.offset, utf8.count))
        let upper = Swift.max(lower, Swift.min(range.end.offset, utf8.count))
        let startIndex = utf8.index(utf8.startIndex, offsetBy: lower)
        let endIndex = utf8.index(startIndex, offsetBy: upper - lower)
        return String(decoding: utf8[startIndex..<endIndex], as: UTF8.self)
    }

    /// The whole line holding `location`, without its line break.
    package func lineText(containing location: SourceLocation) -> String {
        let bounds = lineBounds(containing: location.offset)
        return String(decoding: Array(text.utf8)[bounds], as: UTF8.self)
    }

    /// The byte offsets of the line holding `offset`.
    func lineBounds(containing offset: Int) -> Range<Int> {
        let bytes = Array(text.utf8)
        let clamped = Swift.max(0, Swift.min(offset, bytes.count))
        var lower = clamped
        while lower > 0 && bytes[lower - 1] != UInt8(ascii: "\n") { lower -= 1 }
        var upper = clamped
        while upper < bytes.count && bytes[upper] != UInt8(ascii: "\n") { upper += 1 }
        if upper > lower && bytes[upper - 1] == UInt8(ascii: "\r") { upper -= 1 }
        return lower..<upper
    }

    /// The location of a UTF-8 offset, found by counting from the start of the text.
    package func location(atOffset offset: Int) -> SourceLocation {
        var tracker = LocationTracker(bytes: Array(text.utf8), firstLine: firstLine)
        return tracker.location(at: offset)
    }

    /// Splits the text into one source per line (a CRLF line end read as LF), each knowing its
    /// origin and line number, so a script can be run line by line and still report `file:line:column`.
    package func lines() -> [SourceText] {
        var result: [SourceText] = []
        var number = firstLine
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine)
            if line.hasSuffix("\r") { line.removeLast() }
            result.append(with(text: line, firstLine: number))
            number += 1
        }
        if text.hasSuffix("\n") { result.removeLast() }
        return result
    }
}

/// Turns byte offsets into line and column, moving forward through the text so a whole
/// line of tokens costs linear time.
struct LocationTracker {
    let bytes: [UInt8]
    let firstLine: Int
    private var offset = 0
    private var line: Int
    private var column = 1

    init(bytes: [UInt8], firstLine: Int) {
        self.bytes = bytes
        self.firstLine = firstLine
        self.line = firstLine
    }

    mutating func location(at target: Int) -> SourceLocation {
        let target = Swift.max(0, Swift.min(target, bytes.count))
        // Raw arguments can end inside a token already read, so the tracker sometimes steps
        // back; within a line that costs only the distance moved.
        while target < offset {
            offset -= 1
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                offset = 0
                line = firstLine
                column = 1
                break
            }
            if byte & 0xC0 != 0x80 { column -= 1 }
        }
        while offset < target {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Only the first byte of each UTF-8 sequence starts a new column.
                column += 1
            }
            offset += 1
        }
        return SourceLocation(offset: target, line: line, column: column)
    }
}
