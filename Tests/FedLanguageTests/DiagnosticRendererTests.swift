import Testing
@testable import FedLanguage

struct DiagnosticRendererTests {
    private func unknownVariable(in source: SourceText, at column: Int, length: Int) -> Diagnostic {
        let tokens = Lexer.tokenize(source)
        let token = tokens.first { $0.range.start.column == column }!
        #expect(source.text(in: token.range).count == length)
        return Diagnostic.unknownVariable("purchse", range: token.range, candidates: ["purchases", "qt"])
            .attaching(source)
    }

    @Test func rendersInteractiveStyle() {
        let source = SourceText(text: "set purchse 45B/month")
        let diagnostic = unknownVariable(in: source, at: 5, length: 7)
        #expect(DiagnosticRenderer().render(diagnostic) == """
            error: unknown variable 'purchse'
              set purchse 45B/month
                  ^~~~~~~
              did you mean 'purchases'?
            """)
    }

    @Test func rendersScriptStyle() {
        let source = SourceText(origin: .file, name: "lesson.fed", text: "set purchse 45B/month", firstLine: 12)
        let diagnostic = unknownVariable(in: source, at: 5, length: 7)
        #expect(DiagnosticRenderer().render(diagnostic) == """
            lesson.fed:12:5: error: unknown variable 'purchse'
              set purchse 45B/month
                  ^~~~~~~
              did you mean 'purchases'?
            """)
        #expect(DiagnosticRenderer(style: .interactive).render(diagnostic).hasPrefix("error: unknown"))
    }

    /// Columns count characters; the caret pads wide characters (東京) with two spaces each.
    @Test func alignsCaretsAfterMultibyteCharactersAndTabs() throws {
        let text = "note café € 東京 ; \tset x 45B + 25bp"
        let source = SourceText(origin: .file, name: "a.fed", text: text)
        let parsed = try #require(Parser.parseLine(source).successValue)
        guard case .set(_, let value) = parsed[1].command else { Issue.record("no set"); return }
        guard case .failure(let error) = ExpressionEvaluator(source: source).evaluate(value) else {
            Issue.record("no error"); return
        }
        #expect(error.range?.start.column == 25)
        #expect(DiagnosticRenderer().render(error) == """
            a.fed:1:25: error: cannot add $45B and 25bp: money and ratio
              note café € 東京 ; \tset x 45B + 25bp
                                 \t      ^~~~~~~~~~
              note: left side $45B is money
              note: right side 25bp is ratio
            """)
    }

    @Test func rendersHelpAndEmptyRanges() throws {
        let diagnostic = try #require(parseError("set purchases"))
        #expect(DiagnosticRenderer().render(diagnostic) == """
            error: set needs a name and a value, e.g. set purchases 45B/month
              set purchases
                           ^
            """)
        let unterminated = try #require(parseError("set x \"abc"))
        #expect(DiagnosticRenderer().render(unterminated) == """
            error: unterminated string
              set x "abc
                    ^~~~
              help: end the string with '"' on the same line
            """)
    }

    @Test func rendersWithoutSourceOrRange() {
        let plain = Diagnostic(severity: .warning, message: "45B/day is $1.37T a month", help: "did you mean /month?")
        #expect(DiagnosticRenderer().render(plain) == """
            warning: 45B/day is $1.37T a month
              help: did you mean /month?
            """)
        let named = Diagnostic(message: "cannot open file", source: SourceText(origin: .file, name: "x.fed", text: ""))
        #expect(DiagnosticRenderer().render(named) == "x.fed: error: cannot open file")
    }

    @Test func coloursOnlyWhenAsked() throws {
        let diagnostic = try #require(parseError("sett"))
        #expect(!DiagnosticRenderer().render(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticRenderer(colored: true).render(diagnostic).hasPrefix("\u{1B}[1;31merror:\u{1B}[0m"))
    }

    @Test func showsControlCharactersVisibly() throws {
        let diagnostic = try #require(parseError("set x \u{7}"))
        #expect(DiagnosticRenderer().render(diagnostic) == """
            error: unexpected control character U+0007
              set x \u{FFFD}
                    ^
            """)
    }

    @Test func trimsVeryLongLines() throws {
        let text = "set x " + String(repeating: "1 + ", count: 200) + "@"
        let diagnostic = try #require(parseError(text))
        let lines = DiagnosticRenderer().render(diagnostic).split(separator: "\n")
        #expect(lines[1].count <= 130)
        #expect(lines[1].hasSuffix("+ @"))
        #expect(lines[2].hasSuffix("^"))
        #expect(lines[1].count == lines[2].count)
    }
}

extension Result {
    var successValue: Success? { try? get() }
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
