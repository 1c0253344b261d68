import Foundation
import Testing

/// The harness itself, on /bin/sh, so a broken harness is told apart from a broken shell.
@Suite struct PseudoTerminalTests {
    let shell = URL(fileURLWithPath: "/bin/sh")
    let environment = ["PATH": "/usr/bin:/bin", "TERM": "xterm", "PS1": "$ "]

    @Test func childHasTheTerminalAsStandardStreams() throws {
        let terminal = try PseudoTerminal.spawn(
            executable: shell, arguments: ["-c", "tty; test -t 1 && echo out-is-tty"], environment: environment)
        try terminal.readUntil("/dev/pts/")
        try terminal.readUntil("out-is-tty")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func controlCReachesTheChildAsSignal() throws {
        let terminal = try PseudoTerminal.spawn(
            executable: shell,
            arguments: ["-c", "trap 'echo got-int; exit 3' INT; echo ready; while :; do sleep 0.05; done"],
            environment: environment)
        try terminal.readUntil("ready")
        try terminal.sendControl("c")
        try terminal.readUntil("got-int")
        #expect(try terminal.waitForExit() == 3)
    }

    @Test func readUntilTimesOutWithTheOutputSoFar() throws {
        let terminal = try PseudoTerminal.spawn(
            executable: shell, arguments: ["-c", "echo partial; sleep 5"], environment: environment)
        let error = #expect(throws: PseudoTerminal.Timeout.self) { try terminal.readUntil("never", timeout: 0.5) }
        #expect(error?.output.contains("partial") == true)
    }

    @Test func hungChildIsKilledAtTheDeadline() throws {
        let terminal = try PseudoTerminal.spawn(
            executable: shell, arguments: ["-c", "trap '' INT TERM; sleep 30"], environment: environment)
        #expect(throws: PseudoTerminal.Timeout.self) { _ = try terminal.waitForExit(timeout: 0.5) }
    }
}
