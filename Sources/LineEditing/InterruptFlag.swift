import CTerminalInput

/// Ctrl-C as a flag instead of death, for the times the shell is computing rather than reading.
///
/// Contract:
/// - `install()` (called by `EditLineReader.init`, idempotent) installs a SIGINT handler without
///   `SA_RESTART`. From then on SIGINT never ends the process: it sets this flag (a lock-free
///   C atomic, so the handler is async-signal-safe) and wakes a reader blocked on the terminal.
/// - While a line is being read, `EditLineReader` consumes the flag itself and returns
///   `.interrupted`; it resets the flag before each read, so a Ctrl-C pressed during a
///   computation does not cancel the next line.
/// - Long computations should poll `isSet` at convenient points, stop early when it is set, and
///   call `reset()` once they have handled it. A computation that never polls cannot be stopped
///   with Ctrl-C (Ctrl-\ or SIGTERM still end the process, restoring the terminal).
/// - Blocking system calls may fail with `EINTR` while the handler is installed.
package enum InterruptFlag {
    /// Installs the SIGINT handler. Returns false if `sigaction` or `pipe` failed.
    @discardableResult
    package static func install() -> Bool {
        cti_install_interrupt_handler() == 0
    }

    /// Whether Ctrl-C (SIGINT) arrived since the last `reset()`.
    package static var isSet: Bool { cti_interrupt_is_set() != 0 }

    /// Forgets a pending Ctrl-C.
    package static func reset() { cti_interrupt_reset() }

    /// Sets the flag as Ctrl-C would.
    package static func set() { cti_interrupt_raise() }
}
