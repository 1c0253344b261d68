import Testing
@testable import FedLanguage

struct ParserErrorTests {
    // Each case: input, message, caret column, suggestion.
    @Test(arguments: [
        ("sett purchases 45B", "unknown command 'sett'", 1, "set"),
        ("shwo", "unknown command 'shwo'", 1, "show"),
        ("xyzzy", "unknown command 'xyzzy'", 1, nil),
        ("45B", "expected a command, found '45'", 1, nil),
        ("set", "set needs a name and a value, e.g. set purchases 45B/month", 4, nil),
        ("set purchases", "set needs a name and a value, e.g. set purchases 45B/month", 14, nil),
        ("set 45", "set needs a name and a value, e.g. set purchases 45B/month", 5, nil),
        ("let x 5", "let needs a name, '=' and a value, e.g. let extra = 10B/month", 7, nil),
        ("unset", "unset needs a name, e.g. unset purchases", 6, nil),
        ("use", "use needs a preset name, e.g. use fomc-dec-2025", 4, nil),
        ("save", "save needs a file path, e.g. save what-if.fed", 5, nil),
        ("save --frce a.fed", "unknown option '--frce' for save", 6, "--force"),
        ("source", "source needs a file path, e.g. source lesson.fed", 7, nil),
        ("history 2.5", "history needs a whole number of entries, 1 or more, e.g. history 20", 9, nil),
        ("history x", "history needs a whole number of entries, 1 or more, e.g. history 20", 9, nil),
        ("note", "note needs some text, e.g. note QE begins here", 5, nil),
        ("assert", "assert needs a condition, e.g. assert reserves > 3T", 7, nil),
        ("eval full now", "unexpected 'now' after the eval command", 11, nil),
        ("set purchases 45B month", "unexpected 'month' after the set command", 19, nil),
        ("set x (1 + 2", "expected ')' to close the '(' at column 7, found end of line", 13, nil),
        ("set x 1 +", "expected a value, found end of line", 10, nil),
        ("set x 45Bx", "unknown unit 'Bx'", 9, "B"),
        ("set x $", "expected an amount after '$'", 8, nil),
        ("set x $25bp", "'$' cannot go before an amount in 'bp'", 7, nil),
        ("set x btc.", "expected a member name after '.', such as p10, found end of line", 11, nil),
        ("set x r[1", "expected ']' to close the '[' of the index, found end of line", 10, nil),
        ("set x \"abc", "unterminated string", 7, nil),
        ("set x 1e400", "number too large", 7, nil),
        ("set x 1e300T", "number too large", 7, nil),
        ("set x @", "unexpected character '@'", 7, nil),
        ("set é 1", "unexpected character 'é'", 5, nil),
        ("set x 1 \u{7}", "unexpected control character U+0007", 9, nil),
        ("print 1..2", "unexpected '..' after the print command", 8, nil),
        ("save \"a", "unterminated string", 6, nil),
    ] as [(String, String, Int, String?)])
    func reports(text: String, message: String, column: Int, suggestion: String?) throws {
        let diagnostic = try #require(parseError(text))
        #expect(diagnostic.message == message)
        #expect(diagnostic.range?.start.column == column)
        #expect(diagnostic.suggestion == suggestion)
        #expect(diagnostic.source?.text == text)
    }

    @Test func tooDeeplyNested() throws {
        let text = "print " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300)
        let diagnostic = try #require(parseError(text))
        #expect(diagnostic.message == "expression is too deeply nested (more than 256 levels)")
        #expect(diagnostic.range?.start.column == 7 + 256)
    }

    @Test func nestingUpToTheLimitParses() throws {
        let text = "print " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        #expect(try statements(text).count == 1)
    }

    @Test func unaryMinusIsBoundedToo() throws {
        let diagnostic = try #require(parseError("print " + String(repeating: "-", count: 600) + "1"))
        #expect(diagnostic.message.hasPrefix("expression is too deeply nested"))
    }

    @Test func unitWordHelpForMissingSlash() throws {
        let diagnostic = try #require(parseError("set purchases 45B month"))
        #expect(diagnostic.help == "for a rate, write /month, as in 45B/month")
    }
}
