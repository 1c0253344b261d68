import Foundation
#if canImport(Glibc)
import Glibc
#endif

// glibc ≥ 2.34 has it, but Swift's Glibc module does not declare it (no _GNU_SOURCE).
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
private func closeFrom(
    _ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowestDescriptor: Int32) -> Int32
// Also GNU extensions (glibc ≥ 2.29 and 2.9) that Swift's Glibc module leaves out.
@_silgen_name("posix_spawn_file_actions_addchdir_np")
private func addChangeDirectory(
    _ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ path: UnsafePointer<CChar>) -> Int32
@_silgen_name("pipe2") private func pipe2(_ descriptors: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32

/// A child process on pipes (standard output and standard error kept apart) where every wait has
/// a deadline: at the deadline the child's whole process group is killed, so a hung fedsh (or a
/// pipeline it is part of) fails the test instead of hanging `swift test`.
///
/// The one process runner of these tests: `FedshProcess.run` and `runShell` use it with the streams merged.
enum PipedProcess {
    struct Result: CustomStringConvertible {
        var standardOutput: String
        var standardError: String
        /// The exit status, or 128 + n when killed by signal n.
        var status: Int32
        var timedOut: Bool

        var description: String {
            "status \(status)\(timedOut ? " (timed out, killed)" : "")\n"
                + "stdout:\n\(standardOutput)\nstderr:\n\(standardError)"
        }
    }

    struct SystemError: Error, CustomStringConvertible {
        let call: String
        let code: Int32
        var description: String { "\(call): \(String(cString: strerror(code)))" }
    }

    /// Runs the built fedsh with `arguments` in `directory`, with NO_COLOR, LANG=C.UTF-8, a
    /// temporary HOME and no history file unless `environment` says otherwise.
    static func fedsh(_ arguments: [String], input: String? = nil, directory: URL? = nil,
                      environment: [String: String] = [:], timeout: TimeInterval = 60) throws -> Result {
        try run(executable: FedshProcess.binary, arguments: arguments, input: input, directory: directory,
                environment: environment, timeout: timeout)
    }

    /// Runs `executable`; standard input is `input` (then end of file) or /dev/null.
    /// With `mergingStandardError`, standard error goes to the standard output pipe, interleaved
    /// as a terminal would show it, and `standardError` is empty.
    static func run(executable: URL, arguments: [String], input: String? = nil, directory: URL? = nil,
                    environment extra: [String: String] = [:], timeout: TimeInterval = 60,
                    mergingStandardError: Bool = false) throws -> Result {
        var environment = [
            "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "TERM": "dumb",
            "HOME": FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-no-home").path,
            "FEDSH_HISTORY": "/dev/null",
        ]
        for (key, value) in extra { environment[key] = value }

        func makePipe() throws -> [Int32] {
            var ends: [Int32] = [-1, -1]
            guard pipe2(&ends, O_CLOEXEC) == 0 else { throw SystemError(call: "pipe2", code: errno) }
            return ends
        }
        let inputPipe = try makePipe(), outputPipe = try makePipe(), errorPipe = try makePipe()
        var parentEnds = [inputPipe[1], outputPipe[0], errorPipe[0]]
        defer { parentEnds.filter { $0 >= 0 }.forEach { close($0) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if input == nil {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        } else {
            posix_spawn_file_actions_adddup2(&actions, inputPipe[0], 0)
        }
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, mergingStandardError ? outputPipe[1] : errorPipe[1], 2)
        if let directory { _ = addChangeDirectory(&actions, directory.path) }
        // Tests run in parallel: the child must not hold other tests' pipes or terminals open.
        _ = closeFrom(&actions, 3)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Own process group (to kill a whole pipeline at the deadline); no blocked signals and
        // default dispositions, as from a shell (the test runner's threads block signals).
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)

        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var processID: pid_t = 0
        let spawned = posix_spawn(&processID, executable.path, &actions, &attributes, argv, envp)
        close(inputPipe[0])
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else { throw SystemError(call: "posix_spawn \(executable.path)", code: spawned) }

        // Feed standard input and drain both outputs together, so neither side can block the other.
        var pendingInput = Array((input ?? "").utf8)[...]
        if input == nil || pendingInput.isEmpty { close(parentEnds[0]); parentEnds[0] = -1 }
        if parentEnds[0] >= 0 { _ = fcntl(parentEnds[0], F_SETFL, fcntl(parentEnds[0], F_GETFL) | O_NONBLOCK) }
        var collected: [[UInt8]] = [[], []]
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while parentEnds[1] >= 0 || parentEnds[2] >= 0 {
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { timedOut = true; break }
            var descriptors = [
                pollfd(fd: parentEnds[0], events: Int16(POLLOUT), revents: 0),
                pollfd(fd: parentEnds[1], events: Int16(POLLIN), revents: 0),
                pollfd(fd: parentEnds[2], events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 3, Int32(min(remaining, 1) * 1000) + 1)
            if ready < 0 {
                if errno == EINTR { continue }
                throw SystemError(call: "poll", code: errno)
            }
            if descriptors[0].revents != 0 {
                let written = pendingInput.withUnsafeBytes { write(parentEnds[0], $0.baseAddress, $0.count) }
                if written > 0 { pendingInput = pendingInput.dropFirst(written) }
                if pendingInput.isEmpty || (written < 0 && errno != EAGAIN && errno != EINTR) {
                    close(parentEnds[0])
                    parentEnds[0] = -1
                }
            }
            for stream in 1...2 where descriptors[stream].revents != 0 {
                var chunk = [UInt8](repeating: 0, count: 65_536)
                let count = chunk.withUnsafeMutableBytes { read(parentEnds[stream], $0.baseAddress, $0.count) }
                if count > 0 {
                    collected[stream - 1].append(contentsOf: chunk[0..<count])
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(parentEnds[stream])
                    parentEnds[stream] = -1
                }
            }
        }

        // Outputs are closed (or time is up): reap the child, killing its group at the deadline.
        var status: Int32 = 0
        while true {
            let result = waitpid(processID, &status, WNOHANG)
            if result == processID { break }
            if result < 0 && errno != EINTR { break }
            if timedOut || Date() >= deadline {
                timedOut = true
                kill(-processID, SIGKILL)
                kill(processID, SIGKILL)
                waitpid(processID, &status, 0)
                break
            }
            usleep(5_000)
        }
        if timedOut { kill(-processID, SIGKILL) }
        let signal = status & 0x7f
        return Result(
            standardOutput: String(decoding: collected[0], as: UTF8.self),
            standardError: String(decoding: collected[1], as: UTF8.self),
            status: signal == 0 ? (status >> 8) & 0xff : 128 + signal,
            timedOut: timedOut)
    }
}

/// A temporary folder removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` to `name` in the folder and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
