import Foundation
import Testing

// What the shell prints. The placeholder main.swift is an echo loop; adapt these when the real
// shell replaces it.
private let prompt = "fedsh> "
private func ranLine(_ line: String) -> String { "ok: \(line)" }
private let enter = "\r"
private let upArrow = "\u{1B}[A"
private let tab = "\t"
/// Completes to a single word.
private let uniquePrefix = ("sh", "show ")
/// Shares the prefix "purchase" between `purchases` and `purchase_start`.
private let sharedPrefix = "purc"
private let sharedCandidates = ["purchases", "purchase_start"]

/// The built `fedsh` next to the test bundle: `.build/<configuration>/`. On Linux the tests run
/// as an executable there (Bundle.main); on macOS inside an `.xctest` bundle in that folder.
/// `FEDSH_EXECUTABLE` overrides both.
func fedshExecutable() -> URL {
    if let path = ProcessInfo.processInfo.environment["FEDSH_EXECUTABLE"] {
        return URL(fileURLWithPath: path)
    }
    #if os(macOS)
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("fedsh")
    }
    #endif
    return Bundle.main.bundleURL.appendingPathComponent("fedsh")
}

/// A fedsh session on a pseudo-terminal with its own home folder and history file.
final class ShellSession {
    let terminal: PseudoTerminal
    let home: URL
    var historyFile: URL { home.appendingPathComponent("history") }

    init() throws {
        home = FileManager.default.temporaryDirectory
            .appendingPathComponent("fedsh-pty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        terminal = try PseudoTerminal.spawn(
            executable: fedshExecutable(),
            environment: [
                "HOME": home.path, "FEDSH_HISTORY": home.appendingPathComponent("history").path,
                "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
            ])
        try readPrompt()
    }

    deinit { try? FileManager.default.removeItem(at: home) }

    /// Types `line` and Enter, and waits for its result and the next prompt.
    @discardableResult
    func run(_ line: String) throws -> String {
        try terminal.send(line + enter)
        let output = try terminal.readUntil(ranLine(line))
        try readPrompt()
        return output
    }

    /// Waits for the prompt and for the editor to take the keys (see waitForNonCanonicalMode).
    func readPrompt() throws {
        try terminal.readUntil(prompt)
        try terminal.waitForNonCanonicalMode()
    }
}

@Suite struct LineEditingEndToEndTests {
    @Test func typedLineRuns() throws {
        let session = try ShellSession()
        try session.run("hello wörld →")
    }

    @Test func upArrowRecallsThePreviousLine() throws {
        let session = try ShellSession()
        try session.run("first line")
        try session.terminal.send(upArrow + enter)
        try session.terminal.readUntil(ranLine("first line"))
    }

    @Test func tabCompletesAUniquePrefix() throws {
        let session = try ShellSession()
        try session.terminal.send(uniquePrefix.0 + tab + enter)
        try session.terminal.readUntil(ranLine(uniquePrefix.1))
    }

    @Test func tabExtendsThenListsSharedPrefix() throws {
        let session = try ShellSession()
        try session.terminal.send(sharedPrefix + tab)
        try session.terminal.send(tab)
        // The candidates appear only in the list, never in what was typed.
        for candidate in sharedCandidates { try session.terminal.readUntil(candidate) }
        try session.readPrompt()
        // The line survived the listing and was extended: one more letter makes it unique.
        try session.terminal.send("s" + tab + enter)
        try session.terminal.readUntil(ranLine("purchases "))
    }

    @Test func controlCDiscardsTheHalfTypedLineAndKeepsRunning() throws {
        let session = try ShellSession()
        try session.terminal.send("half typed")
        try session.terminal.readUntil("typed")
        try session.terminal.sendControl("c")
        try session.readPrompt()
        try session.terminal.send(enter)
        let output = try session.run("after")
        #expect(!output.contains(ranLine("half")))
    }

    /// ^C arriving in the same write as other keys reaches libedit while it is busy, not blocked
    /// in read(2): the race the self-pipe exists for.
    @Test func controlCWhileBusyNeverKillsOrHangs() throws {
        let session = try ShellSession()
        for round in 0..<20 {
            try session.terminal.send("junk \(round)\u{03}")
            try session.readPrompt()
        }
        let output = try session.run("alive")
        #expect(!output.contains(ranLine("junk")))
    }

    @Test func controlDOnEmptyLineExitsWithZero() throws {
        let session = try ShellSession()
        try session.terminal.sendControl("d")
        #expect(try session.terminal.waitForExit() == 0)
    }

    @Test func historyIsOnDiskBeforeExit() throws {
        let session = try ShellSession()
        try session.run("remember me")
        try session.run("and me")
        let saved = try String(contentsOf: session.historyFile, encoding: .utf8)
        #expect(saved == "remember me\nand me\n")
        try session.terminal.sendControl("d")
        #expect(try session.terminal.waitForExit() == 0)
    }

    @Test func historyIsLoadedByTheNextSession() throws {
        let first = try ShellSession()
        try first.run("from before")
        let second = try PseudoTerminal.spawn(
            executable: fedshExecutable(),
            environment: ["FEDSH_HISTORY": first.historyFile.path, "HOME": first.home.path, "TERM": "xterm", "LANG": "C.UTF-8"])
        try second.readUntil(prompt)
        try second.waitForNonCanonicalMode()
        try second.send(upArrow + enter)
        try second.readUntil(ranLine("from before"))
    }

    @Test func terminationRestoresTheTerminal() throws {
        let session = try ShellSession()
        let editing = try #require(session.terminal.terminalModes())
        #expect(editing.c_lflag & tcflag_t(ICANON) == 0)
        session.terminal.signal(SIGTERM)
        #expect(try session.terminal.waitForExit() == 128 + SIGTERM)
        let after = try #require(session.terminal.terminalModes())
        #expect(after.c_lflag & tcflag_t(ICANON) != 0)
    }
}
