import FedShell
import Foundation

/// The crash-recovery journal: the replayable commands of the session at a terminal, rewritten
/// atomically after every state change, so `fedsh --recover` rebuilds the state after a crash,
/// `kill -9`, SIGTERM or SIGHUP (a closed terminal window).
///
/// Where: `$FEDSH_JOURNAL`, else `$XDG_STATE_HOME/fedsh/journal.fed`, else
/// `~/.local/state/fedsh/journal.fed`. A second shell running at the same time writes beside it,
/// to `journal.<pid>.fed`, so neither overwrites the other's work. On a clean exit (quit, Ctrl-D)
/// a shell moves its own journal to `journal.previous.fed`. `--recover` replays the newest journal
/// whose shell is no longer running (else the newest of all).
final class SessionJournal: @unchecked Sendable {
    let url: URL
    private let lock = NSLock()
    /// The file this process writes, chosen at its first write.
    private var chosen: URL?

    init(url: URL) { self.url = url }

    /// The journal's place from the environment; nil when `FEDSH_JOURNAL` is empty (turned off).
    static func standard(environment: [String: String] = TerminalEnvironment.variables) -> SessionJournal? {
        if let explicit = environment["FEDSH_JOURNAL"] {
            return explicit.isEmpty ? nil : SessionJournal(url: URL(fileURLWithPath: (explicit as NSString).expandingTildeInPath))
        }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return SessionJournal(url: URL(fileURLWithPath: state).appendingPathComponent("fedsh/journal.fed"))
    }

    var previousURL: URL { url.deletingPathExtension().appendingPathExtension("previous.fed") }

    private var header: String { "# fedsh journal (pid \(getpid())): the session's state, for 'fedsh --recover'\n" }

    /// Rewrites this shell's journal with `commands` (what `save` would write). Failures are
    /// silent: the journal is a safety net and must never stop the session.
    func record(_ commands: [String]) {
        lock.lock()
        defer { lock.unlock() }
        let target = chosen ?? choose()
        chosen = target
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? ScriptFile.write(header + commands.map { $0 + "\n" }.joined(), to: target, replace: true)
    }

    /// The main journal, unless another shell owns it: one still running, or one that crashed and
    /// whose journal waits for `--recover`.
    private func choose() -> URL {
        guard let owner = Self.writer(of: url), owner != getpid() else { return url }
        return url.deletingPathExtension().appendingPathExtension("\(getpid()).fed")
    }

    /// On a clean exit: moves this process's journal aside.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard let target = chosen, Self.writer(of: target) == getpid() else { return }
        _ = rename(target.path, previousURL.path)
    }

    /// After `--recover` replayed a journal: it is moved aside, so it is not recovered twice.
    func consumed(_ file: URL) {
        _ = rename(file.path, previousURL.path)
    }

    /// The commands to replay for `--recover`, or why there are none.
    func recoverable() -> Result<(url: URL, commands: [String]), ScriptFile.Failure> {
        let folder = url.deletingLastPathComponent()
        let stem = url.deletingPathExtension().lastPathComponent
        let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix(stem + ".") && $0.hasSuffix(".fed") && $0 != previousURL.lastPathComponent }
            .map { folder.appendingPathComponent($0) }
        let candidates = ([url] + siblings).filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !candidates.isEmpty else {
            return .failure(ScriptFile.Failure(
                message: "no session to recover: there is no journal at \(url.path)",
                help: "the last session ended cleanly (or never changed anything); its journal, if any, is \(previousURL.lastPathComponent)"))
        }
        func modified(_ file: URL) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date) ?? .distantPast
        }
        let orphans = candidates.filter { Self.writer(of: $0).map { !Self.isRunning($0) } ?? true }
        let chosen = (orphans.isEmpty ? candidates : orphans).max { modified($0) < modified($1) }!
        do {
            let text = try ScriptFile.read(chosen)
            let commands = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return .success((chosen, commands))
        } catch {
            return .failure(error)
        }
    }

    /// The process id in a journal's header.
    private static func writer(of file: URL) -> pid_t? {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 80), as: UTF8.self)
        guard let start = head.range(of: "(pid "), let end = head[start.upperBound...].firstIndex(of: ")") else { return nil }
        return pid_t(head[start.upperBound..<end])
    }

    private static func isRunning(_ process: pid_t) -> Bool { kill(process, 0) == 0 || errno == EPERM }
}
