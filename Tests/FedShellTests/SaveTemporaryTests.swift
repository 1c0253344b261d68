import Foundation
import Testing
@testable import FedShell

/// A save cut off by `kill -9` or SIGHUP leaves its temporary file; later saves clean up after it and
/// the saved file is never lost (issue 11, the reliability review's temp files).
struct SaveTemporaryTests {
    /// The id of a process that has ended (so `kill(id, 0)` fails with ESRCH).
    private func deadProcessID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func theNextSaveRemovesTemporariesOfDeadProcessesOnly() throws {
        let folder = try ScratchFolder()
        let dead = try deadProcessID()
        try folder.write("what-if.fed", "# the user's saved file\nset qt on\n")
        let stale = ".what-if.fed.\(dead).12345.tmp"
        let live = ".what-if.fed.\(getpid()).678.tmp"
        let otherFile = ".other.fed.\(dead).9.tmp"
        let notOurs = ".what-if.fed.notes.tmp"
        for name in [stale, live, otherFile, notOurs] { try folder.write(name, "partial") }
        let shell = Harness()
        shell.succeed("set purchases 45B/month; save --force \(folder.path("what-if.fed"))")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!names.contains(stale), "a dead process's temporary is removed: \(names)")
        #expect(names.contains(live), "a live process's temporary may be a save in progress")
        #expect(names.contains(otherFile), "another file's temporaries are left to its own saves")
        #expect(names.contains(notOurs))
        #expect(
            names.filter { $0.hasPrefix(".what-if.fed.\(getpid()).") }.count == 1, "no temporary of this save is left")
        let saved = try String(contentsOfFile: folder.path("what-if.fed"), encoding: .utf8)
        #expect(saved.contains("set purchases $45B/month"))
    }

    @Test func aSaveWithoutForceStillRefusesAndKeepsTheFile() throws {
        let folder = try ScratchFolder()
        let dead = try deadProcessID()
        try folder.write("kept.fed", "set qt on\n")
        try folder.write(".kept.fed.\(dead).1.tmp", "partial")
        let (outcome, text) = Harness().run("save \(folder.path("kept.fed"))")
        #expect(outcome.failures == 1)
        #expect(text.contains("already exists"))
        #expect(try String(contentsOfFile: folder.path("kept.fed"), encoding: .utf8) == "set qt on\n")
    }

    @Test func aTemporaryNameIsPerProcessAndPerSave() {
        let url = URL(fileURLWithPath: "/tmp/a.fed")
        let first = ScriptFile.temporaryName(for: url, process: 42)
        #expect(first.hasPrefix(".a.fed.42.") && first.hasSuffix(".tmp"))
        #expect((0..<20).map { _ in ScriptFile.temporaryName(for: url, process: 42) }.contains { $0 != first })
    }
}

/// File problems are values (issue 11): the kind and its data, worded once in `ScriptFile+Messages`.
struct FileProblemTests {
    @Test func problemsAreKindsWithTheirFiles() throws {
        let folder = try ScratchFolder()
        let missing = folder.url.appendingPathComponent("missing.fed")
        do {
            _ = try ScriptFile.read(missing)
            Issue.record("read a missing file")
        } catch {
            #expect(error.problem == .noSuchFile(missing))
            #expect(error.message.hasPrefix("no such file: "))
        }
        try folder.write("kept.fed", "x\n")
        let kept = folder.url.appendingPathComponent("kept.fed")
        do {
            try ScriptFile.write("y\n", to: kept, replace: false, command: "save")
            Issue.record("replaced a file without --force")
        } catch {
            #expect(error.problem == .alreadyExists(kept, command: "save"))
            #expect(error.help == "use 'save --force \(ScriptFile.displayPath(kept))' to replace it")
        }
    }

    @Test func systemErrorsReadTheSameEverywhere() {
        let url = URL(fileURLWithPath: "/tmp/x.fed")
        for problem in [ScriptFile.Problem.cannotRead(url, code: ENOSPC), .cannotWrite(url, code: ENOSPC),
                        .cannotReplace(url, code: ENOSPC), .cannotWriteIn(url, code: ENOSPC)] {
            #expect(problem.message.hasSuffix(": no space left on device"), "\(problem.message)")
        }
    }
}
