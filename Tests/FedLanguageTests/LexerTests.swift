import Testing
@testable import FedLanguage

struct LexerTests {
    @Test(arguments: [
        ("45", [number("45")]),
        ("0.25", [number("25", -2)]),
        ("1e9", [number("1", 9)]),
        ("1.5e-3", [number("15", -4)]),
        ("1_000", [number("1", 3)]),
        ("45B", [number("45"), .identifier("B")]),
        ("$45B", [.dollar, number("45"), .identifier("B")]),
        ("25bp", [number("25"), .identifier("bp")]),
        ("5%", [number("5"), .percent]),
        ("45B/month", [number("45"), .identifier("B"), .slash, .identifier("month")]),
        ("1..2", [number("1"), .dotDot, number("2")]),
        ("1.", [number("1"), .dot]),
        ("2026-04", [.date(year: 2026, month: 4)]),
        ("2026-4", [.date(year: 2026, month: 4)]),
        ("2026 - 04", [number("2026"), .minus, number("4")]),
        ("2026-123", [number("2026"), .minus, number("123")]),
        ("12026-04", [number("12026"), .minus, number("4")]),
        ("fomc-dec-2025", [.identifier("fomc-dec-2025")]),
        ("qt-continues", [.identifier("qt-continues")]),
        ("a - b", [.identifier("a"), .minus, .identifier("b")]),
        ("a -b", [.identifier("a"), .minus, .identifier("b")]),
        ("a-", [.identifier("a"), .minus]),
        ("_a-b", [.identifier("_a"), .minus, .identifier("b")]),
        ("45B-3B", [number("45"), .identifier("B"), .minus, number("3"), .identifier("B")]),
        ("--force", [.flag("force")]),
        ("--keep-going", [.flag("keep-going")]),
        ("5 --3", [number("5"), .minus, .minus, number("3")]),
        ("\"a \\\"b\\\" \\\\\"", [.string("a \"b\" \\")]),
        ("x # a comment", [.identifier("x")]),
        ("a;b\nc", [.identifier("a"), .semicolon, .identifier("b"), .newline, .identifier("c")]),
        ("= == != < <= > >=", [.equal, .equalEqual, .bangEqual, .less, .lessEqual, .greater, .greaterEqual]),
        ("( ) [ ] , . + * /", [.leftParenthesis, .rightParenthesis, .leftBracket, .rightBracket, .comma, .dot,
                               .plus, .star, .slash]),
        ("btc.p10", [.identifier("btc"), .dot, .identifier("p10")]),
        ("reserves[3]", [.identifier("reserves"), .leftBracket, number("3"), .rightBracket]),
    ] as [(String, [TokenKind])])
    func lexes(text: String, expected: [TokenKind]) {
        #expect(kinds(text) == expected)
    }

    @Test(arguments: [
        ("\"abc", LexicalError.unterminatedString),
        ("\"abc\nx\"", .unterminatedString),
        ("\"a\\qb\"", .invalidEscape("\\q")),
        ("@", .unexpectedCharacter("@")),
        ("é", .unexpectedCharacter("é")),
        ("\u{7}", .controlCharacter(7)),
        ("\u{0}", .controlCharacter(0)),
        ("\u{7F}", .controlCharacter(0x7F)),
        ("\u{200B}", .controlCharacter(0x200B)),
        ("1e400", .numberTooLarge),
        ("2026-13", .invalidMonth(13)),
        ("!", .unexpectedCharacter("!")),
    ] as [(String, LexicalError)])
    func reportsMalformedInput(text: String, error: LexicalError) {
        #expect(kinds(text).first == .invalid(error))
    }

    @Test func continuesAfterAnError() {
        #expect(kinds("@ x") == [.invalid(.unexpectedCharacter("@")), .identifier("x")])
    }

    @Test func locationsCountCharactersNotBytes() {
        let tokens = Lexer.tokenize(SourceText(text: "\"é€\" x\n  y"))
        #expect(tokens[1].range.start == SourceLocation(offset: 8, line: 1, column: 6))
        #expect(tokens[3].range.start == SourceLocation(offset: 12, line: 2, column: 3))
        #expect(tokens[0].range.end.column == 5)
    }

    @Test func locationsStartAtTheFirstLine() {
        let tokens = Lexer.tokenize(SourceText(origin: .file, name: "a.fed", text: "  set", firstLine: 12))
        #expect(tokens[0].range.start == SourceLocation(offset: 2, line: 12, column: 3))
    }

    @Test func tokenTextIsTheSourceSlice() {
        let tokens = Lexer.tokenize(SourceText(text: "$45B  /month"))
        #expect(tokens.map(\.text) == ["$", "45", "B", "/", "month", ""])
    }
}
