import Foundation
import Testing

/// Signals against the real binary: Ctrl-C cancels a long computation and the shell goes on;
/// SIGTERM and SIGHUP end it with history written, the journal kept and the terminal restored.
@Suite(.serialized) struct SignalTests {
    static let long = "set draws 100000; set horizon 60"

    // Ctrl-C at the prompt: InteractiveShellTests.controlCCancelsALongEvalAndTheShellCarriesOn.

    @Test func sigintCancelsAScriptEvalWithAnError() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal.spawn(
            executable: FedshProcess.binary, arguments: ["-c", Self.long + "; eval; show draws"],
            environment: TypedSession.environment(home: home))
        // The progress line shows the Monte Carlo is running: the signal cancels it, not an earlier line.
        try terminal.readUntil("Monte Carlo", timeout: 60)
        terminal.signal(SIGINT)
        try terminal.readUntil("error: cancelled", timeout: 60)
        #expect(try terminal.waitForExit(timeout: 30) == 130)
        // The script stopped at the cancelled eval: `show draws` never ran.
        #expect(!terminal.output.contains("(default 2000)"))
    }

    @Test func sigintCancelsAnEvalReadFromStandardInput() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        try Data((Self.long + "\neval\nshow draws\n").utf8).write(to: home.appendingPathComponent("long.fed"))
        // exec: the signal goes to fedsh itself, reading a file on standard input (not a terminal).
        let terminal = try PseudoTerminal.spawn(
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", "exec '\(FedshProcess.binary.path)' < '\(home.path)/long.fed'"],
            environment: TypedSession.environment(home: home))
        // The progress line shows the Monte Carlo is running: the signal cancels it, not an earlier line.
        try terminal.readUntil("Monte Carlo", timeout: 60)
        terminal.signal(SIGINT)
        try terminal.readUntil("error: cancelled", timeout: 60)
        #expect(try terminal.waitForExit(timeout: 30) == 130)
        #expect(!terminal.output.contains("(default 2000)"))
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func terminatingSignalKeepsHistoryAndJournal(signal: Int32) throws {
        let session = try TypedSession()
        defer { session.remove() }
        try session.type("set purchases 45B/month", expecting: "purchases = $45B/month")
        try session.type("set rate_cut 50bp", expecting: "rate_cut = 50bp")
        session.terminal.signal(signal)
        #expect(try session.terminal.waitForExit() == 128 + signal)
        #expect(session.terminalIsRestored())
        let history = try String(contentsOf: session.historyFile, encoding: .utf8)
        #expect(history.contains("set purchases 45B/month") && history.contains("set rate_cut 50bp"))
        let journal = try String(contentsOf: session.journal, encoding: .utf8)
        #expect(journal.contains("reset\nset purchases $45B/month\nset rate_cut 50bp\n"))
    }

    @Test(arguments: ["quit", "\u{4}"])
    func cleanExitRestoresTheTerminalAndMovesTheJournalAside(ending: String) throws {
        let session = try TypedSession()
        defer { session.remove() }
        try session.type("set purchases 45B/month", expecting: "purchases = $45B/month")
        #expect(FileManager.default.fileExists(atPath: session.journal.path))
        try session.terminal.send(ending == "quit" ? "quit\r" : ending)
        #expect(try session.terminal.waitForExit() == 0)
        #expect(session.terminalIsRestored())
        #expect(!FileManager.default.fileExists(atPath: session.journal.path))
        #expect(try String(contentsOf: session.previousJournal, encoding: .utf8).contains("set purchases $45B/month"))
    }
}

extension FedshProcess {
    /// Runs a bash command line (for pipes), stderr joined to stdout, with a real deadline.
    static func runShell(_ command: String, timeout: TimeInterval = 120) throws -> Result {
        let result = try PipedProcess.run(executable: URL(fileURLWithPath: "/bin/bash"), arguments: ["-c", command],
                                          environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""],
                                          timeout: timeout, mergingStandardError: true)
        return Result(output: result.standardOutput, status: result.status)
    }
}
