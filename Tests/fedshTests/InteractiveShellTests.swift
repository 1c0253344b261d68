import Foundation
import Testing

// Keys as a terminal sends them.
private let enter = "\r"
private let upArrow = "\u{1B}[A"
private let tab = "\t"

private let banner = "fedsh 0.1 — Fed liquidity scenario shell"
private let plainPrompt = "fedsh> "

/// A fedsh session on a pseudo-terminal with its own home folder and `--history-file`.
///
/// Assertions are on what commands print, never on the echoed input line: libedit redraws it
/// with cursor motions (`sh\e[13Gow `). A pseudo-terminal turns "\n" into "\r\n", so the texts
/// waited for stay within one line.
final class InteractiveShell {
    let terminal: PseudoTerminal
    let home: URL
    let historyFile: URL
    private let ownsHome: Bool

    /// Starts fedsh with `arguments` (after `--history-file`) and waits for its first prompt.
    init(arguments: [String] = [], home existingHome: URL? = nil, waitForPrompt prompt: String? = plainPrompt) throws {
        ownsHome = existingHome == nil
        home = existingHome ?? FileManager.default.temporaryDirectory
            .appendingPathComponent("fedsh-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        historyFile = home.appendingPathComponent("history")
        terminal = try PseudoTerminal.spawn(
            executable: FedshProcess.binary,
            arguments: ["--history-file", historyFile.path] + arguments,
            environment: [
                "HOME": home.path, "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
            ])
        if let prompt { try readPrompt(prompt) }
    }

    deinit { if ownsHome { try? FileManager.default.removeItem(at: home) } }

    /// Types `line` and Enter, waits for `result` in its output and then for the next prompt.
    /// Returns the output up to and including `result`.
    @discardableResult
    func run(_ line: String, expecting result: String, thenPrompt prompt: String = plainPrompt,
             timeout: TimeInterval = 20) throws -> String {
        try terminal.send(line + enter)
        let output = try terminal.readUntil(result, timeout: timeout)
        try readPrompt(prompt)
        return output
    }

    /// Waits for `prompt` and for the editor to take keys (see `waitForNonCanonicalMode`).
    @discardableResult
    func readPrompt(_ prompt: String = plainPrompt, timeout: TimeInterval = 20) throws -> String {
        let output = try terminal.readUntil(prompt, timeout: timeout)
        try terminal.waitForNonCanonicalMode(timeout: timeout)
        return output
    }

    /// Waits until the editor has handed a line over and put the terminal back in canonical mode
    /// (a command is running).
    func waitForCanonicalMode(timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while terminal.terminalModes().map({ $0.c_lflag & tcflag_t(ICANON) == 0 }) ?? true {
            if Date() >= deadline {
                throw PseudoTerminal.Timeout(waitingFor: "canonical terminal mode", output: terminal.output)
            }
            usleep(2_000)
        }
    }

    /// Checks the session is alive and that `purchases` is still `value`.
    func expectPurchases(_ value: String, prompt: String = plainPrompt) throws {
        try run("show purchases", expecting: "purchases  \(value)", thenPrompt: prompt)
    }
}

@Suite struct InteractiveShellTests {
    @Test func bannerThenPrompt() throws {
        let shell = try InteractiveShell(waitForPrompt: nil)
        let beforePrompt = try shell.terminal.readUntil(plainPrompt, timeout: 20)
        #expect(beforePrompt.contains(banner), "\(beforePrompt.debugDescription)")
        #expect(beforePrompt.contains("Type 'help'"), "\(beforePrompt.debugDescription)")
        try shell.terminal.waitForNonCanonicalMode()
    }

    @Test func typedCommandRuns() throws {
        let shell = try InteractiveShell()
        try shell.run("set purchases 45B/month", expecting: "purchases = $45B/month (was $0/month)")
        try shell.expectPurchases("$45B/month")
    }

    @Test func utf8InputReachesTheCommand() throws {
        let shell = try InteractiveShell()
        try shell.run("note café → ok", expecting: "│ café → ok")
    }

    @Test func utf8EditingDeletesWholeCharacters() throws {
        // Two Backspaces remove "→" and "é" (one character each, several bytes) and leave "caf".
        let shell = try InteractiveShell()
        try shell.run("note café→\u{7F}\u{7F}e!", expecting: "│ cafe!")
    }

    @Test func upArrowRecallsThePreviousCommand() throws {
        let shell = try InteractiveShell()
        // Each run adds 5B/month, so the result shows that the command really ran again.
        try shell.run("set purchases purchases + 5B/month", expecting: "purchases = $5B/month (was $0/month)")
        try shell.terminal.send(upArrow + enter)
        try shell.terminal.readUntil("purchases = $10B/month (was $5B/month)", timeout: 20)
        try shell.readPrompt()
        try shell.run("note between", expecting: "│ between")
        // Up twice: the command before the last.
        try shell.terminal.send(upArrow + upArrow + enter)
        try shell.terminal.readUntil("purchases = $15B/month (was $10B/month)", timeout: 20)
        try shell.readPrompt()
    }

