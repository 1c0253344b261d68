import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

// The one `run(SourceText)` path in Session.swift: scripts, separators, comments, line endings,
// and the prompt.

@Test func aScriptStopsAtItsFirstFailingLine() {
    let shell = Harness()
    let script = "set purchases 45B/month\nset nosuch 1\nset qt on\n"
    let (outcome, printed) = shell.run(script, name: "lesson.fed")
    #expect(outcome.failures == 1)
    #expect(printed.contains("lesson.fed:2:5: error: unknown variable 'nosuch'"))
    #expect(shell.scenario.purchases == 45)
    #expect(!shell.scenario.quantitativeTightening)
    #expect(!printed.contains("qt = on"))
}

@Test func keepGoingRunsEveryLineAndCountsFailures() {
    let shell = Harness(options: .keepingGoing)
    let script = "set nosuch 1\nset purchases 45B/month\nset rate_cut 25\nset qt on\n"
    let (outcome, printed) = shell.run(script, name: "lesson.fed")
    #expect(outcome.failures == 2)
    #expect(printed.contains("lesson.fed:1:5: error: unknown variable 'nosuch'"))
    #expect(printed.contains("lesson.fed:3:14: error: rate_cut needs a unit"))
    #expect(shell.scenario.purchases == 45)
    #expect(shell.scenario.quantitativeTightening)
    #expect(shell.scenario.rateCut == 25)
}

@Test func typedLinesCarryOnAfterAnError() {
    let shell = Harness()
    let (outcome, _) = shell.run("set nosuch 1\nset qt on")
    #expect(outcome.failures == 1)
    #expect(shell.scenario.quantitativeTightening)
}

@Test func semicolonsSeparateStatements() {
    let shell = Harness()
    let printed = shell.succeed("set purchases 45B/month; set qt on;set rate_cut 50bp")
    #expect(printed == "purchases = $45B/month (was $0/month)\nqt = on (was off)\nrate_cut = 50bp (was 25bp)\n")
}

@Test func aFailingStatementStopsTheRestOfItsLineButKeepsWhatCameBefore() {
    let shell = Harness()
    let (outcome, printed) = shell.run("set qt on; set nosuch 1; set purchases 45B/month", name: "lesson.fed")
    #expect(outcome.failures == 1)
    #expect(printed.contains("lesson.fed:1:16: error: unknown variable 'nosuch'"))
    #expect(shell.scenario.quantitativeTightening)
    #expect(shell.scenario.purchases == 0)
}

/// A script and what it must leave behind, however its lines are written.
struct ScriptCase: Sendable, CustomTestStringConvertible {
    let label: String
    let text: String
    var testDescription: String { label }
}

@Test(arguments: [
    ScriptCase(label: "plain", text: "set purchases 45B/month\nset qt on\n"),
    ScriptCase(
        label: "comments",
        text: "# a lesson\nset purchases 45B/month   # Cabana's number\n  # indented comment\nset qt on # runoff\n"),
    ScriptCase(label: "blank lines", text: "\n\nset purchases 45B/month\n   \n\t\nset qt on\n\n\n"),
    ScriptCase(label: "CRLF", text: "set purchases 45B/month\r\nset qt on\r\n"),
    ScriptCase(
        label: "CRLF with a comment and blank", text: "# header\r\n\r\nset purchases 45B/month # c\r\nset qt on\r\n"),
    ScriptCase(label: "no final newline", text: "set purchases 45B/month\nset qt on"),
    ScriptCase(label: "CRLF, no final newline", text: "set purchases 45B/month\r\nset qt on"),
    ScriptCase(label: "one line with ;", text: "set purchases 45B/month; set qt on"),
    ScriptCase(label: "trailing ;", text: "set purchases 45B/month;set qt on;"),
])
func scriptsRunWhateverTheirLayout(_ testCase: ScriptCase) {
    let shell = Harness()
    let (outcome, printed) = shell.run(testCase.text, name: "lesson.fed")
    #expect(outcome.failures == 0, "\(printed)")
    #expect(shell.scenario.purchases == 45)
    #expect(shell.scenario.quantitativeTightening)
}

@Test(arguments: [
    ScriptCase(label: "LF", text: "\n# intro\n\nset nosuch 1\n"),
    ScriptCase(label: "CRLF", text: "\r\n# intro\r\n\r\nset nosuch 1\r\n"),
    ScriptCase(label: "no final newline", text: "\n# intro\n\nset nosuch 1"),
])
func errorsAfterBlankAndCommentLinesNameTheRightLine(_ testCase: ScriptCase) {
    let shell = Harness()
    let (outcome, printed) = shell.run(testCase.text, name: "lesson.fed")
    #expect(outcome.failures == 1)
    #expect(
        printed.hasPrefix("lesson.fed:4:5: error: unknown variable 'nosuch'\n  set nosuch 1\n      ^~~~~~\n"),
        "\(printed)")
    #expect(!printed.contains("\r"))
}

@Test func quitStopsTheScript() {
    let shell = Harness()
    let (outcome, _) = shell.run("set qt on\nquit\nset purchases 45B/month\n", name: "lesson.fed")
    #expect(outcome.quitRequested)
    #expect(outcome.failures == 0)
    #expect(shell.scenario.quantitativeTightening)
    #expect(shell.scenario.purchases == 0)
}

