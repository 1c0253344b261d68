extension Lexer {
    /// Reads a name. A `-` belongs to it only between two name characters and only when the
    /// name starts with a letter and is not a unit glued to a number, so `qt-continues` is one
    /// name while `45B-3B` and `a - b` are subtractions.
    mutating func identifier() -> Token {
        let start = position
        let startsWithLetter = Lexer.isLetter(bytes[start])
        let allowsHyphen = startsWithLetter && start != lastNumberEnd
        position += 1
        while let current = byte(at: position) {
            if Lexer.isIdentifierCharacter(current) {
                position += 1
            } else if current == UInt8(ascii: "-"), allowsHyphen, let next = byte(at: position + 1),
                      Lexer.isIdentifierCharacter(next) {
                position += 2
            } else {
                break
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return makeToken(.identifier(text), from: start)
    }

    /// Reads `--name` (the caller has seen `--` and a letter).
    mutating func flag() -> TokenKind {
        let nameStart = position + 2
        position = nameStart
        while let current = byte(at: position) {
            if Lexer.isIdentifierCharacter(current) {
                position += 1
            } else if current == UInt8(ascii: "-"), let next = byte(at: position + 1), Lexer.isIdentifierCharacter(next)
            {
                position += 2
            } else {
                break
            }
        }
        return .flag(String(decoding: bytes[nameStart..<position], as: UTF8.self))
    }

    /// Reads `"..."` with the escapes `\"`, `\\`, `\n` and `\t`; a string ends on its line.
    mutating func string() -> Token {
        let start = position
        position += 1
        var content: [UInt8] = []
        var badEscape: String?
        while let current = byte(at: position) {
            switch current {
            case UInt8(ascii: "\""):
                position += 1
                if let badEscape { return makeToken(.invalid(.invalidEscape(badEscape)), from: start) }
                let text = String(decoding: content, as: UTF8.self)
                if let unsafe = text.unicodeScalars.first(where: TextSanitizer.isUnsafe) {
                    return makeToken(.invalid(.unsafeCharacterInString(unsafe.value)), from: start)
                }
                return makeToken(.string(text), from: start)
            case UInt8(ascii: "\n"):
                return makeToken(.invalid(.unterminatedString), from: start)
            case UInt8(ascii: "\\"):
                guard let escaped = byte(at: position + 1), escaped != UInt8(ascii: "\n") else {
                    position += 1
                    continue
                }
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): content.append(escaped)
                case UInt8(ascii: "n"): content.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): content.append(UInt8(ascii: "\t"))
                default:
                    let length = Lexer.sequenceLength(escaped)
                    let end = Swift.min(position + 1 + length, bytes.count)
                    badEscape = badEscape ?? "\\" + String(decoding: bytes[(position + 1)..<end], as: UTF8.self)
                }
                position += 2
            default:
                content.append(current)
                position += 1
            }
        }
        return makeToken(.invalid(.unterminatedString), from: start)
    }

    /// Reads raw text from `offset` up to (not including) whitespace or one of `stops`;
    /// used for paths and notes, which are not made of tokens.
    package mutating func rawText(from offset: Int, stoppingAtSpace: Bool) -> (text: String, range: SourceRange) {
        var start = Swift.max(0, Swift.min(offset, bytes.count))
        while let current = byte(at: start), current == UInt8(ascii: " ") || current == UInt8(ascii: "\t") {
            start += 1
        }
        var end = start
        while let current = byte(at: end), current != UInt8(ascii: "\n"), current != UInt8(ascii: ";"),
              current != UInt8(ascii: "#") {
            if stoppingAtSpace && (current == UInt8(ascii: " ") || current == UInt8(ascii: "\t")) { break }
            end += 1
        }
        // Trailing spaces (and a Windows line end) belong to no argument.
        while end > start, let last = byte(at: end - 1),
              last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            end -= 1
        }
        position = end
        let range = SourceRange(start: location(start), end: location(end))
        return (String(decoding: bytes[start..<end], as: UTF8.self), range)
    }
}