    @Test func tabCompletesACommand() throws {
        let shell = try InteractiveShell()
        // `sh` completes to `show `, which says nothing differs from the defaults yet.
        try shell.terminal.send("sh" + tab + enter)
        let output = try shell.terminal.readUntil("lists them)", timeout: 20)
        #expect(output.contains("every variable is at its default"), "\(output.debugDescription)")
        let rest = try shell.readPrompt()
        #expect(!(output + rest).contains("error"), "\((output + rest).debugDescription)")
    }

    @Test func tabExtendsAVariableThenListsTheCandidates() throws {
        let shell = try InteractiveShell()
        try shell.terminal.send("set purch" + tab)
        try shell.terminal.send(tab)
        // The listing, then the prompt and line redrawn below it.
        let listing = try shell.terminal.readUntil(plainPrompt, timeout: 20)
        for candidate in ["purchases", "purchase_start", "purchase_months"] {
            #expect(listing.contains(candidate), "\(candidate) not listed in \(listing.debugDescription)")
        }
        try shell.terminal.waitForNonCanonicalMode()
        // The first Tab extended `purch` to `purchase`: one more `s` names `purchases`.
        try shell.run("s 45B/month", expecting: "purchases = $45B/month (was $0/month)")
    }

    @Test func tabCompletesAValueAndAPreset() throws {
        let shell = try InteractiveShell()
        try shell.terminal.send("set instrument coup" + tab + enter)
        try shell.terminal.readUntil("instrument = coupons", timeout: 20)
        try shell.readPrompt()
        try shell.terminal.send("use cab" + tab + enter)
        try shell.terminal.readUntil("using cabana", timeout: 20)
        try shell.readPrompt("fedsh[cabana]> ")
    }

    @Test func tabCompletesAFileName() throws {
        let folder = try TemporaryFolder()
        try folder.write("start-here.fed", "note sourced by completion\n")
        let shell = try InteractiveShell()
        try shell.terminal.send("source \(folder.url.path)/start-h" + tab + enter)
        try shell.terminal.readUntil("│ sourced by completion", timeout: 20)
        try shell.readPrompt()
    }

    @Test func promptNamesThePresetAndMarksChanges() throws {
        let shell = try InteractiveShell()
        try shell.run("use cabana", expecting: "using cabana", thenPrompt: "fedsh[cabana]> ")
        try shell.run("set purchases 50B/month", expecting: "(was $45B/month)", thenPrompt: "fedsh[cabana*]> ")
        try shell.run("use baseline", expecting: "using baseline", thenPrompt: "fedsh[baseline]> ")
    }

    @Test func controlCDiscardsTheHalfTypedLine() throws {
        let shell = try InteractiveShell()
        try shell.terminal.send("set purchases 45B/mon")
        try shell.terminal.readUntil("45B/mon", timeout: 20)
        try shell.terminal.sendControl("c")
        try shell.readPrompt()
        // Enter on the now empty line runs nothing.
        try shell.terminal.send(enter)
        try shell.readPrompt()
        try shell.expectPurchases("$0/month")
        #expect(!shell.terminal.output.contains("(was $0/month)"))
    }

    /// ^C in the same write as other keys reaches the editor while it is busy rather than blocked
    /// in read(2); and ^C pressed repeatedly while a report is being computed.
    @Test func controlCManyTimesNeverKillsTheShell() throws {
        let shell = try InteractiveShell()
        for round in 0..<20 {
            try shell.terminal.send("set purchases \(round + 1)B/month\u{03}")
            try shell.readPrompt()
        }
        try shell.expectPurchases("$0/month")
        try shell.run("set draws 200", expecting: "draws = 200")
        for _ in 0..<5 {
            try shell.terminal.send("eval" + enter)
            for _ in 0..<10 {
                try shell.terminal.sendControl("c")
                usleep(2_000)
            }
            try shell.readPrompt()
        }
        // An eval this small can end before the burst does; the ^C left over then reach the prompt, where
        // each rightly discards the line being typed: let them all arrive before typing the check.
        try shell.terminal.waitForQuiet()
        try shell.terminal.waitForNonCanonicalMode()
        try shell.expectPurchases("$0/month")
        #expect(try shell.terminal.terminalModes().map { $0.c_lflag & tcflag_t(ICANON) == 0 } == true)
    }

