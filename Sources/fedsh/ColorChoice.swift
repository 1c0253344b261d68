import ArgumentParser
import Foundation

/// When reports, errors and prompts are coloured: `--color`, then the environment's conventions.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    /// Whether output on `descriptor` is coloured. The one place that decides, for reports
    /// (standard output), diagnostics (standard error) and the dimmed pause prompts.
    ///
    /// `--color always|never` wins. Under `auto`, in this order:
    /// - FORCE_COLOR or CLICOLOR_FORCE set, non-empty and not `0`: colour, even into a pipe;
    /// - NO_COLOR set and non-empty (whatever its value): no colour (an empty one counts as unset);
    /// - CLICOLOR=0: no colour;
    /// - TERM=dumb: no colour;
    /// - otherwise colour only when the descriptor is a terminal.
    func colors(descriptor: Int32, environment: [String: String] = TerminalEnvironment.variables) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            func isOn(_ name: String) -> Bool {
                guard let value = environment[name] else { return false }
                return !value.isEmpty && value != "0"
            }
            if isOn("FORCE_COLOR") || isOn("CLICOLOR_FORCE") { return true }
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["CLICOLOR"] == "0" { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(descriptor) == 1
        }
    }
}