@Test func echoPrintsEachScriptCommandBeforeItsOutput() {
    var options = Session.Options.testing
    options.echo = true
    let shell = Harness(options: options)
    let (_, printed) = shell.run("set qt on\n", name: "lesson.fed")
    #expect(printed == "fedsh> set qt on\nqt = on (was off)\n")
}

@Test func promptShowsThePresetAndAStarAfterAChange() {
    let shell = Harness()
    #expect(shell.session.prompt == "fedsh> ")
    shell.succeed("use cabana")
    #expect(shell.session.prompt == "fedsh[cabana]> ")
    shell.succeed("set purchases 50B/month")
    #expect(shell.session.prompt == "fedsh[cabana*]> ")
    shell.succeed("set purchases 45B/month")
    #expect(shell.session.prompt == "fedsh[cabana]> ")
    shell.succeed("reset")
    #expect(shell.session.prompt == "fedsh> ")
}

@Test func promptHasNoStarWhenOnlyRunSettingsDifferFromThePreset() {
    // `use` keeps horizon, seed and draws; they are not a change to the preset.
    let shell = Harness()
    shell.succeed("set draws 200; use cabana")
    #expect(shell.session.prompt == "fedsh[cabana]> ")
    shell.succeed("set seed 9")
    #expect(shell.session.prompt == "fedsh[cabana]> ")
}

@Test func historyListsTypedLinesButNotScriptLines() {
    let shell = Harness()
    shell.succeed("set qt on")
    shell.run("set purchases 45B/month", name: "lesson.fed")
    shell.succeed("show qt")
    let printed = shell.succeed("history")
    #expect(printed == "    1  set qt on\n    2  show qt\n    3  history\n")
}

@Test(arguments: [
    "", ";", ";;", "   ", "#", "set", "set purchases", "let", "let x", "let x =", "print (", "print )", "print 1 +",
    "\u{0}", "\u{1B}[A", "set purchases 45B/month/month", "print 1/0", "print 1e400", "set purchases 1e400B/month",
    "set rate_cut 0/0 bp", "print reserves[99999999999999999999]", "help \u{FFFD}", "save", "source", "use",
    "print \"unterminated", "set 😀 1", "print 1 +* 2", "eval --nosuch", "history -1", "history 0",
])
func malformedInputNeverCrashesAndNeverChangesState(_ line: String) {
    let shell = Harness()
    shell.succeed("set purchases 45B/month")
    let before = shell.state
    let (outcome, _) = shell.run(line, name: "lesson.fed")
    if outcome.failures > 0 { #expect(shell.state == before) }
}

@Test func notesWrapToTheTerminalWidth() {
    var options = Session.Options.testing
    options.terminalWidth = 40
    let shell = Harness(options: options)
    let printed = shell.succeed(
        "note Money markets had shown strain in the autumn: SOFR above the top of the range on several days.")
    let lines = printed.split(separator: "\n")
    #expect(lines.count > 1)
    #expect(lines.allSatisfy { $0.count <= 40 && $0.hasPrefix("  │ ") })
    #expect(
        lines.map { $0.dropFirst(4) }.joined(separator: " ")
            == "Money markets had shown strain in the autumn: SOFR above the top of the range on several days.")
}

@Test func pastedMinusSignsAndMonthIndexesRead() {
    let shell = Harness()
    #expect(shell.succeed("set rate_cut −25bp") == "rate_cut = -25bp (was 25bp)\n")
    shell.succeed("set draws 200; eval --json")
    #expect(shell.succeed("print reserves[3 months] == reserves[3]") == "true\n")
    #expect(shell.succeed("print reserves[horizon] == reserves") == "true\n")
}

@Test func keepGoingCarriesOnWithTheRestOfAScriptLine() {
    var options = Session.Options.testing
    options.keepGoing = true
    let shell = Harness(options: options)
    let (outcome, printed) = shell.run("print nosuch; set qt on", name: "k.fed")
    #expect(outcome.failures == 1)
    #expect(printed.contains("qt = on (was off)"))
}

@Test(arguments: [
    ("print 45b", "did you mean 'B'?"),
    ("set rate_cut 0.25", "help: did you mean 0.25% or 0.25bp?"),
    ("print purchases.p10", "'purchases' is a scenario variable: it has no band or months"),
])
func messagesPointAtTheLikelySlip(command: String, expected: String) {
    let shell = Harness()
    let before = shell.state
    let (outcome, printed) = shell.run(command)
    #expect(outcome.failures == 1)
    #expect(printed.contains(expected), "\(printed)")
    #expect(shell.state == before)
}

@Test func clearAsksTheTerminalAndChangesNothing() {
    final class Count: @unchecked Sendable { var value = 0 }
    let count = Count()
    var options = Session.Options.testing
    options.clearScreen = { count.value += 1 }
    let shell = Harness(options: options)
    let (outcome, printed) = shell.run("set purchases 45B/month\nclear\nundo\n", name: "class.fed")
    #expect(outcome.failures == 0)
    #expect(count.value == 1)
    // clear is not a change: undo takes back the purchases, the last change.
    #expect(shell.scenario.purchases == 0)
    #expect(!printed.contains("\u{1B}"))
    // Without a terminal there is nothing to clear, and no error.
    #expect(Harness().run("clear").0.failures == 0)
}
