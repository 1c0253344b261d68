import Foundation
import Testing
@testable import FedLanguage
@testable import FedShell

/// The interruption flag as the shell sees it, raised after a fixed number of checks: Ctrl-C arrives
/// in the middle of a loop, the same way on every run (no timing).
final class InterruptAfter: @unchecked Sendable {
    private let lock = NSLock()
    private let checksBeforeInterrupt: Int
    private(set) var checks = 0

    init(checks: Int) { checksBeforeInterrupt = checks }

    func isCancelled() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        checks += 1
        return checks > checksBeforeInterrupt
    }
}

/// Ctrl-C in every long loop (issue 11's audit): each stops at its next check with "cancelled", and the
/// session is exactly as before the command (state, results, undo).
struct CancellationTests {
    private func shell(interruptAfter checks: Int, setup: String = "") -> (Harness, InterruptAfter) {
        let interrupt = InterruptAfter(checks: Int.max)
        var options = Session.Options.testing
        let armed = InterruptAfter(checks: checks)
        let setupDone = Flag()
        options.isCancelled = { setupDone.isSet ? armed.isCancelled() : interrupt.isCancelled() }
        let shell = Harness(options: options)
        shell.succeed("set draws 400" + (setup.isEmpty ? "" : "; " + setup))
        setupDone.set()
        return (shell, armed)
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
        func set() { lock.lock(); value = true; lock.unlock() }
    }

    /// Every loop that runs long: the Monte Carlo behind eval and compare, sweep's points, sensitivity's
    /// parameters and reruns, claims' sampler, and a script's lines.
    @Test(arguments: [
        ("", "eval"),
        ("", "compare cabana"),
        ("", "sweep purchases 0..150B/month step 10B/month"),
        ("", "sensitivity btc"),
        ("", "claims"),
    ])
    func ctrlCStopsTheLoopAndKeepsTheState(setup: String, command: String) {
        let (shell, interrupt) = shell(interruptAfter: 3, setup: setup)
        let state = shell.session.state
        let results = shell.session.results.map { $0.bands.draws }
        let (outcome, text) = shell.run(command)
        #expect(outcome.failures == 1, "\(command): \(text)")
        #expect(text.contains("error: cancelled"), "\(command): \(text)")
        #expect(shell.session.state == state, "\(command) changed the state")
        #expect(shell.session.results.map { $0.bands.draws } == results)
        #expect(interrupt.checks > 3, "\(command) checked the flag again after the interrupt")
    }

    @Test func ctrlCStopsALongSourcedScriptBetweenLinesAndKeepsNothing() throws {
        let folder = try ScratchFolder()
        try folder.write("long.fed", (1...1_000).map { "let x\($0) = \($0)" }.joined(separator: "\n") + "\n")
        let (shell, interrupt) = shell(interruptAfter: 100)
        let state = shell.session.state
        let (outcome, text) = shell.run("source \(folder.path("long.fed"))")
        #expect(outcome.failures == 1)
        #expect(text.contains("long.fed:101:1: error: cancelled"), "\(text)")
        #expect(shell.session.state == state, "nothing the script did is kept")
        #expect(interrupt.checks <= 102, "the script stopped at the next line (\(interrupt.checks) checks)")
    }

    @Test func ctrlCStopsAScriptEvenWithKeepGoing() {
        var options = Session.Options.testing
        options.keepGoing = true
        let interrupt = InterruptAfter(checks: 2)
        options.isCancelled = interrupt.isCancelled
        let shell = Harness(options: options)
        let (outcome, text) = shell.run(
            "set qt on\nset purchases 10B/month\nset rate_cut 50bp\nset horizon 18 months\n",
            name: "script.fed")
        #expect(outcome.stoppedAtFailure)
        #expect(text.contains("script.fed:3:1: error: cancelled"), "\(text)")
        #expect(shell.scenario.rateCut != 50 && shell.scenario.horizon != 18, "no line ran after the interrupt")
        #expect(shell.scenario.quantitativeTightening)
    }

    @Test func aTypedLineIsNotRefusedByAnEarlierInterrupt() {
        var options = Session.Options.testing
        options.isCancelled = { true }
        let shell = Harness(options: options)
        #expect(shell.succeed("set qt on") == "qt = on (was off)\n")
    }
}
