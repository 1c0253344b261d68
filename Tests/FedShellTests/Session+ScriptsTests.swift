import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

// save and source: Session+Scripts.swift and ScriptFile.swift.

/// A session with a bit of everything: a preset then changed, a front-loaded schedule, QT, a cut,
/// dates, awkward fractions and user variables.
private let buildState = """
set draws 200
use fomc-dec-2025
set purchases 50B/month
set elevated_months 6 months
set qt on
set rate_cut 50bp
set expected_cut 0.25%
set purchase_start 2026-02
set instrument coupons
set gdp_growth 5%/year / 7
set later_purchases 100B/month / 3
set tga_level 800B
let extra = 10B/month
let third = 1/3
let when = 2026-03
let long = 18 months
set seed 11
"""

@Test(arguments: [false, true])
func saveThenSourceRebuildsTheStateAndTheReport(minimal: Bool) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let original = Harness()
    original.succeed(buildState)
    let file = folder.path("what-if.fed")
    let saved = original.succeed("save \(minimal ? "--minimal " : "")\(file)")
    #expect(saved.hasPrefix("saved "))
    #expect(saved.hasSuffix(" to \(file)\n"))

    let replayed = Harness()
    replayed.succeed("source \(file)")
    #expect(replayed.scenario == original.scenario)
    #expect(replayed.state.userVariables == original.state.userVariables)

    let originalReport = original.succeed("eval")
    let replayedReport = replayed.succeed("eval")
    let originalJSON = original.succeed("eval --json")
    let replayedJSON = replayed.succeed("eval --json")
    // Everything but the scenario's name in the first line must match in both kinds of save.
    #expect(originalReport.split(separator: "\n").dropFirst() == replayedReport.split(separator: "\n").dropFirst())
    #expect(replayedReport == originalReport)
    #expect(replayedJSON == originalJSON)
    #expect(replayed.state.presetName == original.state.presetName)
}

