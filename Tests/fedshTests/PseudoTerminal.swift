import Foundation
#if canImport(Glibc)
import Glibc
#endif

// glibc ≥ 2.34 has it, but Swift's Glibc module does not declare it (no _GNU_SOURCE).
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func posix_spawn_file_actions_addclosefrom_np(
    _ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowestDescriptor: Int32) -> Int32

// Declared by <stdlib.h> only with _XOPEN_SOURCE, which Swift's Glibc module does not define.
@_silgen_name("posix_openpt") private func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantpt(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockpt(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname_r")
private func ptsname_r(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ length: Int) -> Int32

/// A child process running on a pseudo-terminal that is its controlling terminal, so typed
/// control characters become signals (Ctrl-C is SIGINT) exactly as for a user.
///
/// Every wait has a deadline and the child is killed (SIGKILL) when the harness goes away, so a
/// hung child can fail a test but never hang `swift test`.
final class PseudoTerminal {
    /// A wait that ran out of time, with everything the child printed so far.
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let output: String
        var description: String {
            "timed out waiting for \(waitingFor.debugDescription); output so far:\n\(output.debugDescription)"
        }
    }

    /// A system call failed while setting the child up.
    struct SystemError: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    let processID: pid_t
    private let primary: Int32
    private var received: [UInt8] = []
    private var consumed = 0
    private var exitStatus: Int32?
    private var childClosedTerminal = false

    /// Everything the child has printed so far, raw (escape sequences included).
    var output: String { String(decoding: received, as: UTF8.self) }

    private init(processID: pid_t, primary: Int32) {
        self.processID = processID
        self.primary = primary
    }

    deinit {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            waitpid(processID, &status, 0)
        }
        close(primary)
    }

    /// Starts `executable` in a new session whose controlling terminal is a fresh 80×24
    /// pseudo-terminal on its standard input, output and error.
    static func spawn(
        executable: URL, arguments: [String] = [], environment: [String: String],
        columns: UInt16 = 80, rows: UInt16 = 24
    ) throws -> PseudoTerminal {
        let primary = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard primary >= 0 else { throw SystemError(call: "posix_openpt", code: errno) }
        guard grantpt(primary) == 0, unlockpt(primary) == 0 else {
            let code = errno
            close(primary)
            throw SystemError(call: "grantpt/unlockpt", code: code)
        }
        var nameBuffer = [CChar](repeating: 0, count: 256)
        guard ptsname_r(primary, &nameBuffer, nameBuffer.count) == 0 else {
            let code = errno
            close(primary)
            throw SystemError(call: "ptsname_r", code: code)
        }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(primary, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opening the secondary by path after setsid makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, nameBuffer, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // Tests run in parallel: without this the child inherits other tests' terminals.
        _ = posix_spawn_file_actions_addclosefrom_np(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        let setSession: Int32 = 0x80 // POSIX_SPAWN_SETSID, not exported to Swift
        posix_spawnattr_setflags(&attributes, Int16(setSession | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // The test runner's threads block signals; the child must start with none blocked and
        // default dispositions, or Ctrl-C and SIGTERM never reach it.
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)

        let argumentStrings = [executable.path] + arguments
        let environmentStrings = environment.map { "\($0.key)=\($0.value)" }
        let argv = argumentStrings.map { strdup($0) } + [nil]
        let envp = environmentStrings.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var processID: pid_t = 0
        let result = posix_spawn(&processID, executable.path, &actions, &attributes, argv, envp)
        guard result == 0 else {
            close(primary)
            throw SystemError(call: "posix_spawn \(executable.path)", code: result)
        }
        return PseudoTerminal(processID: processID, primary: primary)
    }

    /// Types `text` (UTF-8). Use "\r" for Enter, as a terminal sends.
    func send(_ text: String, timeout: TimeInterval = 5) throws {
        var bytes = Array(text.utf8)[...]
        let deadline = Date().addingTimeInterval(timeout)
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(primary, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0 && errno != EINTR && errno != EAGAIN {
                throw SystemError(call: "write", code: errno)
            }
            if Date() > deadline { throw Timeout(waitingFor: "room to send \(text)", output: output) }
            if !bytes.isEmpty { try pump(until: Date().addingTimeInterval(0.01)) }
        }
    }

    /// Types Ctrl-`letter` (for example "c" for Ctrl-C, "d" for Ctrl-D).
    func sendControl(_ letter: Character) throws {
        guard let ascii = letter.uppercased().first?.asciiValue else { return }
        try send(String(UnicodeScalar(ascii & 0x1f)))
    }

    /// Waits until `text` appears in the output after what earlier calls returned, and returns
    /// the output up to and including it. Throws `Timeout` with the output so far.
    @discardableResult
    func readUntil(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let end = find(needle) {
                let found = String(decoding: received[consumed..<end], as: UTF8.self)
                consumed = end
                return found
            }
            if childClosedTerminal || Date() >= deadline {
                throw Timeout(waitingFor: text, output: String(decoding: received[consumed...], as: UTF8.self))
            }
            try pump(until: deadline)
        }
    }

    /// Waits until the child has printed nothing for `quiet` seconds, so that keys still queued (a burst
    /// of ^C) have all been handled, and marks everything printed so far as read.
    func waitForQuiet(_ quiet: TimeInterval = 0.5, timeout: TimeInterval = 20) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var count = received.count, since = Date()
        while Date().timeIntervalSince(since) < quiet {
            if childClosedTerminal || Date() >= deadline {
                let unread = String(decoding: received[consumed...], as: UTF8.self)
                throw Timeout(waitingFor: "quiet output", output: unread)
            }
            try pump(until: min(deadline, Date().addingTimeInterval(0.02)))
            if received.count != count { (count, since) = (received.count, Date()) }
        }
        consumed = received.count
    }

    /// Waits for the child to end, reading its output meanwhile, and returns its exit status
    /// (128 + n when killed by signal n). On timeout it is killed and `Timeout` thrown.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        if let exitStatus { return exitStatus }
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            var status: Int32 = 0
            let result = waitpid(processID, &status, WNOHANG)
            if result == processID {
                let signal = status & 0x7f
                let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
                exitStatus = code
                return code
            }
            if Date() >= deadline {
                kill(processID, SIGKILL)
                waitpid(processID, &status, 0)
                exitStatus = 128 + SIGKILL
                throw Timeout(waitingFor: "exit", output: output)
            }
            try pump(until: min(deadline, Date().addingTimeInterval(0.02)))
        }
    }

    /// Sends `signal` to the child.
    func signal(_ signal: Int32) {
        kill(processID, signal)
    }

    /// The pseudo-terminal's current modes (Linux reports the secondary's through the primary).
    func terminalModes() -> termios? {
        var modes = termios()
        return tcgetattr(primary, &modes) == 0 ? modes : nil
    }

    /// Waits until the child has put the terminal in non-canonical mode, as a line editor does
    /// once it is ready for keys. Keys sent before that are handled by the kernel's line
    /// discipline (echoed, held until Enter, ^D consumed), which makes tests flaky.
    func waitForNonCanonicalMode(timeout: TimeInterval = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let modes = terminalModes(), modes.c_lflag & tcflag_t(ICANON) == 0 { return }
            if childClosedTerminal || Date() >= deadline {
                throw Timeout(waitingFor: "non-canonical terminal mode", output: output)
            }
            try pump(until: min(deadline, Date().addingTimeInterval(0.005)))
        }
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard !needle.isEmpty else { return consumed }
        guard received.count - consumed >= needle.count else { return nil }
        var start = consumed
        while start + needle.count <= received.count {
            if received[start] == needle[0] && received[start..<start + needle.count].elementsEqual(needle) {
                return start + needle.count
            }
            start += 1
        }
        return nil
    }

    // Reads whatever is available before `deadline` (at least one poll).
    private func pump(until deadline: Date) throws {
        let milliseconds = max(0, Int32(deadline.timeIntervalSinceNow * 1000))
        var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, milliseconds)
        if ready < 0 {
            if errno == EINTR { return }
            throw SystemError(call: "poll", code: errno)
        }
        guard ready > 0 else { return }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(primary, $0.baseAddress, $0.count) }
        if count > 0 {
            received.append(contentsOf: chunk[0..<count])
        } else if count == 0 || errno == EIO {
            // EIO: every descriptor on the secondary is closed, the child is gone.
            childClosedTerminal = true
            usleep(10_000)
        }
    }
}
