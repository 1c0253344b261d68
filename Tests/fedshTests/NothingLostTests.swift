import Foundation
import Testing

/// Nothing a user typed or saved is lost: the journal survives `kill -9` and `--recover` rebuilds
/// the session; history that cannot be written warns and the session goes on.
@Suite(.serialized) struct NothingLostTests {
    static func environment(_ home: URL) -> [String: String] {
        ["HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path]
    }

    @Test func killNineThenRecover() throws {
        let session = try TypedSession()
        defer { session.remove() }
        try session.type("use cabana", expecting: "using cabana")
        try session.type("set rate_cut 50bp", expecting: "rate_cut = 50bp")
        try session.type("let mine = 3%", expecting: "mine")
        session.terminal.signal(SIGKILL)
        #expect(try session.terminal.waitForExit() == 128 + SIGKILL)

        let recovered = try FedshProcess.run(["--recover", "-c", "show purchases rate_cut; print mine"],
                                             environment: Self.environment(session.home))
        #expect(recovered.status == 0, "\(recovered.output)")
        #expect(
            recovered.output.contains(
                "fedsh: recovered the last session (3 commands: use cabana; set rate_cut 50bp; let mine = 3%)"))
        #expect(recovered.output.contains("purchases  $45B/month"))
        #expect(recovered.output.contains("rate_cut   50bp"), "\(recovered.output)")
        #expect(recovered.output.contains("3%"))
        // A script run never touches the journal: it is still there to recover at the prompt.
        let again = try TypedSession(arguments: ["--recover"], home: session.home)
        try again.type("show rate_cut", expecting: "50bp")
        #expect(again.terminal.output.contains("fedsh[cabana*]> "))
        try again.terminal.send("quit\r")
        #expect(try again.terminal.waitForExit() == 0)
    }

    @Test func twoShellsKeepTwoJournals() throws {
        let first = try TypedSession()
        defer { first.remove() }
        try first.type("set purchases 45B/month", expecting: "purchases = $45B/month")
        let second = try TypedSession(home: first.home)
        try second.type("set qt on", expecting: "qt = on")
        first.terminal.signal(SIGKILL)
        #expect(try first.terminal.waitForExit() == 128 + SIGKILL)
        // The shell still running has not overwritten the one that crashed.
        let recovered = try FedshProcess.run(
            ["--recover", "-c", "show purchases qt"], environment: Self.environment(first.home))
        #expect(recovered.status == 0, "\(recovered.output)")
        #expect(recovered.output.contains("purchases  $45B/month"), "\(recovered.output)")
        #expect(recovered.output.contains("  qt         off"), "\(recovered.output)")
        try second.terminal.send("quit\r")
        #expect(try second.terminal.waitForExit() == 0)
    }

    @Test func recoverWithoutAJournalRefuses() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try FedshProcess.run(["--recover", "-c", "show"], environment: Self.environment(home))
        #expect(result.status == 1)
        #expect(
            result.output.contains(
                "error: no session to recover: there is no journal at \(home.path)/state/fedsh/journal.fed"))
    }

    @Test func recoverWithTheJournalTurnedOffRefuses() throws {
        let result = try FedshProcess.run(["--recover"], environment: ["FEDSH_JOURNAL": ""])
        #expect(result.status == 1)
        #expect(result.output.contains("the journal is turned off"))
    }

    /// Runs fedsh as `nobody` when the tests run as root (root ignores file permissions).
    static var asOtherUser: [String] {
        getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
            ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    }

    @Test func readOnlyHistoryFileWarnsAndKeepsTheFile() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        try Data("old line\n".utf8).write(to: home.appendingPathComponent("history"))
        chmod(home.appendingPathComponent("history").path, 0o444)
        let session = try TypedSession(home: home, wrapper: Self.asOtherUser)
        try session.type("set purchases 45B/month", expecting: "purchases = $45B/month")
        try session.terminal.send("quit\r")
        #expect(try session.terminal.waitForExit() == 0)
        #expect(session.terminal.output.contains("fedsh: history will not be saved to \(session.historyFile.path)"))
        #expect(try String(contentsOf: session.historyFile, encoding: .utf8) == "old line\n")
    }

    @Test func unwritableHistoryFolderWarnsAndTheSessionGoesOn() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        // HOME itself is not writable by the other user: no history and no journal can be made.
        chmod(home.path, 0o555)
        defer { chmod(home.path, 0o755) }
        let session = try TypedSession(home: home, wrapper: Self.asOtherUser)
        try session.type("set purchases 45B/month", expecting: "purchases = $45B/month")
        try session.type("show purchases", expecting: "$45B/month")
        try session.terminal.send("quit\r")
        #expect(try session.terminal.waitForExit() == 0)
        #expect(session.terminal.output.contains("fedsh: history will not be saved"))
        #expect(!FileManager.default.fileExists(atPath: session.historyFile.path))
    }

    @Test func invalidUTF8OnStandardInputIsACleanError() throws {
        let result = try FedshProcess.runShell(
            """
                printf 'set purchases 45B/month # caf\\351\\nset rate_cut 5\\3770bp\\nshow purchases\\n' | \
                '\(FedshProcess.binary.path)'; echo \"status $?\"
                """
        )
        #expect(result.output.contains("purchases = $45B/month"))
        #expect(result.output.contains("<stdin>:2:15: error: invalid text: a byte that is not UTF-8"))
        #expect(result.output.hasSuffix("status 1\n"))
    }

    @Test func invalidUTF8ScriptFileIsRefused() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let script = home.appendingPathComponent("latin1.fed")
        try Data([0x6E, 0x6F, 0x74, 0x65, 0x20, 0xE9, 0x0A]).write(to: script)
        let result = try FedshProcess.run([script.path])
        #expect(result.status == 1)
        #expect(result.output.contains("error: \(script.path) is not UTF-8 text"))
    }

    @Test func saveNeverOverwritesWithoutForce() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        try Data("# mine\n".utf8).write(to: home.appendingPathComponent("mine.fed"))
        let refused = try FedshProcess.run(["-c", "set purchases 45B/month; save mine.fed"], directory: home)
        #expect(refused.status == 1)
        #expect(refused.output.contains("mine.fed already exists"))
        #expect(try String(contentsOf: home.appendingPathComponent("mine.fed"), encoding: .utf8) == "# mine\n")
        let forced = try FedshProcess.run(["-c", "set purchases 45B/month; save --force mine.fed"], directory: home)
        #expect(forced.status == 0)
        #expect(
            try String(contentsOf: home.appendingPathComponent("mine.fed"), encoding: .utf8).contains(
                "set purchases $45B/month"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
