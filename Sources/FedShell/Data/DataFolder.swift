import Foundation

/// Where imported series are kept: `$XDG_DATA_HOME/fedsh/series`, or `~/.local/share/fedsh/series`
/// when XDG_DATA_HOME is unset or not absolute (the XDG rule).
enum DataFolder {
    static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let base = environment["XDG_DATA_HOME"], base.hasPrefix("/") {
            return URL(fileURLWithPath: base, isDirectory: true).appendingPathComponent(
                "fedsh/series", isDirectory: true)
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
            ".local/share/fedsh/series", isDirectory: true)
    }
}
