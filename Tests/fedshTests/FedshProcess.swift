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
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
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
    static func run(_ arguments: [String], input: String? = nil, directory: URL? = nil,
                    environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var variables = ProcessInfo.processInfo.environment
        variables["NO_COLOR"] = "1"
        // Transcripts must not depend on the machine's locale (LANG=C writes reports in ASCII).
        variables["LANG"] = "C.UTF-8"
        variables["LC_ALL"] = nil
        variables["LC_CTYPE"] = nil
        variables["FEDSH_HISTORY"] = "/dev/null"
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let outputPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = outputPipe
        let inputPipe = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : inputPipe
        try process.run()
        if let input {
            inputPipe.fileHandleForWriting.write(Data(input.utf8))
            try inputPipe.fileHandleForWriting.close()
        }
        let deadline = Date().addingTimeInterval(timeout)
        let data = outputPipe.fileHandleForReading.readDataToEndOfFile()
        while process.isRunning {
            if Date() > deadline { process.terminate(); break }
            usleep(10_000)
        }
        process.waitUntilExit()
        return Result(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }
}
