import Testing
@testable import FedLanguage

struct ParserTests {
    private func command(_ text: String) throws -> Command {
        let parsed = try statements(text)
        try #require(parsed.count == 1)
        return parsed[0].command
    }

    private func shape(_ expression: Expression) -> String {
        switch expression.kind {
        case .number(let literal):
            (literal.hasDollarSign ? "$" : "") + literal.number.text + (literal.unit?.spelling ?? "")
                + (literal.per.map { "/" + $0.spelling } ?? "")
        case .unit(let unit): unit.spelling
        case .boolean(let truth): "\(truth)"
        case .date(let year, let month): "\(year)-\(month)"
        case .day(let year, let month, let day): "\(year)-\(month)-\(day)"
        case .string(let text): "\"\(text)\""
        case .name(let name): name
        case .member(let base, let name, _): "\(shape(base)).\(name)"
        case .index(let base, let index): "\(shape(base))[\(shape(index))]"
        case .negate(let operand): "(-\(shape(operand)))"
        case .parenthesized(let inner): shape(inner)
        case .binary(let operation, let left, let right): "(\(shape(left)) \(operation.symbol) \(shape(right)))"
        case .not(let operand): "(not \(shape(operand)))"
        case .logical(let operation, let left, let right): "(\(shape(left)) \(operation.word) \(shape(right)))"
        case .converted(let value, let target): "(\(shape(value)) -> \(target.text))"
        }
    }

    @Test(arguments: [
        ("45B/month", "45B/month"),
        ("45B / month", "(45B / month)"),
        ("45B/month / 30B/month", "(45B/month / 30B/month)"),
        ("12/month", "(12 / month)"),
        ("a and b or c", "((a and b) or c)"),
        ("a or b and c", "(a or (b and c))"),
        ("not a and b", "((not a) and b)"),
        ("not not a", "(not (not a))"),
        ("qt == off and purchases == 0", "((qt == false) and (purchases == 0))"),
        ("not x < 1 or y", "((not (x < 1)) or y)"),
        ("AND_x", "and_x"),
        ("45B/month -> T/year", "(45B/month -> $T/year)"),
        ("a + b -> $B", "((a + b) -> $B)"),
        ("18 months -> years", "(18months -> years)"),
        ("x -> %", "(x -> %)"),
        ("$45B", "$45B"),
        ("$45", "$45"),
        ("18 months", "18months"),
        ("45 B", "45B"),
        ("1 + 2 * 3", "(1 + (2 * 3))"),
        ("(1 + 2) * 3", "((1 + 2) * 3)"),
        ("1 - 2 - 3", "((1 - 2) - 3)"),
        ("-x * 2", "((-x) * 2)"),
        ("- -5%", "(-(-5%))"),
        ("a + 1 < b", "((a + 1) < b)"),
        ("x == 25bp", "(x == 25bp)"),
        ("reserves[3]", "reserves[3]"),
        ("BTC.P10", "btc.p10"),
        ("btc.p10[month + 1]", "btc.p10[(month + 1)]"),
        ("45B/month * 12 months", "(45B/month * 12months)"),
        ("5%/year", "5%/year"),
        ("x / d", "(x / d)"),
        ("on", "true"),
        ("OFF", "false"),
        ("2026-04", "2026-4"),
        ("\"hi\"", "\"hi\""),
    ])
    func parsesExpressions(text: String, expected: String) throws {
        let expression = try Parser.parseExpression(SourceText(text: text)).get()
        #expect(shape(expression) == expected)
    }

    @Test func expressionRangesCoverTheirText() throws {
        let source = SourceText(text: "set x (1 + 2) * 45B/month")
        let parsed = try Parser.parseLine(source).get()
        guard case .set(_, let value) = parsed[0].command else { Issue.record("not a set"); return }
        #expect(source.text(in: value.range) == "(1 + 2) * 45B/month")
        #expect(value.range.start.column == 7)
    }

