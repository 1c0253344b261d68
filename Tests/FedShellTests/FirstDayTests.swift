import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// What a new user types in the first hour, from the first-day review: each works.
struct FirstDayTests {
    @Test(arguments: [("+2.3%", "2.3%"), ("6,847", "6847"), ("$92,000", "$92k"), ("+$494.5B", "$494.5B"),
                      ("1,234,567", "1234567"), ("−25bp - 5bp", "−30bp")])
    func numbersPastedFromReportsReadBack(typed: String, printed: String) {
        #expect(Harness().succeed("print " + typed) == printed + "\n")
    }

    @Test func aCommaNotGroupingThreeDigitsStaysAnError() {
        #expect(Harness().run("print 6,84").outcome.failures == 1)
        #expect(Harness().run("print 1,2345").outcome.failures == 1)
    }

    @Test func undoSaysWhatItUndid() {
        let shell = Harness()
        shell.succeed("set purchases 10B/month; use cabana")
        #expect(shell.succeed("undo") == "undone: use cabana\n")
        #expect(shell.succeed("undo") == "undone: set purchases $10B/month\n")
    }

    @Test func loadIsSource() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("a.fed")
        try "set purchases 20B/month\n".write(to: script, atomically: true, encoding: .utf8)
        let shell = Harness()
        shell.succeed("load \(script.path)")
        #expect(shell.succeed("print purchases") == "$20B/month\n")
    }

    @Test func helpFallsBackToTheGlossary() {
        let printed = Harness().succeed("help sofr")
        #expect(printed.hasPrefix("SOFR\n  The Secured Overnight Financing Rate"), "\(printed)")
        #expect(Harness().run("help nothing-like-it").text.contains("no help on"))
    }

    @Test(arguments: ["ON RRP", "net liquidity", "10-year equivalents", "10-year-equivalents", "bank assets",
                      "term premium", "surprise vs expected", "\"on rrp\""])
    func glossaryTermsAsListed(term: String) {
        let printed = Harness().succeed("glossary " + term)
        #expect(printed.contains("see it:"), "\(term): \(printed)")
    }

    @Test func useFindsASavedScenario() {
        let shell = Harness()
        shell.succeed("set purchases 30B/month; scenario save mine; reset")
        #expect(shell.succeed("use mine").hasPrefix("using mine"))
        #expect(shell.succeed("print purchases") == "$30B/month\n")
        #expect(shell.run("use nothing").text.contains("unknown preset 'nothing'"))
    }

    @Test func plotSVGNamesAreChecked() {
        let shell = Harness()
        #expect(shell.run("plot btc --svg").text.contains("--svg needs a file name ending in .svg"))
        #expect(shell.run("plot btc --svg out.png").text.contains("writes .svg files, not out.png"))
        #expect(shell.run("plot btc --svg /tmp").text.contains("/tmp is a folder"))
    }
}

extension FirstDayTests {
    @Test func aSettingWithNoEffectWarns() {
        let shell = Harness()
        let late = shell.succeed("set purchases 10B/month; set purchase_start 20")
        #expect(
            late.contains("warning: purchase_start has no effect here: purchases start after the horizon"), "\(late)")
        let flat = shell.succeed("set later_purchases 5B/month")
        #expect(flat.contains("warning: later_purchases has no effect here"), "\(flat)")
        #expect(!shell.succeed("set schedule front-loaded; set later_purchases 6B/month").contains("warning"))
        #expect(!shell.succeed("set purchase_start 2").contains("warning"))
    }
}

extension FirstDayTests {
    @Test func redoPutsBackWhatUndoTookBack() {
        let shell = Harness()
        shell.succeed("set purchases 10B/month; set qt on")
        shell.succeed("undo; undo")
        #expect(shell.succeed("redo") == "redone: set purchases $10B/month\n")
        #expect(shell.scenario.purchases == 10)
        #expect(shell.succeed("redo") == "redone: set qt on\n")
        #expect(shell.scenario.quantitativeTightening)
        #expect(shell.run("redo").text.contains("nothing to redo"))
        shell.succeed("undo; set rate_cut 50bp")
        #expect(shell.run("redo").text.contains("nothing to redo"), "a new change forgets what could be redone")
    }
}

extension FirstDayTests {
    @Test(arguments: ["baseline", "fomc-dec-2025", "qt-continues", "cabana"])
    func ledgerTotalsAgreeWithTheirOwnCheck(preset: String) {
        var wide = Session.Options.testing
        wide.terminalWidth = 200
        let printed = Harness(options: wide).succeed("use \(preset); ledger all")
        let lines = printed.split(separator: "\n").map(String.init)
        let total = lines.first { $0.hasPrefix("  total") }!.split(separator: " ").map(String.init)
        let check = lines.first { $0.contains("a change of") }!
        #expect(check.contains("a change of \(total[3]) "), "\(preset): total \(total[3]) vs \(check)")
        #expect(check.contains("✓"))
    }
}

/// `.read`, `record -` and the help of `history` and `record` (first-day review, defect 17).
struct FilesWordingTests {
    @Test func dotReadIsSource() throws {
        let folder = try ScratchFolder()
        try folder.write("a.fed", "set purchases 20B/month\n")
        let shell = Harness()
        shell.succeed(".read \(folder.path("a.fed"))")
        #expect(shell.succeed("print purchases") == "$20B/month\n")
        #expect(shell.run(". read x.fed").outcome.failures == 1)
        #expect(shell.run(".nosuch").text.contains("unknown command '.nosuch'"))
    }

    @Test func recordToStandardOutputWritesTheHandoutInsteadOfTheOutput() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        var options = Session.Options.testing
        options.standardOutputDescriptor = descriptors[1]
        let shell = Harness(options: options)
        let shown = shell.succeed("record -; print 45B/month * 12 months; note money; record off")
        close(descriptors[1])
        let handle = FileHandle(fileDescriptor: descriptors[0], closeOnDealloc: true)
        let handout = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        #expect(handout.hasPrefix("# fedsh session"), "\(handout)")
        #expect(handout.contains("```text\n$540B\n```"), "\(handout)")
        #expect(handout.contains("\nmoney\n"))
        #expect(!shown.contains("$540B"), "the result is shown once, in the handout: \(shown)")
    }

    @Test func helpSaysWhatHistoryAndRecordAccept() {
        let history = Harness().succeed("help history")
        #expect(history.contains("1 or more") || history.contains("from 1"), "\(history)")
        #expect(Harness().run("history 0").text.contains("1 or more"))
        let record = Harness().succeed("help record")
        #expect(record.contains("usage: record -"))
        #expect(record.contains(".htm"))
        #expect(record.contains("other file ending is refused"))
        #expect(Harness().run("record x.txt").outcome.failures == 1)
    }
}
