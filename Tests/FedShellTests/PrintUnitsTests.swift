import Testing
@testable import FedLanguage
@testable import FedShell

/// `and`/`or`/`not`, rates as one literal, `->` and one precision and minus sign in `print`
/// (the first-day review's defects 12 and 13 and its scripting gaps).
struct PrintUnitsTests {
    @Test(arguments: [
        ("qt == off and purchases == 0", "true"),
        ("qt == on or purchases == 0", "true"),
        ("qt == on and purchases == 0", "false"),
        ("not qt", "true"),
        ("not (qt == off)", "false"),
        ("qt == on or purchases == 0 and horizon > 1 month", "true"),
        ("NOT qt AND horizon == 12 months", "true"),
    ])
    func logicalWords(expression: String, printed: String) {
        #expect(Harness().succeed("print " + expression) == printed + "\n")
    }

    @Test func assertTakesLogicalWords() {
        let shell = Harness()
        shell.succeed("assert qt == off and purchases == 0")
        #expect(shell.run("assert qt == off and purchases > 0", name: "a.fed").outcome.failures == 1)
    }

    @Test func theRightSideIsOnlyEvaluatedWhenItDecides() {
        // `reserves` before `eval` is an error; `or` after a true left side never reads it.
        #expect(Harness().succeed("print horizon > 0 or reserves > 3T") == "true\n")
        #expect(Harness().succeed("print horizon < 0 and reserves > 3T") == "false\n")
        #expect(Harness().run("print horizon > 0 and reserves > 3T").text.contains("eval"))
    }

    @Test(arguments: [
        ("print 1 and qt", "'and' needs a condition on each side, not 1"),
        ("print qt or 45B", "'or' needs a condition on each side, not $45B"),
        ("print not 3", "'not' needs a condition, not 3"),
        ("let or = 1", "'or' is already a word of the language"),
    ])
    func logicalWordsRefuseWhatIsNotACondition(line: String, message: String) {
        let shell = Harness()
        let before = shell.session.state
        let text = shell.run(line).text
        #expect(text.contains(message), "\(text)")
        #expect(shell.session.state == before)
    }

    @Test(arguments: [
        ("45B/month / 30B/month", "1.5"),
        ("90B/month / 30B/month", "3"),
        ("5%/year * 12 months", "5%"),
        ("45B/month * 12 months", "$540B"),
        ("2.3pp", "2.3pp"),
        ("2.3pp + 0.2pp", "2.5pp"),
        ("150bp", "150bp"),
        ("2.3%", "2.3%"),
    ])
    func unitArithmetic(expression: String, printed: String) {
        #expect(Harness().succeed("print " + expression) == printed + "\n")
    }

    @Test(arguments: [
        ("45B/month -> T/year", "$0.54T/year"),
        ("45B/month -> B/year", "$540B/year"),
        ("1.5T -> $B", "$1500B"),
        ("18 months -> years", "1.5 years"),
        ("25bp -> %", "0.25%"),
        ("0.5% -> bp", "50bp"),
        ("-25bp -> pp", "−0.25pp"),
        ("45B/month -> B/week", "$10.38B/week"),
    ])
    func conversion(expression: String, printed: String) {
        #expect(Harness().succeed("print " + expression) == printed + "\n")
    }

    @Test(arguments: ["print 45B -> bp", "print 3 -> T", "print 45B/month -> T", "print 1T ->", "print 1T -> x"])
    func conversionToAnotherKindIsRefused(line: String) {
        let (outcome, text) = Harness().run(line)
        #expect(outcome.failures == 1)
        #expect(text.contains("->") || text.contains("unit"), "\(text)")
    }

    @Test func letKeepsAConvertedValueExactly() {
        let shell = Harness()
        shell.succeed("let pace = 45B/month -> T/year")
        #expect(shell.succeed("print pace") == "$0.54T/year\n")
        #expect(shell.succeed("print pace == 45B/month") == "true\n")
        #expect(shell.session.state.log.lines.contains("let pace = $45B/month"))
    }

    @Test(arguments: [("-18.26bp", "−18.3bp"), ("-1%", "−1%"), ("-25bp", "−25bp"), ("3.875%", "3.875%"),
                      ("-$37.25B", "−$37.25B"), ("12345", "12345"), ("-12345", "−12345"), ("0.04bp", "0bp")])
    func printUsesTheReportsMinusAndPrecision(expression: String, printed: String) {
        #expect(Harness().succeed("print " + expression) == printed + "\n")
    }
}
