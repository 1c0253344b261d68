import Testing
@testable import FedLanguage

/// No input, however large or malformed, may crash or take more than linear time.
struct StressTests {
    /// Long enough that a lexer quadratic in the line would not finish (about 7e10 steps), a quarter
    /// of what the 1 MiB version cost the suite (11 s of 67 s in the code review's serial run).
    static let longLine = 1 << 18

    @Test(arguments: ["x", "1 + ", "\"", "@", "é", "\u{7}", "-", "(", "a-", "2026-04 ", "# "])
    func lexesAQuarterMegabyteLine(unit: String) {
        let text = String(repeating: unit, count: Self.longLine / unit.utf8.count)
        let tokens = Lexer.tokenize(SourceText(text: text))
        #expect(tokens.last?.kind == .end)
        _ = Parser.parseLine(SourceText(text: "print " + text))
    }

    @Test func parsesManyStatementsOnOneLine() throws {
        let text = String(repeating: "set x 45B/month; ", count: 20_000)
        #expect(try statements(text).count == 20_000)
    }

    /// A note ends at `;` even inside quotes; an open quote must not be scanned again per note.
    @Test func rawArgumentsStayLinear() {
        let text = String(repeating: "note \"é;quit; save \"x y\" --force;help @;", count: 20_000)
        let parsed = Parser.parseLine(SourceText(text: text)).successValue
        #expect(parsed?.count == 80_000)
        #expect(parsed?.last?.range.end.column == text.count)
    }

    @Test func longOperatorChainIsAnErrorNotACrash() throws {
        let text = "print " + String(repeating: "1 + ", count: 200_000) + "1"
        let diagnostic = try #require(parseError(text))
        #expect(diagnostic.message == "expression is too long (more than 1000 operators)")
    }

    @Test func chainsUpToTheLimitEvaluate() throws {
        let text = String(repeating: "1 + ", count: 999) + "1"
        #expect(try evaluate(text).get() == .quantity(.plain(1000)))
    }

    @Test(arguments: [10_000, 100_000])
    func deepParenthesesAreAnErrorNotACrash(depth: Int) throws {
        let text = "print " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        let diagnostic = try #require(parseError(text))
        #expect(diagnostic.message.contains("too deeply nested"))
        let brackets = "print " + String(repeating: "x[", count: depth)
        #expect(parseError(brackets) != nil)
    }

    @Test func deepestAllowedNestingEvaluates() throws {
        let depth = Parser.maximumNesting
        let text = String(repeating: "-(", count: depth / 2) + "1" + String(repeating: ")", count: depth / 2)
        #expect(try evaluate(text).get() == .quantity(.plain(1)))
    }

    @Test func randomBytesNeverCrash() {
        var generator = SeededGenerator(state: 42)
        let alphabet = Array("set x45B/month;()[]$%.-+*\"\\#é\u{7}\n =<>!@2026-04,bp--force")
        for _ in 0..<2000 {
            let length = Int.random(in: 0..<40, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let source = SourceText(text: text)
            switch Parser.parseLine(source) {
            case .success(let parsed):
                for statement in parsed {
                    if case .print(let expression) = statement.command {
                        _ = ExpressionEvaluator(source: source).evaluate(expression)
                    }
                }
            case .failure(let diagnostic):
                _ = DiagnosticRenderer().render(diagnostic)
            }
        }
    }
}
