import Foundation

/// A progress line on standard error for work that takes more than half a second, only when
/// standard error is a terminal; rewritten in place at most ten times a second and erased when the
/// work is done, so it never mixes with results on standard output.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let isTerminal: Bool
    private var started: ContinuousClock.Instant?
    private var lastShown: ContinuousClock.Instant?
    private var showing = false

    static let delay = Duration.milliseconds(500)
    static let interval = Duration.milliseconds(100)

    init(isTerminal: Bool = isatty(2) == 1) { self.isTerminal = isTerminal }

    /// A new state of the work, or nil when it has finished.
    func update(_ text: String?) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        guard let text else {
            if showing { TerminalOutput.write("\r\u{1B}[K", to: 2) }
            showing = false
            started = nil
            lastShown = nil
            return
        }
        let start = started ?? now
        started = start
        guard now - start >= Self.delay else { return }
        if let lastShown, now - lastShown < Self.interval { return }
        lastShown = now
        showing = true
        TerminalOutput.write("\r" + text + "\u{1B}[K", to: 2)
    }
}
