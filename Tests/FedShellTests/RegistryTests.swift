import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

// The command registry (FedLanguage/Commands), the output presentation table
// (Presentation/Output+Presentation.swift) and the rules derived from them.

@Test(arguments: CommandSyntax.all)
func helpOnACommandPrintsItsSynopsisNotNeedsNothing(_ command: CommandSyntax) {
    let printed = Harness().succeed("help \(command.name)")
    for form in command.synopsis { #expect(printed.contains("  usage: \(form)\n"), "\(printed)") }
    #expect(!printed.contains("needs nothing"))
    for line in command.details { #expect(printed.contains(String(line.prefix(20))), "\(command.name)") }
}

@Test func helpGroupsFollowTheRegistry() {
    let printed = Harness().succeed("help")
    for group in CommandGroup.allCases {
        let names = CommandSyntax.all.filter { $0.group == group }.map(\.name)
        #expect(!names.isEmpty)
        let heading = try? #require(printed.range(of: group.title + ":\n"))
        #expect(heading != nil)
    }
}

@Test func flagsComeFromTheRegistry() {
    let shell = Harness()
    let (outcome, printed) = shell.run("eval --jsno")
    #expect(outcome.failures == 1)
    #expect(printed.contains("eval accepts --json"), "\(printed)")
    #expect(printed.contains("did you mean '--json'?"), "\(printed)")
}

@Test func subcommandErrorsListTheRegisteredActions() {
    let (_, printed) = Harness().run("scenario load x")
    #expect(printed.contains("scenario takes save, use, delete, list, diff"), "\(printed)")
}

@Test func completionNeverOffersWhatTheCommandRejects() {
    let shell = Harness()
    let offered = shell.session.completions(lineBeforeCursor: "sweep ").candidates
    #expect(offered.contains("purchases"))
    #expect(offered.contains("horizon"))
    #expect(!offered.contains("seed") && !offered.contains("draws"))
    for name in offered {
        let (outcome, printed) = shell.run("sweep \(name) 0..1 step 1")
        #expect(!printed.contains("cannot sweep \(name)"), "\(name): \(printed)")
        _ = outcome
    }
    #expect(shell.session.completions(lineBeforeCursor: "plot btc --svg ").replacing == 0)
    #expect(shell.session.completions(lineBeforeCursor: "eval ").candidates == ReportSection.words.sorted())
    #expect(shell.session.completions(lineBeforeCursor: "eval --").candidates == ["--csv", "--json"])
    #expect(shell.session.completions(lineBeforeCursor: "param reset ").candidates.isEmpty)
    shell.succeed("param btc_beta 2")
    #expect(shell.session.completions(lineBeforeCursor: "param reset ").candidates == ["btc_beta"])
}

@Test func theQuickRandomTestsLeaveOutSlowAndFileCommands() {
    let words = Set(FuzzRegressionTests.slowOrOutsideWords)
    for word in ["eval", "compare", "sweep", "plot", "sensitivity", "save", "source", "export", "record", "lesson",
                 "pause", "quit", "exit"] {
        #expect(words.contains(word), "\(word)")
    }
    #expect(!words.contains("set") && !words.contains("show"))
}

// MARK: freshness

@Test func showOfAnOutputAfterAChangeIsRefusedLikePrint() {
    let shell = Harness()
    shell.succeed("set draws 50; eval")
    shell.succeed("show reserves")
    shell.succeed("set purchases 45B/month")
    for command in ["show reserves", "print reserves", "assert reserves > 0"] {
        let (outcome, printed) = shell.run(command)
        #expect(outcome.failures == 1, "\(command)")
        #expect(printed.contains("from the last eval, and the scenario has changed since"), "\(command): \(printed)")
    }
    shell.succeed("eval")
    shell.succeed("show reserves")
}

// MARK: restore on failure

@Test func aFailedCommandLeavesTheStateAsItWasAndEarlierCommandsOnTheLineStand() {
    let shell = Harness()
    let (outcome, _) = shell.run("set purchases 45B/month; set rate_cut 0; set purchse 1; set qt on")
    #expect(outcome.failures == 1)
    #expect(shell.scenario.purchases == 45)
    #expect(shell.scenario.rateCut == 0)
    #expect(!shell.scenario.quantitativeTightening, "the line stops at the failed command at the prompt")
    shell.succeed("undo")
    #expect(shell.scenario.rateCut == Scenario().rateCut, "each command that stood is its own undo step")
}

@Test func theFailurePolicyDependsOnTheOrigin() {
    let shell = Harness()
    #expect(shell.session.failurePolicy(for: .prompt) == .nextLine)
    for origin: SourceText.Origin in [.file, .commandString, .standardInput, .sourced, .recovery] {
        #expect(shell.session.failurePolicy(for: origin) == .stop)
    }
    let keeping = Harness(options: .keepingGoing)
    #expect(keeping.session.failurePolicy(for: .file) == .keepGoing)
    #expect(keeping.session.failurePolicy(for: .prompt) == .nextLine)
    let (outcome, _) = keeping.run("set purchse 1; set purchases 45B/month\nset qt on", name: "script.fed")
    #expect(outcome.failures == 1)
    #expect(keeping.scenario.purchases == 45 && keeping.scenario.quantitativeTightening)
}

@Test func aScriptNamedLikeThePromptIsStillAScript() {
    let shell = Harness()
    let (outcome, _) = shell.run("set purchse 1\nset qt on", name: SourceText.interactiveName)
    #expect(outcome.stoppedAtFailure)
    #expect(!shell.scenario.quantitativeTightening)
    #expect(shell.session.enteredLines.isEmpty, "script lines are not history")
}

// MARK: the presentation table

@Test(arguments: Output.allCases)
func everyOutputHasAPresentation(_ output: Output) {
    let presentation = output.presentation
    #expect(!presentation.label.isEmpty)
    #expect(!output.unitPresentation.jsonName.isEmpty)
    #expect(!output.unitPresentation.axisLabel.isEmpty)
    if presentation.section == .markets { #expect(presentation.startLevel != nil, "\(output)") }
    let formatted = output.unitPresentation.format(1)
    #expect(!formatted.isEmpty)
}

@Test func theReportShowsEachSectionsOutputsFromTheTable() {
    let printed = Harness().succeed("set draws 50; eval full")
    for section in [ReportSection.moneyMarkets, .markets] {
        for output in Output.inSection(section) {
            #expect(printed.contains("\n  " + output.presentation.label), "\(output)")
        }
    }
}

@Test func colourFollowsStructure() {
    var options = Session.Options.testing
    options.color = true
    let shell = Harness(options: options)
    let printed = shell.succeed("use repo-2019; set draws 50; eval full")
    #expect(printed.contains("\u{1B}[1mbalance sheet"))
    #expect(printed.contains("\u{1B}[31mscarce\u{1B}[0m"))
    let plain = Harness().succeed("use repo-2019; set draws 50; eval full")
    #expect(!plain.contains("\u{1B}["))
    let stripped = printed.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(stripped == plain, "colour adds escapes only; the layout is the same")
}

@Test func theReplayableCommandsAreThoseThatChangeTheStateThemselves() {
    let words = Set(CommandSyntax.all.filter(CommandTraits.replayable).flatMap(\.words))
    #expect(words == ["set", "unset", "reset", "use", "scenario", "let", "param", "data"])
    // Everything a session logs for save and the journal is one of them.
    let shell = Harness()
    shell.succeed("set purchases 45B/month; let x = 1; param btc_beta 2; scenario save mine; use cabana; unset x")
    shell.succeed("reset; set qt on")
    for command in shell.session.replayableCommands {
        let word = String(command.prefix { $0 != " " })
        #expect(words.contains(word), "\(command)")
    }
}

/// The parser and the command log take command words, sub-actions, flags and keywords from the
/// registry (issue 10): no parse or replay code spells them itself.
@Test(arguments: [
    "Sources/FedLanguage/Parser/Parser+Arguments.swift", "Sources/FedLanguage/Parser/Parser+WhatIfCommands.swift",
    "Sources/FedShell/Parameters/Session+Parameters.swift", "Sources/FedShell/Scenarios/Session+Variables.swift",
                  "Sources/FedShell/Scenarios/Session+Scenarios.swift", "Sources/FedShell/Data/Session+Data.swift"])
func noCommandWordIsSpelledOutsideTheRegistry(file: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    for literal in [
        "== \"step\"", "== \"show\"", "case \"svg\"", "case \"force\"", "contains(\"force\")", "log.append(\"",
    ] {
        #expect(!text.contains(literal), "\(file) spells \(literal)")
    }
}

@Test func theLogWritesTheRegisteredWords() {
    let shell = Harness()
    shell.succeed(
        "set purchases 45B/month; unset purchases; use cabana; let x = 3; param btc_beta 2; param reset btc_beta")
    shell.succeed("scenario save mine; scenario use mine; scenario delete mine")
    #expect(shell.session.state.log.lines == [
        "set purchases $45B/month", "unset purchases", "use cabana", "let x = 3", "param btc_beta 2",
        "param reset btc_beta", "scenario save mine", "scenario use mine", "scenario delete mine",
    ])
}

@Test func sweepKeywordsAndChartFlagsAreTheRegistrysOwn() {
    #expect(CommandSyntax.named("sweep")?.keywords == [.step, .show])
    #expect(CommandSyntax.named("plot")?.flags == CommandFlag.chart)
    let text = Harness().run("data plot WALCL --sha256 x").text
    #expect(text.contains("unknown option '--sha256' for data"), "\(text)")
}
