import FedLanguage
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
    /// Whether a write has failed and been reported (once per session).
    private var failureReported = false

    init(url: URL) { self.url = url }

    /// The journal's place from the environment; nil when `FEDSH_JOURNAL` is empty (turned off).
    static func standard(environment: [String: String] = TerminalEnvironment.variables) -> SessionJournal? {
        if let explicit = environment["FEDSH_JOURNAL"] {
            // Empty or /dev/null: turned off (never a device to write over or rename).
            guard !explicit.isEmpty, explicit != "/dev/null" else { return nil }
            return SessionJournal(url: URL(fileURLWithPath: (explicit as NSString).expandingTildeInPath))
        }
        let state = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return SessionJournal(url: URL(fileURLWithPath: state).appendingPathComponent("fedsh/journal.fed"))
    }

    /// The command words a journal holds (what `save` writes: Session.replayableCommands).
    /// The command words a journal may hold (the registry's replayable commands); anything else is foreign.
    static let replayableWords = Set(CommandSyntax.all.filter(CommandTraits.replayable).flatMap(\.words))

    var previousURL: URL { url.deletingPathExtension().appendingPathExtension("previous.fed") }

    private var header: String { "# fedsh journal (pid \(getpid())): the session's state, for 'fedsh --recover'\n" }

    /// Where a shell that could not write its journal leaves a note, so `--recover` can say so
    /// instead of "ended cleanly" (when even the note cannot be written, it says both are possible).
    var failureNoteURL: URL { url.deletingPathExtension().appendingPathExtension("failed") }

    /// Rewrites this shell's journal with `commands` (what `save` would write). A failure never
    /// stops the session, but is reported once on standard error, and noted for `--recover`.
    func record(_ commands: [String]) {
        lock.lock()
        defer { lock.unlock() }
        let target = chosen ?? choose()
        chosen = target
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try ScriptFile.write(header + commands.map { $0 + "\n" }.joined(), to: target, replace: true)
            if !failureReported { unlink(failureNoteURL.path) }
        } catch {
            guard !failureReported else { return }
            failureReported = true
            TerminalOutput.write("fedsh: " + DiagnosticRenderer().render(.journalNotWritten(error)) + "\n", to: 2)
            try? ScriptFile.write(Diagnostic.journalFailureNote(process: getpid(), error),
                                  to: failureNoteURL, replace: true)
        }
    }

    /// Whether `file` is a regular file (not a device, FIFO or folder that a rename would destroy).
    private static func isRegularFile(_ file: URL) -> Bool {
        var status = stat()
        return lstat(file.path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
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
        guard let target = chosen, Self.isRegularFile(target), Self.writer(of: target) == getpid() else { return }
        _ = rename(target.path, previousURL.path)
        if !failureReported { unlink(failureNoteURL.path) }
    }

    /// After `--recover` replayed a journal: it is moved aside, so it is not recovered twice.
    func consumed(_ file: URL) {
        guard Self.isRegularFile(file) else { return }
        _ = rename(file.path, previousURL.path)
    }

    /// The commands to replay for `--recover`, or why there are none.
    func recoverable() -> Result<(url: URL, commands: [String]), RecoveryFailure> {
        let folder = url.deletingLastPathComponent()
        let stem = url.deletingPathExtension().lastPathComponent
        let siblings = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix(stem + ".") && $0.hasSuffix(".fed") && $0 != previousURL.lastPathComponent }
            .map { folder.appendingPathComponent($0) }
        if FileManager.default.fileExists(atPath: url.path), !Self.isRegularFile(url) {
            return .failure(.notRegularFile(path: url.path))
        }
        let candidates = ([url] + siblings).filter(Self.isRegularFile)
        guard !candidates.isEmpty else { return .failure(.noJournal(path: url.path, absence())) }
        func modified(_ file: URL) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: file.path))?[.modificationDate] as? Date)
                ?? .distantPast
        }
        let orphans = candidates.filter { Self.writer(of: $0).map { !Self.isRunning($0) } ?? true }
        let chosen = (orphans.isEmpty ? candidates : orphans).max { modified($0) < modified($1) }!
        do {
            let text = try ScriptFile.read(chosen)
            let commands = text.split(separator: "\n").map(String.init).filter {
                !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty
            }
            return .success((chosen, commands))
        } catch {
            return .failure(.unreadable(error))
        }
    }

    /// Why there is no journal, as far as the folder tells: a session that could not write one
    /// is told apart from one that ended cleanly.
    private func absence() -> RecoveryFailure.Absence {
        let folder = url.deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: failureNoteURL.path) {
            return .couldNotWrite(note: failureNoteURL.lastPathComponent)
        }
        if FileManager.default.fileExists(atPath: folder.path), access(folder.path, W_OK) != 0 {
            return .folderNotWritable(folder: folder.path)
        }
        if FileManager.default.fileExists(atPath: previousURL.path) {
            return .endedCleanly(previousJournal: previousURL.lastPathComponent)
        }
        return .unknown
    }

    /// The process id in a journal's header.
    private static func writer(of file: URL) -> pid_t? {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 80), as: UTF8.self)
        guard let start = head.range(of: "(pid "), let end = head[start.upperBound...].firstIndex(of: ")") else {
            return nil
        }
        return pid_t(head[start.upperBound..<end])
    }

    private static func isRunning(_ process: pid_t) -> Bool { kill(process, 0) == 0 || errno == EPERM }
}
