// The history file holds one command per line, UTF-8. A backslash escapes the characters that
// would break that: `\\` is a backslash, `\n` a newline, `\r` a carriage return. Nothing else is
// escaped, so the file stays readable and greppable. Unknown escapes are kept as written.
extension HistoryStore {
    /// The line written to the file for `entry` (without the newline).
    package static func encode(_ entry: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(entry.utf8.count)
        for scalar in entry.unicodeScalars {
            switch scalar {
            case "\\": encoded += "\\\\"
            case "\n": encoded += "\\n"
            case "\r": encoded += "\\r"
            default: encoded.unicodeScalars.append(scalar)
            }
        }
        return encoded
    }

    /// The entry stored in one line of the file, or nil for a line to skip: empty, containing a
    /// NUL byte, or not valid UTF-8.
    package static func decode<Bytes: Collection<UInt8>>(line bytes: Bytes) -> String? {
        // Plain ASCII without escapes or NUL (nearly every command) is its own text: no scalar walk.
        if bytes.allSatisfy({ $0 != 0 && $0 < 0x80 && $0 != UInt8(ascii: "\\") }) {
            let entry = normalized(String(decoding: bytes, as: UTF8.self))
            return entry.isEmpty ? nil : entry
        }
        var decoded = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var escaping = false
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .emptyInput:
                break decoding
            case .error:
                return nil
            case .scalarValue(let scalar):
                if scalar == "\0" { return nil }
                if escaping {
                    switch scalar {
                    case "\\": decoded.append("\\")
                    case "n": decoded.append("\n")
                    case "r": decoded.append("\r")
                    default: decoded.append("\\"); decoded.append(scalar)
                    }
                    escaping = false
                } else if scalar == "\\" {
                    escaping = true
                } else {
                    decoded.append(scalar)
                }
            }
        }
        if escaping { decoded.append("\\") }
        let entry = normalized(String(decoded))
        return entry.isEmpty ? nil : entry
    }

    /// An entry as history keeps it: without surrounding whitespace, so `show` and `show ` (left
    /// by completion) count as the same command.
    package static func normalized(_ line: String) -> String {
        // Almost every line starts and ends with a visible ASCII character, which no grapheme
        // rule joins into a whitespace character: nothing to trim, and no grapheme walk (which
        // cost ~4,000 instructions a character, 75 M at start-up with a full history).
        if let first = line.utf8.first, let last = line.utf8.last, isVisibleASCII(first), isVisibleASCII(last) {
            return line
        }
        guard let start = line.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let end = line.lastIndex(where: { !$0.isWhitespace })!
        return String(line[start...end])
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
