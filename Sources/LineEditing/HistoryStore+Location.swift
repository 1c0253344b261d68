extension HistoryStore {
    /// Where the history file lives: an explicit path (from `--history-file`) first, then
    /// `$FEDSH_HISTORY`, then `$XDG_STATE_HOME/fedsh/history` (only if absolute, as the XDG
    /// specification requires), then `$HOME/.local/state/fedsh/history`. Nil when none is known.
    package static func resolvedPath(explicitPath: String? = nil, environment: [String: String]) -> String? {
        if let explicitPath, !explicitPath.isEmpty { return explicitPath }
        if let path = environment["FEDSH_HISTORY"], !path.isEmpty { return path }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return joined(state, "fedsh/history")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return joined(home, ".local/state/fedsh/history")
        }
        return nil
    }

    private static func joined(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
