/// The kind of a token, with the value it carries.
package enum TokenKind: Sendable, Hashable {
    case number(DecimalNumber)
    /// A name or word as written (not lowercased): `purchases`, `fomc-dec-2025`, `B`.
    case identifier(String)
    case string(String)
    case date(year: Int, month: Int)
    /// A calendar day, `2024-06-12`.
    case day(year: Int, month: Int, day: Int)
    /// `--force` carries `force`.
    case flag(String)
    case dollar, percent, plus, minus, star, slash
    case leftParenthesis, rightParenthesis, leftBracket, rightBracket
    case comma, semicolon, dot, dotDot
    case equal, equalEqual, bangEqual, less, lessEqual, greater, greaterEqual
    /// `->`, before the unit to show a value in.
    case arrow
    case newline
    case end
    /// Text the lexer could not read; the parser reports it.
    case invalid(LexicalError)
}

/// What went wrong reading a token.
package enum LexicalError: Sendable, Hashable {
    case unterminatedString
    case invalidEscape(String)
    case unexpectedCharacter(String)
    case controlCharacter(UInt32)
    /// A control, bidi or zero-width character inside a string literal.
    case unsafeCharacterInString(UInt32)
    case numberTooLarge
    case invalidMonth(Int)
    case invalidDay(Int)
}

/// One token: its kind, where it is and the text it was read from.
package struct Token: Sendable, Hashable {
    package var kind: TokenKind
    package var range: SourceRange
    package var text: String

    package init(kind: TokenKind, range: SourceRange, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// The identifier's text, if the token is one.
    package var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    /// Whether the token ends a statement.
    package var endsStatement: Bool {
        switch kind {
        case .semicolon, .newline, .end: true
        default: false
        }
    }

    /// How the token is named in messages: `'set'`, `end of line`.
    package var displayName: String {
        switch kind {
        case .newline, .end: "end of line"
        default: "'\(text)'"
        }
    }
}
