import FedShell
import Foundation

/// The startup file, like sqlite3's `~/.sqliterc`: fedsh commands run before the first prompt or
/// script. `--init FILE` names it; otherwise `$XDG_CONFIG_HOME/fedsh/init.fed` (only an absolute
/// XDG_CONFIG_HOME counts, as the XDG specification requires), else `~/.config/fedsh/init.fed`.
///
/// Its results are not shown (it runs at every start, also before `-c` into a pipe); its errors
/// are, with `file:line:col`, and every line runs: a broken line never stops the shell, and does
/// not count in the exit status, which reports the user's own commands.
enum StartupFile {
    /// The default startup file, or nil when neither XDG_CONFIG_HOME nor HOME is known.
    static func defaultPath(environment: [String: String] = TerminalEnvironment.variables) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config).appendingPathComponent("fedsh/init.fed").path
        }
        if let home = environment["HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home).appendingPathComponent(".config/fedsh/init.fed").path
        }
        return nil
    }

    /// Runs the startup file: `explicitPath` (a missing one is reported) or the default (skipped
    /// when it does not exist).
    /// `mute(true)` hides results while it runs (diagnostics still show); `mute(false)` after.
    static func run(explicitPath: String?, in session: Session, mute: (Bool) -> Void) {
        guard let path = explicitPath ?? defaultPath() else { return }
        if explicitPath == nil, !FileManager.default.fileExists(atPath: path) { return }
        let keepGoing = session.options.keepGoing
        session.options.keepGoing = true
        mute(true)
        _ = session.runFile(path)
        mute(false)
        session.options.keepGoing = keepGoing
    }
}
