import FedShell
import Foundation

/// The crash-recovery journal: the replayable commands of the session at a terminal, rewritten
/// atomically after every state change, so `fedsh --recover` rebuilds the state after a crash,
/// `kill -9`, SIGTERM or SIGHUP (a closed terminal window).
///
/// Where: `$FEDSH_JOURNAL`, else `$XDG_STATE_HOME/fedsh/journal.fed`, else
/// `~/.local/state/fedsh/journal.fed`. On a clean exit (quit, Ctrl-D) the journal is renamed to
/// `<name>.previous.fed` rather than deleted, so even a cleanly ended session can be looked at.
/// Several shells at once each rewrite the one journal; a clean exit moves it aside only when the
/// last writer was this process (its process id is in the header), so it never hides another
/// shell's unsaved work.
struct SessionJournal: Sendable {
    let url: URL

    init(url: URL) { self.url = url }

    /// The journal's place from the environment; nil when `FEDSH_JOURNAL` is empty (turned off).
    static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> SessionJournal? {
        if let explicit = environment["FEDSH_JOURNAL"] {
            return explicit.isEmpty ? nil : SessionJournal(url: URL(fileURLWithPath: (explicit as NSString).expandingTildeInPath))
        }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return SessionJournal(url: URL(fileURLWithPath: state).appendingPathComponent("fedsh/journal.fed"))
    }

    var previousURL: URL { url.deletingPathExtension().appendingPathExtension("previous.fed") }

    private var header: String { "# fedsh journal (pid \(getpid())): the session's state, for 'fedsh --recover'\n" }

    /// Rewrites the journal with `commands` (what `save` would write). Failures are silent: the
    /// journal is a safety net and must never stop the session.
    func record(_ commands: [String]) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? ScriptFile.write(header + commands.map { $0 + "\n" }.joined(), to: url, replace: true)
    }

    /// On a clean exit: moves this process's journal aside.
    func finish() {
        guard let text = try? ScriptFile.read(url), text.hasPrefix(header) else { return }
        _ = rename(url.path, previousURL.path)
    }

    /// The commands to replay for `--recover`, or why there are none.
    func recoverable() -> Result<[String], ScriptFile.Failure> {
        guard FileManager.default.fileExists(atPath: url.path) else {
            return .failure(ScriptFile.Failure(
                message: "no session to recover: there is no journal at \(url.path)",
                help: "the last session ended cleanly (or never changed anything); its journal, if any, is \(previousURL.lastPathComponent)"))
        }
        do {
            let text = try ScriptFile.read(url)
            let commands = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return .success(commands)
        } catch {
            return .failure(error)
        }
    }
}
