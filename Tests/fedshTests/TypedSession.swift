import Foundation
import Testing

/// fedsh on a pseudo-terminal with its own home, history and journal, for fault tests: type
/// lines, send signals, read the terminal modes after it ends.
final class TypedSession {
    let terminal: PseudoTerminal
    let home: URL
    var historyFile: URL { home.appendingPathComponent("history") }
    var journal: URL { home.appendingPathComponent("state/fedsh/journal.fed") }
    var previousJournal: URL { home.appendingPathComponent("state/fedsh/journal.previous.fed") }

    /// Starts `fedsh arguments` (through `wrapper`, such as setpriv, when given) in `home`.
    init(arguments: [String] = [], home: URL? = nil, wrapper: [String] = [], waitForPrompt: Bool = true) throws {
        let home = try home ?? TypedSession.makeHome()
        self.home = home
        let environment = TypedSession.environment(home: home)
        let executable = wrapper.isEmpty ? FedshProcess.binary : URL(fileURLWithPath: wrapper[0])
        let allArguments =
            wrapper.isEmpty ? arguments : Array(wrapper.dropFirst()) + [FedshProcess.binary.path] + arguments
        terminal = try PseudoTerminal.spawn(executable: executable, arguments: allArguments, environment: environment)
        if waitForPrompt { try readPrompt() }
    }

    static func makeHome() throws -> URL {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-faults-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        return home
    }

    static func environment(home: URL) -> [String: String] {
        ["HOME": home.path, "FEDSH_HISTORY": home.appendingPathComponent("history").path,
         "XDG_STATE_HOME": home.appendingPathComponent("state").path,
         "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
    }

    /// Types `line` and Enter, and waits for the next prompt; returns what was printed.
    @discardableResult
    func type(_ line: String, expecting text: String? = nil) throws -> String {
        try terminal.send(line + "\r")
        var output = ""
        if let text { output = try terminal.readUntil(text, timeout: 60) }
        try readPrompt()
        return output
    }

    func readPrompt() throws {
        try terminal.readUntil("> ", timeout: 30)
        try terminal.waitForNonCanonicalMode()
    }

    /// Whether the terminal is back in the modes a shell expects: canonical, echoing, signals on.
    func terminalIsRestored() -> Bool {
        guard let modes = terminal.terminalModes() else { return false }
        let wanted = tcflag_t(ICANON) | tcflag_t(ECHO) | tcflag_t(ISIG)
        return modes.c_lflag & wanted == wanted
    }

    func remove() { try? FileManager.default.removeItem(at: home) }
}
