import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// The repository's lessons/ folder, found from this file (tests do not depend on the binary).
private let lessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("lessons")

private func options() -> Session.Options {
    var options = Session.Options.testing
    options.lessonFolders = [lessonsFolder]
    return options
}

@Suite struct LessonTests {
    static let files = ((try? FileManager.default.contentsOfDirectory(atPath: lessonsFolder.path)) ?? [])
        .filter { $0.hasSuffix(".fed") }.sorted()

    @Test func thereAreSixNumberedLessons() {
        let names = LessonLibrary.lessons(in: [lessonsFolder]).map(\.name)
        #expect(
            names == [
                "balance-sheet", "abundant-ample-scarce", "not-qe", "priced-in", "december-2025",
                "crypto-and-liquidity",
            ])
    }

    @Test(arguments: files)
    func lessonRunsToTheEndWithItsAssertsPassing(file: String) throws {
        let text = try String(contentsOf: lessonsFolder.appendingPathComponent(file), encoding: .utf8)
        let harness = Harness(options: options())
        let (outcome, printed) = harness.run(text, name: file)
        #expect(outcome.failures == 0, "\(file):\n\(printed)")
        #expect(!printed.contains("error:"))
        #expect(!printed.contains("2000 draws"), "\(file): set draws after reset, so it runs in seconds")
        // The lesson's own predictions agree with the model: its reveal never marks them wrong.
        // (Its notes' figures are held by the asserts beside them, which the run above checks.)
        #expect(printed.contains("predictions\n"), "\(file): a prediction is revealed")
        #expect(!printed.contains(": wrong"), "\(file): a scripted prediction the model contradicts\n\(printed)")
        // A teachable lesson: narration, questions with a pause after, predictions, asserts.
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains { $0.hasPrefix("set draws") })
        #expect(lines.filter { $0.hasPrefix("note ") }.count >= 10)
        #expect(lines.filter { $0.hasPrefix("assert ") }.count >= 4)
        #expect(lines.contains { $0.hasPrefix("predict ") })
        for (index, line) in lines.enumerated()
        where line.hasPrefix("note ") && line.hasSuffix("?") && line.lowercased().contains("question") {
            #expect(lines[index + 1] == "pause", "\(file): a question is followed by pause")
        }
        for word in ["compare ", "plot ", "explain", "sweep ", "ledger"] {
            #expect(!lines.contains { $0.hasPrefix(word) }, "\(file) uses \(word)")
        }
    }

    @Test func listShowsNumberNameAndTitle() {
        let printed = Harness(options: options()).succeed("lesson list")
        #expect(printed.contains("1  balance-sheet"))
        #expect(printed.contains("The Fed's balance sheet and where reserves come from"))
        #expect(Harness(options: options()).succeed("lesson") == printed)
    }

    @Test func runningALessonIsLikeSourceAndUndoTakesItBack() {
        let harness = Harness(options: options())
        harness.succeed("lesson not-qe")
        #expect(harness.scenario.purchases == 45)
        harness.succeed("undo")
        #expect(harness.scenario == Scenario())
    }

    @Test func lessonsRunByNumberAndAPartOfTheNameSuggests() {
        let harness = Harness(options: options())
        harness.succeed("lesson 3")
        #expect(harness.scenario.purchases == 45, "lesson 3 is not-qe")
        let (outcome, printed) = harness.run("lesson balance")
        #expect(outcome.failures == 1)
        #expect(printed.contains("did you mean 'balance-sheet'?"), "\(printed)")
        #expect(harness.run("lesson 9").text.contains("no lesson named '9'"))
    }

    @Test func typoSuggestsTheLesson() {
        let harness = Harness(options: options())
        let (outcome, printed) = harness.run("lesson balance-sheeet")
        #expect(outcome.failures == 1)
        #expect(printed.contains("did you mean 'balance-sheet'?"))
    }

    @Test func lessonsAreFoundFromTheEnvironmentBesideTheBinaryAndInTheSourceTree() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("tree/Package.swift", "")
        try folder.write("tree/lessons/01-a.fed", "# A\n")
        try folder.write("tree/.build/debug/fedsh", "")
        try folder.write("prefix/share/fedsh/lessons/02-b.fed", "# B\n")
        try folder.write("own/03-c.fed", "# C\n")
        let fromTree = LessonLibrary.defaultFolders(
            executable: URL(fileURLWithPath: folder.path("tree/.build/debug/fedsh")), environment: [:])
        #expect(LessonLibrary.lessons(in: fromTree).map(\.name) == ["a"])
        let installed = LessonLibrary.defaultFolders(executable: URL(fileURLWithPath: folder.path("prefix/bin/fedsh")),
                                                     environment: ["FEDSH_LESSONS": folder.path("own")])
        #expect(LessonLibrary.lessons(in: installed).map(\.title) == ["B", "C"])
    }
}

