import Testing
@testable import FedLanguage

struct ExpressionEvaluatorTests {
    @Test(arguments: [
        ("45B", Quantity.money(45e9)),
        ("$45B", .money(45e9)),
        ("$45", .money(45)),
        ("12k", .money(12_000)),
        ("12K", .money(12_000)),
        ("850M", .money(850e6)),
        ("45bn", .money(45e9)),
        ("1.35T", .money(1.35e12)),
        ("2tn", .money(2e12)),
        ("25bp", .ratio(0.0025)),
        ("0.25%", .ratio(0.0025)),
        ("3pp", .ratio(0.03)),
        ("2y", .months(24)),
        ("18 months", .months(18)),
        ("1 mo", .months(1)),
        ("2 quarters", .months(6)),
        ("52 weeks", .months(12)),
        ("365 days", .months(12)),
        ("45B/month * 12 months", .money(540e9)),
        ("45B/month", Quantity(45e9, .moneyPerTime)),
        ("45B/day", Quantity(45e9 * 365 / 12, .moneyPerTime)),
        ("5%/year * 1 year", .ratio(0.05)),
        ("(1 + 2) * 3", .plain(9)),
        ("-25bp", .ratio(-0.0025)),
        ("10B / 5B", .plain(2)),
        ("1_000 * 2", .plain(2000)),
        ("1e9", .plain(1e9)),
    ] as [(String, Quantity)])
    func evaluatesQuantities(text: String, expected: Quantity) throws {
        let value = try evaluate(text).get()
        let result = try #require(value.quantity)
        #expect(result.dimension == expected.dimension)
        #expect(abs(result.value - expected.value) <= abs(expected.value) * 1e-15)
    }

    @Test(arguments: [
        ("0.25% == 25bp", true),
        ("0.1 + 0.2 == 0.3", true),
        ("45B/month * 12 months == 540B", true),
        ("2y == 24 months", true),
        ("1 < 2", true),
        ("3T >= 3000B", true),
        ("25bp != 0.25%", false),
        ("on == true", true),
        ("yes != no", true),
        ("2026-04 < 2026-05", true),
        ("2026-04 + 9 months == 2027-01", true),
        ("2026-01 - 1 month == 2025-12", true),
        ("2027-01 - 2026-04 == 9 months", true),
        ("\"a\" == \"a\"", true),
        ("x == bills", true),
        ("2.5% > 0", true),
        ("0 < -25bp", false),
        ("$0 == 0", true),
    ])
    func evaluatesConditions(text: String, expected: Bool) throws {
        let names: [String: Value] = ["x": .word("bills"), "bills": .word("bills")]
        #expect(try evaluate(text, names: names).get() == .bool(expected))
    }

    @Test(arguments: [
        ("45B + 25bp", "cannot add $45B and 25bp: money and ratio", 1, 11),
        ("25bp - 25", "cannot subtract 25bp and 25: ratio and plain number", 1, 10),
        ("45B/month < 45B", "cannot compare $45B/month and $45B: money/time and money", 1, 16),
        ("1 + (2 + on)", "cannot add 2 and on: plain number and boolean", 6, 12),
        ("1 / 0", "division by zero", 1, 6),
        ("1 / (2 - 2)", "division by zero", 1, 12),
        ("1e300 * 1e300", "result is too large", 1, 14),
        ("-on", "cannot negate on: boolean", 1, 4),
        ("r[2.5]", "index must be a whole number of months from 0, not 2.5", 3, 6),
        ("r[-1]", "index must be a whole number of months from 0, not -1", 3, 5),
        ("r[$1]", "index must be a whole number of months from 0, not $1", 3, 5),
        ("(r)[1]", "only a variable or output can be indexed, once, as in reserves[3]", 1, 7),
        ("r[1][2]", "only a variable or output can be indexed, once, as in reserves[3]", 1, 8),
        ("(r).p10", "only an output has members, as in btc.p10", 1, 8),
        ("purchse * 2", "unknown variable 'purchse'", 1, 8),
        ("r.p10", "'r' is a single value: it has no members or months", 1, 6),
        ("2026-04 * 2", "cannot multiply 2026-04 and 2: date and plain number", 1, 12),
    ])
    func reportsErrors(text: String, message: String, startColumn: Int, endColumn: Int) throws {
        let names: [String: Value] = ["r": .quantity(.money(1)), "purchases": .quantity(.money(1))]
        guard case .failure(let diagnostic) = evaluate(text, names: names) else {
            Issue.record("expected an error for \(text)")
            return
        }
        #expect(diagnostic.message == message)
        #expect(diagnostic.range?.start.column == startColumn)
        #expect(diagnostic.range?.end.column == endColumn)
        #expect(diagnostic.source?.text == text)
    }

