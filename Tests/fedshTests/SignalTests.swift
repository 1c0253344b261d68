import Foundation
import Testing

/// Signals against the real binary: Ctrl-C cancels a long computation and the shell goes on;
/// SIGTERM and SIGHUP end it with history written, the journal kept and the terminal restored.
@Suite(.serialized) struct SignalTests {
    static let long = "set draws 100000; set horizon 60"

    @Test func ctrlCCancelsALongEvalAtThePrompt() throws {
        let session = try TypedSession()
        defer { session.remove() }
        try session.type(Self.long, expecting: "horizon = 60")
        try session.terminal.send("eval\r")
        usleep(300_000)
        try session.terminal.sendControl("c")
        try session.terminal.readUntil("error: cancelled", timeout: 60)
        try session.readPrompt()
        // Still alive and with its state.
        try session.type("show draws", expecting: "100000")
        try session.terminal.sendControl("d")
        #expect(try session.terminal.waitForExit() == 0)
        #expect(session.terminalIsRestored())
    }

    @Test func sigintCancelsAScriptEvalWithAnError() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let terminal = try PseudoTerminal.spawn(
            executable: FedshProcess.binary, arguments: ["-c", Self.long + "; eval; show draws"],
            environment: TypedSession.environment(home: home))
        try terminal.readUntil("horizon = 60", timeout: 30)
        usleep(300_000)
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
        try terminal.readUntil("horizon = 60", timeout: 30)
        usleep(300_000)
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

    @Test func closedOutputPipeEndsQuietly() throws {
        let result = try FedshProcess.runShell(
            "'\(FedshProcess.binary.path)' -c 'help; show all; help tour; show all; help set' | head -1; echo \"status ${PIPESTATUS[0]}\"")
        #expect(result.output.hasSuffix("status 0\n"), "\(result.output)")
        #expect(result.output.split(separator: "\n").count == 2, "\(result.output)")
        #expect(!result.output.contains("Fatal") && !result.output.contains("Crash") && !result.output.contains("💣"))
    }
}

extension FedshProcess {
    /// Runs a bash command line (for pipes), stderr joined to stdout.
    static func runShell(_ command: String) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        environment["FEDSH_HISTORY"] = "/dev/null"
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }
}