@Suite struct PauseTests {
    @Test func pauseDoesNothingWithoutAPerson() {
        let printed = Harness().succeed("note a\npause\nnote b")
        #expect(printed == "  │ a\n  │ b\n")
    }

    @Test func pauseWaitsWhenTheExecutableSaysSomeoneIsThere() {
        final class Counter: @unchecked Sendable { var count = 0 }
        let counter = Counter()
        var options = Session.Options.testing
        options.waitForEnter = { counter.count += 1; return .line("") }
        Harness(options: options).succeed("pause; pause")
        #expect(counter.count == 2)
    }

    @Test func stoppingAtAPauseStopsTheScriptAndKeepsWhatItBuilt() {
        var options = Session.Options.testing
        options.waitForEnter = { .stop }
        let harness = Harness(options: options)
        let (outcome, printed) = harness.run("set purchases 45B/month\npause\nnote never", name: "l.fed")
        #expect(outcome.failures == 0)
        #expect(outcome.stoppedByPerson)
        #expect(!printed.contains("never"))
        #expect(harness.scenario.purchases == 45)
        // The next line typed runs as usual.
        #expect(harness.succeed("note after") == "  │ after\n")
    }

    @Test func stoppingALessonAtAPauseKeepsItsState() {
        var options = options()
        options.waitForEnter = { .stop }
        let harness = Harness(options: options)
        let printed = harness.succeed("lesson not-qe")
        #expect(printed.contains("where you asked; what it built is kept"), "\(printed)")
        #expect(harness.scenario.purchases == 45 || harness.scenario != Scenario(), "\(printed)")
        #expect(!printed.contains("nothing it did was kept"))
        harness.succeed("undo")
        #expect(harness.scenario == Scenario())
    }

    @Test func aLessonAsksTheClassForItsPrediction() {
        var options = options()
        options.waitForEnter = { .line("") }
        final class Questions: @unchecked Sendable { var asked: [String] = [] }
        let questions = Questions()
        options.ask = { question in questions.asked.append(question); return .line("up") }
        let printed = Harness(options: options).succeed("lesson balance-sheet")
        #expect(!questions.asked.isEmpty)
        #expect(questions.asked[0].hasPrefix("your prediction for reserves"), "\(questions.asked)")
        #expect(printed.contains("you said up"), "\(printed)")
    }
}

@Suite struct StepHookTests {
    @Test func beforeLineSeesEachScriptLineWithItsNumberBeforeItRuns() {
        final class Lines: @unchecked Sendable { var seen: [String] = [] }
        let lines = Lines()
        final class Box: @unchecked Sendable { let output = TranscriptOutput() }
        let box = Box()
        let output = box.output
        var options = Session.Options.testing
        options.beforeLine = { line in
            lines.seen.append("\(line.name):\(line.firstLine) \(line.text) after[\(box.output.text.count)]")
            return .line("")
        }
        let session = Session(output: output, options: options)
        session.run(SourceText(origin: .file, name: "s.fed", text: "note one\n\nnote two"))
        #expect(lines.seen == ["s.fed:1 note one after[0]", "s.fed:3 note two after[\("  │ one\n".count)]"])
    }
}

@Suite struct StepAnswerTests {
    @Test func aLineTypedAtAStepRunsThenTheStepAsksAgain() {
        final class Answers: @unchecked Sendable {
            var queue: [PersonAnswer] = [.line("set qt on"), .line(""), .line("")]
        }
        let answers = Answers()
        var options = Session.Options.testing
        options.beforeLine = { _ in answers.queue.isEmpty ? .line("") : answers.queue.removeFirst() }
        let harness = Harness(options: options)
        let (outcome, _) = harness.run("set purchases 10B/month\nnote done", name: "s.fed")
        #expect(outcome.failures == 0)
        #expect(harness.scenario.quantitativeTightening)
        #expect(harness.scenario.purchases == 10)
    }

    @Test func stopAtAStepEndsTheScript() {
        var options = Session.Options.testing
        options.beforeLine = { line in line.text.hasPrefix("note") ? .stop : .line("") }
        let harness = Harness(options: options)
        let (outcome, printed) = harness.run("set purchases 10B/month\nnote never\nset qt on", name: "s.fed")
        #expect(outcome.stoppedByPerson)
        #expect(!printed.contains("never"))
        #expect(!harness.scenario.quantitativeTightening)
        #expect(harness.scenario.purchases == 10)
    }
}