    @Test func controlCCancelsALongEvalAndTheShellCarriesOn() throws {
        let shell = try InteractiveShell()
        // Hundreds of thousands of model runs: minutes, unless cancelled.
        try shell.run("set draws 100000", expecting: "draws = 100000")
        try shell.run("set horizon 60", expecting: "horizon = 60")
        try shell.terminal.send("eval" + enter)
        // Ctrl-C flushes the terminal's input queue: pressed before the editor has read "eval",
        // it would discard it. The editor leaves non-canonical mode once it has the line.
        try shell.waitForCanonicalMode()
        // Keep pressing Ctrl-C until the report is cancelled: a single one could arrive before
        // the shell started the command (and is then, rightly, forgotten).
        let deadline = Date().addingTimeInterval(60)
        var cancelled = false
        while !cancelled && Date() < deadline {
            try shell.terminal.sendControl("c")
            do {
                try shell.terminal.readUntil("error: cancelled", timeout: 1)
                cancelled = true
            } catch is PseudoTerminal.Timeout {}
        }
        #expect(cancelled, "eval was not cancelled: \(shell.terminal.output.suffix(2000).debugDescription)")
        try shell.readPrompt()
        try shell.run("set purchases 45B/month", expecting: "purchases = $45B/month (was $0/month)")
    }

    @Test func errorShowsTheCaretAndTheShellCarriesOn() throws {
        let shell = try InteractiveShell()
        try shell.terminal.send("set purchse 45B/month" + enter)
        try shell.terminal.readUntil("error: unknown variable 'purchse'", timeout: 20)
        try shell.terminal.readUntil("      ^~~~~~~", timeout: 20)
        try shell.terminal.readUntil("did you mean 'purchases'?", timeout: 20)
        try shell.readPrompt()
        // Interactive errors name no file or line.
        #expect(!shell.terminal.output.contains("<input>:"))
        try shell.run("set purchases 45B/month", expecting: "(was $0/month)")
    }

    @Test func quitExitsWithZero() throws {
        let shell = try InteractiveShell()
        try shell.terminal.send("quit" + enter)
        #expect(try shell.terminal.waitForExit(timeout: 20) == 0)
    }

    @Test func quitAfterAnErrorStillExitsWithZero() throws {
        let shell = try InteractiveShell()
        try shell.run("set purchse 1", expecting: "error:")
        try shell.terminal.send("quit" + enter)
        #expect(try shell.terminal.waitForExit(timeout: 20) == 0)
    }

    @Test func controlDOnAnEmptyLineExitsWithZero() throws {
        let shell = try InteractiveShell()
        try shell.terminal.sendControl("d")
        #expect(try shell.terminal.waitForExit(timeout: 20) == 0)
    }

    @Test func historyFileHoldsEachCommandWhileRunning() throws {
        let shell = try InteractiveShell()
        try shell.run("set purchases 45B/month", expecting: "(was $0/month)")
        try shell.run("note café", expecting: "│ café")
        let saved = try String(contentsOf: shell.historyFile, encoding: .utf8)
        #expect(saved == "set purchases 45B/month\nnote café\n")
        try shell.terminal.sendControl("d")
        #expect(try shell.terminal.waitForExit(timeout: 20) == 0)
    }

    @Test func nextSessionRecallsHistoryWithUpArrow() throws {
        let first = try InteractiveShell()
        try first.run("set purchases 45B/month", expecting: "(was $0/month)")
        try first.terminal.sendControl("d")
        #expect(try first.terminal.waitForExit(timeout: 20) == 0)

        let second = try InteractiveShell(home: first.home)
        try second.terminal.send(upArrow + enter)
        try second.terminal.readUntil("purchases = $45B/month (was $0/month)", timeout: 20)
        try second.readPrompt()
    }

    @Test func interactiveFlagStaysAtThePromptAfterACommandString() throws {
        let shell = try InteractiveShell(arguments: ["-c", "set purchases 45B/month", "-i"], waitForPrompt: nil)
        let beforePrompt = try shell.terminal.readUntil(plainPrompt, timeout: 20)
        #expect(beforePrompt.contains("purchases = $45B/month (was $0/month)"), "\(beforePrompt.debugDescription)")
        try shell.terminal.waitForNonCanonicalMode()
        try shell.expectPurchases("$45B/month")
        try shell.terminal.send("quit" + enter)
        #expect(try shell.terminal.waitForExit(timeout: 20) == 0)
    }

    @Test func interactiveFlagStaysAtThePromptAfterAScript() throws {
        let folder = try TemporaryFolder()
        let script = try folder.write("start.fed", "use cabana\n")
        let shell = try InteractiveShell(arguments: ["-i", script.path], waitForPrompt: "fedsh[cabana]> ")
        try shell.expectPurchases("$45B/month", prompt: "fedsh[cabana]> ")
    }
    // SIGTERM and SIGHUP restore the terminal: SignalTests.terminatingSignalKeepsHistoryAndJournal.
}
