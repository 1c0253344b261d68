/// Reads tokens from source text on demand, one pass over its UTF-8 bytes.
///
/// Malformed input never stops the lexer: it yields an `.invalid` token and carries on
/// after it, so the parser decides how to report it.
package struct Lexer {
    package let source: SourceText
    let bytes: [UInt8]
    var position = 0
    var tracker: LocationTracker
    /// The end of the last number, so a unit word glued to it (`45B-3`) takes no hyphen.
    var lastNumberEnd = -1

    package init(_ source: SourceText) {
        self.source = source
        self.bytes = Array(source.text.utf8)
        self.tracker = LocationTracker(bytes: bytes, firstLine: source.firstLine)
    }

    /// All tokens up to and including `.end`.
    package static func tokenize(_ source: SourceText) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The byte offset just past the last token read.
    package var offset: Int { position }

    /// Moves the lexer to a byte offset, after the parser has read raw text itself.
    package mutating func reposition(to offset: Int) {
        position = Swift.max(0, Swift.min(offset, bytes.count))
    }

    func byte(at index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    mutating func location(_ offset: Int) -> SourceLocation {
        tracker.location(at: offset)
    }

    mutating func makeToken(_ kind: TokenKind, from start: Int) -> Token {
        let range = SourceRange(start: location(start), end: location(position))
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        return Token(kind: kind, range: range, text: text)
    }

    /// Reads the next token, skipping spaces and comments.
    package mutating func next() -> Token {
        skipSpaceAndComments()
        let start = position
        guard let first = byte(at: position) else { return makeToken(.end, from: start) }
        if Lexer.isDigit(first) { return number() }
        if Lexer.isLetter(first) || first == UInt8(ascii: "_") { return identifier() }
        if first == UInt8(ascii: "\"") { return string() }
        if let kind = punctuation(first) { return makeToken(kind, from: start) }
        return unexpected(first)
    }

    mutating func skipSpaceAndComments() {
        while let current = byte(at: position) {
            switch current {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "#"):
                while let inComment = byte(at: position), inComment != UInt8(ascii: "\n") { position += 1 }
            default:
                return
            }
        }
    }

    /// Reads punctuation at `position`, advancing past it, or returns nil.
    mutating func punctuation(_ first: UInt8) -> TokenKind? {
        let second = byte(at: position + 1)
        func take(_ count: Int, _ kind: TokenKind) -> TokenKind {
            position += count
            return kind
        }
        switch first {
        case UInt8(ascii: "\n"): return take(1, .newline)
        case UInt8(ascii: "$"): return take(1, .dollar)
        case UInt8(ascii: "%"): return take(1, .percent)
        case UInt8(ascii: "+"): return take(1, .plus)
        case UInt8(ascii: "*"): return take(1, .star)
        case UInt8(ascii: "/"): return take(1, .slash)
        case UInt8(ascii: "("): return take(1, .leftParenthesis)
        case UInt8(ascii: ")"): return take(1, .rightParenthesis)
        case UInt8(ascii: "["): return take(1, .leftBracket)
        case UInt8(ascii: "]"): return take(1, .rightBracket)
        case UInt8(ascii: ","): return take(1, .comma)
        case UInt8(ascii: ";"): return take(1, .semicolon)
        case UInt8(ascii: "."): return second == UInt8(ascii: ".") ? take(2, .dotDot) : take(1, .dot)
        case UInt8(ascii: "="): return second == UInt8(ascii: "=") ? take(2, .equalEqual) : take(1, .equal)
        case UInt8(ascii: "<"): return second == UInt8(ascii: "=") ? take(2, .lessEqual) : take(1, .less)
        case UInt8(ascii: ">"): return second == UInt8(ascii: "=") ? take(2, .greaterEqual) : take(1, .greater)
        case UInt8(ascii: "!"): return second == UInt8(ascii: "=") ? take(2, .bangEqual) : nil
        case UInt8(ascii: "-"):
            if second == UInt8(ascii: "-"), let third = byte(at: position + 2), Lexer.isLetter(third) {
                return flag()
            }
            if second == UInt8(ascii: ">") { return take(2, .arrow) }
            return take(1, .minus)
        case 0xE2 where second == 0x88 && byte(at: position + 2) == 0x92:
            // U+2212 MINUS SIGN, as fedsh's own reports print it: pasted numbers read back.
            return take(3, .minus)
        default: return nil
        }
    }

    /// An invalid token for a character the language does not use.
    mutating func unexpected(_ first: UInt8) -> Token {
        let start = position
        if first < 0x20 || first == 0x7F {
            position += 1
            return makeToken(.invalid(.controlCharacter(UInt32(first))), from: start)
        }
        position += Lexer.sequenceLength(first)
        position = Swift.min(position, bytes.count)
        let character = String(decoding: bytes[start..<position], as: UTF8.self)
        if let scalar = character.unicodeScalars.first, scalar.properties.generalCategory == .control
            || scalar.properties.generalCategory == .format {
            return makeToken(.invalid(.controlCharacter(scalar.value)), from: start)
        }
        return makeToken(.invalid(.unexpectedCharacter(character)), from: start)
    }

    static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: 4
        case 0xE0...: 3
        case 0xC0...: 2
        default: 1
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isIdentifierCharacter(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_")
    }
}
