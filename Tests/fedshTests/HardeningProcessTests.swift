import Foundation
import Testing

/// Failure is loud and resources are bounded, seen from outside the process
/// (the reliability review of Dec 2026, D2–D4, R2, S4).
@Suite(.serialized) struct HardeningProcessTests {
    /// Runs fedsh with the given standard input and output files; returns status and standard error.
    static func run(_ arguments: [String], input: String = "/dev/null", output: String = "/dev/null",
                    environment: [String: String] = [:]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = FedshProcess.binary
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["FEDSH_HISTORY"] = "/dev/null"
        variables["NO_COLOR"] = "1"
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        process.standardInput = FileHandle(forReadingAtPath: input)
        process.standardOutput = FileHandle(forWritingAtPath: output)
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// D4: `fedsh … > /dev/full` said nothing and exited 0.
    @Test func outputToAFullDeviceFailsTheRun() throws {
        let result = try Self.run(["-c", "use cabana; set draws 50; eval"], output: "/dev/full")
        #expect(result.status == 1)
        #expect(result.errors.components(separatedBy: "cannot write the output").count == 2, "\(result.errors)")
    }

    /// R2: `fedsh < /dev/zero` grew to 7.6 GB.
    @Test func endlessLineOnStandardInputStops() throws {
        let result = try Self.run([], input: "/dev/zero")
        #expect(result.status == 1)
        #expect(
            result.errors.contains("a line longer than 16 MiB; standard input is not read further"), "\(result.errors)")
    }

    /// S4: a journal path that is a device is never read, replaced or renamed.
    @Test func recoverRefusesADeviceJournal() throws {
        let result = try Self.run(["--recover"], environment: ["FEDSH_JOURNAL": "/dev/zero"])
        #expect(result.status == 1)
        #expect(result.errors.contains("/dev/zero is not a regular file"), "\(result.errors)")
        var status = stat()
        #expect(stat("/dev/zero", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    /// D2/D3: `--recover` said "ended cleanly" when no journal could be written.
    @Test func recoverTellsAFailedJournalFromACleanEnd() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let journal = home.appendingPathComponent("journal.fed")
        try Data("# fedsh (pid 1) could not write its journal: no space left on device\n".utf8)
            .write(to: home.appendingPathComponent("journal.failed"))
        let failed = try Self.run(["--recover"], environment: ["FEDSH_JOURNAL": journal.path])
        #expect(failed.status == 1)
        #expect(failed.errors.contains("the last session could not write its journal"), "\(failed.errors)")
        try FileManager.default.removeItem(at: home.appendingPathComponent("journal.failed"))
        try Data("# fedsh journal\nset seed 2\n".utf8).write(to: home.appendingPathComponent("journal.previous.fed"))
        let clean = try Self.run(["--recover"], environment: ["FEDSH_JOURNAL": journal.path])
        #expect(clean.errors.contains("the last session ended cleanly"), "\(clean.errors)")
    }

    /// D2: a journal that cannot be written is reported once, at the prompt.
    @Test func unwritableJournalWarnsOnce() throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        // The journal's folder is a file: nothing can be written under it.
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("state"), withIntermediateDirectories: true)
        try Data().write(to: home.appendingPathComponent("state/fedsh"))
        let session = try TypedSession(home: home)
        defer { session.terminal.signal(SIGKILL) }
        try session.type("set seed 3", expecting: "seed = 3")
        try session.type("set seed 4", expecting: "seed = 4")
        let output = session.terminal.output
        #expect(output.components(separatedBy: "cannot write the session journal").count == 2, "\(output)")
    }

    /// M4: a tampered journal ran `save --force` during the quiet replay, and `quit` in it was
    /// counted as recovered.
    @Test(arguments: ["save --force written.fed", "export --force written.csv", "quit"])
    func recoverRefusesAJournalWithForeignCommands(command: String) throws {
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        let journal = home.appendingPathComponent("journal.fed")
        try Data("# fedsh journal (pid 1): the session's state\nset seed 5\n\(command)\nset seed 6\n".utf8).write(
            to: journal)
        let process = try FedshProcess.run(["--recover", "-c", "print seed"], directory: home,
                                           environment: ["FEDSH_JOURNAL": journal.path])
        #expect(process.status == 1)
        #expect(
            process.output.contains("its journal holds '\(command)', which a journal never records"),
            "\(process.output)")
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("written.fed").path))
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("written.csv").path))
        #expect(FileManager.default.fileExists(atPath: journal.path), "the journal is kept")
    }
}
