import Foundation

/// What the terminal can show: its width, and whether it displays Unicode. Tables and charts
/// follow the width (re-read before each typed command, so a resized window is honoured).
enum TerminalEnvironment {
    /// The process environment, read once: each `ProcessInfo.environment` builds a new dictionary
    /// of every variable, and start-up asked for it eight times.
    static let variables = ProcessInfo.processInfo.environment

    /// Columns of the terminal on standard output, else $COLUMNS, else 80; kept within 40…240.
    static func columns() -> Int {
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return min(240, max(40, Int(size.ws_col)))
        }
        if let text = variables["COLUMNS"], let value = Int(text) {
            return min(240, max(40, value))
        }
        return 80
    }

    /// Unicode unless the locale or terminal says otherwise (LANG=C, or the Linux console).
    static var showsUnicode: Bool {
        let environment = variables
        if environment["TERM"] == "linux" { return false }
        let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        let lowered = locale.lowercased()
        // An unset locale is common in containers and CI; UTF-8 is the safe assumption there.
        return locale.isEmpty || lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