    @Test func mismatchNotesEachSideAndSuggests() throws {
        guard case .failure(let diagnostic) = evaluate("45B + 25bp") else { Issue.record("no error"); return }
        #expect(diagnostic.notes == ["left side $45B is money", "right side 25bp is ratio"])
        guard case .failure(let plain) = evaluate("rate + 25", names: ["rate": .quantity(.ratio(0.01))]) else {
            Issue.record("no error"); return
        }
        #expect(plain.help == "give the plain number a unit, e.g. 25bp, 45B or 3 months")
        guard case .failure(let unknown) = evaluate("purchse", names: ["purchases": .bool(true)]) else {
            Issue.record("no error"); return
        }
        #expect(unknown.suggestion == "purchases")
    }

    /// Records what the evaluator passes to the resolver.
    final class RecordingResolver: NameResolver, @unchecked Sendable {
        var references: [NameReference] = []

        func resolve(_ reference: NameReference) -> Result<Value, Diagnostic> {
            references.append(reference)
            return .success(.quantity(.plain(1)))
        }
    }

    @Test func passesMembersAndIndexesToTheResolver() throws {
        let resolver = RecordingResolver()
        let source = SourceText(text: "btc.p10[1 + 2] + reserves[3] + Purchases")
        _ = try ExpressionEvaluator.evaluate(source, resolver: resolver).get()
        let references = resolver.references
        #expect(references.map(\.name) == ["btc", "reserves", "purchases"])
        #expect(references.map(\.member) == ["p10", nil, nil])
        #expect(references.map(\.index) == [3, 3, nil])
        #expect(source.text(in: references[0].range) == "btc.p10[1 + 2]")
        #expect(references[0].memberRange.map { source.text(in: $0) } == "p10")
        #expect(references[0].indexRange.map { source.text(in: $0) } == "1 + 2")
    }
}

/// Numbers too small to hold are errors, as numbers too large are (issue 11's parser mismatches).
struct TinyNumberTests {
    @Test(arguments: ["1e-400", "1e-9999", "1e-330", "1e-200 * 1e-200", "1e-300 / 1e100"])
    func tinyLiteralsAreRefused(text: String) {
        guard case .failure(let diagnostic) = ExpressionEvaluator.evaluate(SourceText(text: text)) else {
            Issue.record("\(text) read as a number"); return
        }
        #expect(diagnostic.message.contains("too small"), "\(diagnostic.message)")
    }

    @Test(arguments: ["0e-9999", "0", "1e-300", "0.0", "1e-320", "0 * 1e-300"])
    func zeroAndSmallNormalNumbersRead(text: String) {
        guard case .success = ExpressionEvaluator.evaluate(SourceText(text: text)) else {
            Issue.record("\(text) refused"); return
        }
    }

    @Test func deepNotIsBounded() {
        let text = String(repeating: "not ", count: 300) + "on"
        guard case .failure(let diagnostic) = ExpressionEvaluator.evaluate(SourceText(text: text)) else {
            Issue.record("300 nots parsed"); return
        }
        #expect(diagnostic.message.contains("too deeply nested"))
    }
}