    @Test func parsesEveryCommand() throws {
        #expect(try command("show") == .show([], all: false))
        #expect(try command("SHOW all") == .show([], all: true))
        #expect(try command("reset") == .reset)
        #expect(try command("undo") == .undo)
        #expect(try command("quit") == .quit())
        #expect(try command("exit 3") == .quit(status: 3))
        #expect(throws: Diagnostic.self) { try command("exit 256") }
        #expect(try command("Exit") == .quit())
        #expect(try command("eval") == .eval())
        #expect(try command("eval --json") == .eval(format: .json))
        #expect(try command("eval --csv") == .eval(format: .csv))
        guard case .eval(let section?, .json) = try command("eval markets --json") else { Issue.record("eval"); return }
        #expect(section.text == "markets")
        #expect(throws: Diagnostic.self) { try command("eval --json --csv") }
        guard case .compare(_, .csv) = try command("compare cabana --csv") else { Issue.record("compare"); return }
        guard
            case .sweep(_, _, _, _, _, .json) = try command(
                "sweep purchases 0..45B/month step 15B/month show btc --json")
        else { Issue.record("sweep"); return }
        guard case .sensitivity(_, .json) = try command("sensitivity btc --json") else {
            Issue.record("sensitivity"); return
        }
        #expect(try command("param --csv") == .param(.show(nil, format: .csv)))
        guard case .show(_, true, .json) = try command("show all --json") else { Issue.record("show all"); return }
        #expect(try command("history") == .history(count: nil))
        #expect(try command("history 20") == .history(count: 20))
        #expect(try command("help") == .help(topic: nil))
        guard case .set(let name, _) = try command("SET Purchases = 45B/month") else { Issue.record("set"); return }
        #expect(name.text == "purchases")
        #expect(name.range.start.column == 5)
        guard case .set(let bare, _) = try command("set purchases 45B/month") else { Issue.record("set"); return }
        #expect(bare.text == "purchases")
        guard case .letBinding(let variable, _) = try command("let extra = 10B/month") else {
            Issue.record("let"); return
        }
        #expect(variable.text == "extra")
        guard case .show(let names, false, _) = try command("show purchases, rate_cut qt") else {
            Issue.record("show"); return
        }
        #expect(names.map(\.text) == ["purchases", "rate_cut", "qt"])
        guard case .unset(let unset) = try command("unset qt") else { Issue.record("unset"); return }
        #expect(unset.text == "qt")
        guard case .use(let preset) = try command("use fomc-dec-2025") else { Issue.record("use"); return }
        #expect(preset.text == "fomc-dec-2025")
        guard case .help(let topic?) = try command("help qt-continues") else { Issue.record("help"); return }
        #expect(topic.text == "qt-continues")
        guard case .print = try command("print 1 + 2") else { Issue.record("print"); return }
        guard case .assert = try command("assert reserves > 3T") else { Issue.record("assert"); return }
    }

    @Test(arguments: [
        ("save what-if.fed", "what-if.fed", false, false),
        ("save ../x/what-if.fed", "../x/what-if.fed", false, false),
        ("save --force /tmp/a.fed", "/tmp/a.fed", false, true),
        ("save \"/tmp/a b.fed\" --minimal --force", "/tmp/a b.fed", true, true),
        ("save ~/x.fed # comment", "~/x.fed", false, false),
        ("save a.fed; show", "a.fed", false, false),
    ])
    func parsesSavePaths(text: String, path: String, minimal: Bool, force: Bool) throws {
        let parsed = try statements(text)
        guard case .save(let argument, let isMinimal, let isForced) = parsed[0].command else {
            Issue.record("not a save"); return
        }
        #expect(argument.path == path)
        #expect(isMinimal == minimal)
        #expect(isForced == force)
    }

    @Test func parsesSourceAndNote() throws {
        guard case .source(let path) = try command("source lessons/one.fed") else { Issue.record("source"); return }
        #expect(path.path == "lessons/one.fed")
        let parsed = try statements("note QE begins: $45B/month!  ; show # x")
        guard case .note(let text) = parsed[0].command else { Issue.record("note"); return }
        #expect(text.text == "QE begins: $45B/month!")
        #expect(text.range.start.column == 6)
        #expect(parsed[1].command == .show([], all: false))
    }

    @Test func splitsStatementsAndKeepsTheirRanges() throws {
        let source = SourceText(text: "set qt off ;  set  purchases 45B/month # why\nshow")
        let parsed = try Parser.parseLine(source).get()
        #expect(parsed.map { source.text(in: $0.range) } == ["set qt off", "set  purchases 45B/month", "show"])
        #expect(parsed.map(\.syntax.name) == ["set", "set", "show"])
        #expect(parsed[1].range.start.column == 15)
        #expect(parsed[1].keywordRange.end.column == 18)
        #expect(parsed[2].range.start.line == 2)
        #expect(try statements("  ;; # only a comment").isEmpty)
    }

    @Test func listsCommandWords() {
        #expect(CommandSyntax.all.map(\.name).contains("set"))
        #expect(CommandSyntax.named("exit")?.name == "quit")
        #expect(CommandSyntax.allWords.contains("exit"))
    }

    @Test func everyCommandHasAGroupASynopsisAndNoDuplicateWord() {
        let words = CommandSyntax.allWords
        #expect(Set(words).count == words.count)
        for command in CommandSyntax.all {
            #expect(!command.synopsis.isEmpty, "\(command.name)")
            #expect(command.synopsis.allSatisfy { $0.hasPrefix(command.name) }, "\(command.name)")
        }
    }
}
