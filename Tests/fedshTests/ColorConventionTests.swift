import Foundation
import Testing

/// The colour conventions, through the binary: `--color` wins; under auto FORCE_COLOR and
/// CLICOLOR_FORCE force colour into a pipe, a non-empty NO_COLOR and CLICOLOR=0 turn it off at a
/// terminal, and an empty NO_COLOR counts as unset (no-color.org).
@Suite struct ColorConventionTests {
    static let escape = "\u{1B}["
    /// A failing command: its diagnostic on standard error is coloured when colour is on.
    static let failing = ["-c", "set purchse 1"]

    /// Whether the diagnostic written into a pipe is coloured, with these variables.
    func pipedColors(_ environment: [String: String], arguments: [String] = []) throws -> Bool {
        let result = try PipedProcess.fedsh(arguments + Self.failing, environment: environment)
        #expect(result.status == 1, "\(result)")
        #expect(result.standardError.contains("unknown variable"), "\(result)")
        return result.standardError.contains(Self.escape)
    }

    /// Whether the diagnostic written to a terminal is coloured, with these variables.
    func terminalColors(_ environment: [String: String]) throws -> Bool {
        var variables = ["PATH": "/usr/bin:/bin", "TERM": "xterm", "LANG": "C.UTF-8", "FEDSH_HISTORY": "/dev/null"]
        for (key, value) in environment { variables[key] = value }
        let terminal = try PseudoTerminal.spawn(executable: FedshProcess.binary, arguments: Self.failing,
                                                environment: variables)
        try terminal.readUntil("did you mean")
        #expect(try terminal.waitForExit() == 1)
        return terminal.output.contains(Self.escape)
    }

    @Test func pipeHasNoColourByDefault() throws {
        #expect(try !pipedColors(["NO_COLOR": ""]))
    }

    @Test func forceColorColoursAPipe() throws {
        #expect(try pipedColors(["NO_COLOR": "", "FORCE_COLOR": "1"]))
        #expect(try pipedColors(["NO_COLOR": "", "FORCE_COLOR": "3"]))
    }

    @Test func clicolorForceColoursAPipe() throws {
        #expect(try pipedColors(["NO_COLOR": "", "CLICOLOR_FORCE": "1"]))
    }

    @Test func forcingWithZeroOrEmptyDoesNotForce() throws {
        #expect(try !pipedColors(["NO_COLOR": "", "FORCE_COLOR": "0"]))
        #expect(try !pipedColors(["NO_COLOR": "", "FORCE_COLOR": "", "CLICOLOR_FORCE": "0"]))
    }

    @Test func forcingWinsOverNoColor() throws {
        #expect(try pipedColors(["NO_COLOR": "1", "FORCE_COLOR": "1"]))
    }

    @Test func colorFlagWinsOverTheEnvironment() throws {
        #expect(try !pipedColors(["FORCE_COLOR": "1", "CLICOLOR_FORCE": "1"], arguments: ["--color", "never"]))
        #expect(try pipedColors(["NO_COLOR": "1", "CLICOLOR": "0"], arguments: ["--color", "always"]))
    }

    @Test func terminalIsColouredByDefaultAndWithAnEmptyNoColor() throws {
        #expect(try terminalColors([:]))
        #expect(try terminalColors(["NO_COLOR": ""]))
        #expect(try terminalColors(["CLICOLOR": "1"]))
    }

    @Test func noColorTurnsATerminalOff() throws {
        #expect(try !terminalColors(["NO_COLOR": "1"]))
        #expect(try !terminalColors(["NO_COLOR": "0"]))
    }

    @Test func clicolorZeroTurnsATerminalOff() throws {
        #expect(try !terminalColors(["CLICOLOR": "0"]))
    }

    @Test func dumbTerminalIsNotColoured() throws {
        #expect(try !terminalColors(["TERM": "dumb"]))
    }
}