@Test func savedScriptStartsWithTheHeaderAndReplaysWithAReset() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let shell = Harness()
    shell.succeed("set purchases 45B/month; set qt on")
    shell.succeed("save \(folder.path("a.fed"))")
    let text = try folder.read("a.fed")
    #expect(text == """
    # fedsh 0.1 scenario script, saved 2025-12-10
    # start: FOMC 10 Dec 2025 (dec-2025); replay with: fedsh a.fed
    reset
    set purchases $45B/month
    set qt on

    """)
}

@Test func minimalSaveHoldsOnlyWhatDiffersFromTheDefaults() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let shell = Harness()
    shell.succeed("set purchases 45B/month; set qt on; set qt off; set rate_cut 0bp; set rate_cut 25bp; let extra = 1B")
    shell.succeed("save --minimal \(folder.path("m.fed"))")
    let commands = try folder.read("m.fed").split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(commands == ["reset", "set purchases $45B/month", "let extra = $1B"])
}

@Test func saveNeverOverwritesWithoutForce() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write("keep.fed", "precious\n")
    let shell = Harness()
    shell.succeed("set qt on")
    let before = shell.state
    let (outcome, printed) = shell.run("save \(file)", name: "lesson.fed")
    #expect(outcome.failures == 1)
    #expect(printed.contains("lesson.fed:1:6: error: \(file) already exists"))
    #expect(printed.contains("help: use 'save --force \(file)' to replace it"))
    #expect(try folder.read("keep.fed") == "precious\n")
    #expect(shell.state == before)

    shell.succeed("save --force \(file)")
    let replaced = try folder.read("keep.fed")
    #expect(replaced.hasPrefix("# fedsh 0.1 scenario script, saved 2025-12-10\n"))
    #expect(replaced.hasSuffix("reset\nset qt on\n"))
    // The flag may also follow the path.
    shell.succeed("set purchases 45B/month")
    shell.succeed("save \(file) --force")
    #expect(try folder.read("keep.fed").hasSuffix("set purchases $45B/month\n"))
    // No temporary files are left behind.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["keep.fed"])
}

@Test func savingIntoAMissingFolderFailsCleanly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = folder.path("nowhere/a.fed")
    let shell = Harness()
    shell.succeed("set qt on")
    let (outcome, printed) = shell.run("save \(file)", name: "lesson.fed")
    #expect(outcome.failures == 1)
    #expect(printed.contains("lesson.fed:1:6: error: no such folder: \(folder.path("nowhere"))"))
    #expect(!folder.exists("nowhere"))
}

@Test func sourceTakesPathsFromTheIncludingScriptsFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("lessons/main.fed", "source parts/policy.fed\nset rate_cut 50bp\nsave out.fed\n")
    try folder.write("lessons/parts/policy.fed", "set qt on\nsource more/pace.fed\n")
    try folder.write("lessons/parts/more/pace.fed", "set purchases 45B/month\n")
    let shell = Harness()
    let (outcome, printed) = shell.run("source \(folder.path("lessons/main.fed"))")
    #expect(outcome.failures == 0, "\(printed)")
    #expect(shell.scenario.quantitativeTightening)
    #expect(shell.scenario.purchases == 45)
    #expect(shell.scenario.rateCut == 50)
    // `save` inside a script writes beside the script too.
    #expect(folder.exists("lessons/out.fed"))
}

@Test func aScriptThatSourcesItselfFailsCleanly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write("loop.fed", "set qt on\nsource loop.fed\n")
    let shell = Harness()
    let before = shell.state
    let (outcome, printed) = shell.run("source \(file)")
    #expect(outcome.failures == 1)
    #expect(printed.contains("\(file):2:8: error: \(file) is already being run (a script cannot source itself)"))
    #expect(printed.contains("error: \(file) stopped at an error; nothing it did was kept"))
    #expect(shell.state == before)
    #expect(shell.session.sourceStack.isEmpty)
}

@Test func scriptsThatSourceEachOtherFailCleanly() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a.fed", "set qt on\nsource b.fed\n")
    try folder.write("b.fed", "set purchases 45B/month\nsource a.fed\n")
    let shell = Harness()
    let (outcome, printed) = shell.run("source \(folder.path("a.fed"))")
    #expect(outcome.failures == 1)
    #expect(printed.contains("already being run"))
    #expect(shell.state == SessionState())
}

@Test func sourcingIsBoundedInDepth() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    for level in 0..<40 { try folder.write("level\(level).fed", "source level\(level + 1).fed\n") }
    try folder.write("level40.fed", "set qt on\n")
    let shell = Harness()
    let (outcome, printed) = shell.run("source \(folder.path("level0.fed"))")
    #expect(outcome.failures == 1)
    #expect(printed.contains("error: scripts nested too deeply (16 levels)"))
    #expect(shell.state == SessionState())
    #expect(shell.session.sourceStack.isEmpty)
}

@Test func aFailingSourcedScriptLeavesTheStateAsBefore() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write(
        "bad.fed", "set qt on\nlet extra = 5B/month\nset rate_cut 25\nset purchases 90B/month\n")
    let shell = Harness()
    shell.succeed("set purchases 45B/month")
    let before = shell.state
    let undoDepth = shell.session.undoStack.count
    let (outcome, printed) = shell.run("source \(file)", name: "lesson.fed")
    #expect(outcome.failures == 1)
    #expect(printed.contains("\(file):3:14: error: rate_cut needs a unit"))
    #expect(printed.contains("lesson.fed:1:8: error: \(file) stopped at an error; nothing it did was kept"))
    #expect(shell.state == before)
    #expect(shell.session.undoStack.count == undoDepth)
}

@Test func undoAfterSourceUndoesTheWholeScript() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write("lesson.fed", "set qt on\nset purchases 90B/month\nlet extra = 5B/month\nuse cabana\n")
    let shell = Harness()
    shell.succeed("set purchases 45B/month")
    let before = shell.state
    shell.succeed("source \(file)")
    #expect(shell.scenario.purchases == 45)
    #expect(shell.state.presetName == "cabana")
    shell.succeed("undo")
    #expect(shell.state == before)
    shell.succeed("undo")
    #expect(shell.state == SessionState())
}

@Test func aSourcedScriptMayEvalAndAssert() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let file = try folder.write(
        "check.fed", "set draws 200\nuse cabana\neval\nassert regime == ample\nassert reserves > 10T\n")
    let shell = Harness()
    let (outcome, printed) = shell.run("source \(file)")
    #expect(outcome.failures == 1)
    #expect(printed.contains("\(file):5:8: error: assertion failed"))
    #expect(shell.state == SessionState())
}
