import Foundation
import Testing

/// Lessons, `--step`, `--transcript` and `pause` through the real binary.
@Suite struct LessonBinaryTests {
    @Test func firstLessonRunsThroughTheBinaryWithItsAssertsPassing() throws {
        let result = try FedshProcess.run(["lessons/01-balance-sheet.fed"], directory: FedshProcess.packageRoot)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("  │ Lesson 1: the Federal Reserve's balance sheet"))
        #expect(!result.output.contains("(press Enter)"))
    }

    @Test func lessonByNameWorksFromAnyFolder() throws {
        let result = try FedshProcess.run(["-c", "lesson list; lesson priced-in"], directory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("4  priced-in"))
        #expect(result.output.contains("No surprise, no move on the day."))
    }

    @Test func failedAssertReportsFileAndLineAndExitsNonZero() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-lesson-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "set draws 200\neval\nnote before\nassert reserves > 10T\nnote after\n".write(
            to: folder.appendingPathComponent("bad.fed"), atomically: true, encoding: .utf8)
        let result = try FedshProcess.run(["bad.fed"], directory: folder)
        #expect(result.status != 0)
        #expect(result.output.contains("bad.fed:4:8: error: assertion failed"))
        #expect(!result.output.contains("after"))
    }
}

@Suite struct StepTests {
    @Test func stepShowsEachCommandWithItsLineBeforeItRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-step-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# title\nnote one\n\nprint 2 * 3\n".write(
            to: folder.appendingPathComponent("s.fed"), atomically: true, encoding: .utf8)
        let result = try FedshProcess.run(["--step", "s.fed"], directory: folder)
        #expect(result.status == 0)
        // A note is shown once, as narration, not also as a command.
        #expect(result.output == "s.fed:1  # title\n  │ one\ns.fed:4  fedsh> print 2 * 3\n6\n")
    }

    static let environment = ["TERM": "dumb", "FEDSH_HISTORY": "/dev/null", "LANG": "C.UTF-8"]

    @Test func stepWaitsForEnterAtATerminal() throws {
        let terminal = try PseudoTerminal.spawn(
            executable: FedshProcess.binary, arguments: ["--step", "-c", "print 1\nprint 2"],
            environment: Self.environment)
        try terminal.readUntil("-c:1  fedsh> print 1   (Enter")
        #expect(throws: PseudoTerminal.Timeout.self) { try terminal.readUntil("\n1", timeout: 0.5) }
        try terminal.send("\n")
        try terminal.readUntil("-c:2  fedsh> print 2")
        try terminal.send("\n")
        try terminal.readUntil("2\r\n")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func aLineTypedAtAStepRunsBeforeTheStep() throws {
        let terminal = try PseudoTerminal.spawn(
            executable: FedshProcess.binary, arguments: ["--step", "-c", "print purchases"],
            environment: Self.environment)
        try terminal.readUntil("fedsh> print purchases   (Enter")
        try terminal.send("set purchases 7B/month\n")
        try terminal.readUntil("purchases = $7B/month (was $0/month)")
        try terminal.readUntil("fedsh> print purchases   (Enter")
        try terminal.send("\n")
        try terminal.readUntil("$7B/month\r\n")
        #expect(try terminal.waitForExit() == 0)
    }

    // Ctrl-D was lost: the terminal is still canonical when the step starts waiting, so the kernel turns
    // it into a zero-byte read, which the first (non-blocking) read consumed and ignored. Deadlines here
    // are for waiting on output under load (generous), never a claim about how fast fedsh is.
    @Test(arguments: ["\u{03}", "\u{04}"])
    func controlCOrControlDAtAStepStops(key: String) throws {
        let terminal = try PseudoTerminal.spawn(
            executable: FedshProcess.binary, arguments: ["--step", "-c", "print 1\nprint 2"],
            environment: Self.environment)
        try terminal.readUntil("fedsh> print 1   (Enter", timeout: 60)
        try terminal.send(key)
        #expect(try terminal.waitForExit(timeout: 120) != 0)
        #expect(!terminal.output.contains("fedsh> print 2"), "the next step never starts: \(terminal.output)")
        #expect(!terminal.output.contains("\n1\r\n") && !terminal.output.contains("\n1\n"), "print 1 did not run")
    }

    @Test(arguments: [50, 80])
    func aLongStepPromptFitsTheTerminal(columns: Int) throws {
        let line = "set purchases 45B/month; set rate_cut 50bp; set qt on; set horizon 18 months"
        let terminal = try PseudoTerminal.spawn(executable: FedshProcess.binary, arguments: ["--step", "-c", line],
                                                environment: Self.environment, columns: UInt16(columns))
        let before = try terminal.readUntil("(Enter", timeout: 60)
        let promptLine =
            before.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n").last ?? before
        #expect(promptLine.count + "(Enter, or type a command)".count - "(Enter".count < columns,
                "the line the typing goes on fits \(columns) columns: \(before.debugDescription)")
        try terminal.send("\r")
        // Read the step's output before waiting for the exit: an exit seen first may leave output unread.
        try terminal.readUntil("horizon = 18 months", timeout: 120)
        #expect(try terminal.waitForExit(timeout: 120) == 0)
    }


    @Test func aPauseInStepModeNeedsOneEnter() throws {
        let terminal = try PseudoTerminal.spawn(
            executable: FedshProcess.binary, arguments: ["--step", "-c", "note a\npause\nnote b"],
            environment: Self.environment)
        try terminal.readUntil("│ a")
        try terminal.readUntil("(press Enter)")
        try terminal.send("\n")
        try terminal.readUntil("│ b")
        #expect(try terminal.waitForExit() == 0)
        #expect(terminal.output.components(separatedBy: "│ a").count == 2, "the note shows once: \(terminal.output)")
    }
}

@Suite struct PauseTerminalTests {
    @Test func pauseWaitsForEnterOnlyWithAPersonAtTheTerminal() throws {
        let terminal = try PseudoTerminal.spawn(
            executable: FedshProcess.binary, arguments: ["-c", "note a\npause\nnote b"],
            environment: ["TERM": "dumb", "FEDSH_HISTORY": "/dev/null", "LANG": "C.UTF-8"])
        try terminal.readUntil("│ a")
        try terminal.readUntil("(press Enter)")
        #expect(throws: PseudoTerminal.Timeout.self) { try terminal.readUntil("│ b", timeout: 0.5) }
        try terminal.send("\n")
        try terminal.readUntil("│ b")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func pauseIsANoOpThroughAPipe() throws {
        let result = try FedshProcess.run(["-c", "note a\npause\nnote b"])
        #expect(result.output == "  │ a\n  │ b\n")
    }
}

@Suite struct RecordTranscriptTests {
    @Test func transcriptFlagWritesTheHandoutAndRefusesToOverwrite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-record-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try FedshProcess.run(
            ["--transcript", "class.md", "-c", "note Hello class.\nprint 45B/month * 12 months"], directory: folder)
        #expect(result.status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("class.md"), encoding: .utf8)
        #expect(text.hasSuffix("```fedsh\nfedsh> print 45B/month * 12 months\n```\n\n```text\n$540B\n```\n\n"))
        #expect(text.contains("\n\nHello class.\n\n"))
        let again = try FedshProcess.run(["--transcript", "class.md", "-c", "print 1"], directory: folder)
        #expect(again.status != 0)
        #expect(again.output.contains("class.md already exists"))
        #expect(try String(contentsOf: folder.appendingPathComponent("class.md"), encoding: .utf8) == text)
    }
}
