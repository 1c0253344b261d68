import Foundation

/// Runs the built `fedsh` binary as a child process with pipes, for tests of what a user of
/// scripts and pipes sees: output, exit status and `file:line:col` errors.
enum FedshProcess {
    /// The `fedsh` executable built beside this test bundle.
    static let binary: URL = {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap { $0 }
        for candidate in candidates {
            var folder = candidate.deletingLastPathComponent()
            for _ in 0..<3 {
                let binary = folder.appendingPathComponent("fedsh")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                folder = folder.deletingLastPathComponent()
            }
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/fedsh")
    }()

    /// The package root (for examples/ and lessons/).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    struct Result {
        /// Standard output and standard error interleaved, as a terminal would show them.
        var output: String
        var status: Int32
    }

    /// Runs fedsh with `arguments`, optional standard input, in `directory`; stderr joins stdout.
    /// At the deadline the process group is killed and the result says so in its status (137).
    static func run(_ arguments: [String], input: String? = nil, directory: URL? = nil,
                    environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> Result {
        // Transcripts must not depend on the machine's locale (LANG=C writes reports in ASCII).
        let result = try PipedProcess.run(executable: binary, arguments: arguments, input: input, directory: directory,
                                          environment: environment, timeout: timeout, mergingStandardError: true)
        return Result(output: result.standardOutput + (result.timedOut ? "\n[timed out, killed]\n" : ""),
                      status: result.status)
    }
}
