import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// Scripts stay in their folder, `--force` replaces only regular files, and nothing raw from input
/// reaches the terminal (the reliability review of Dec 2026, S1–S5, D1).
@Suite(.serialized) struct ScriptFolderTests {
    /// A folder `lesson` with a script in it, and a sibling `outside`; the working folder is elsewhere.
    struct Layout {
        let root: TemporaryFolder
        var lesson: URL { root.url.appendingPathComponent("lesson") }
        var outside: URL { root.url.appendingPathComponent("outside") }

        init() throws {
            root = try TemporaryFolder()
            try FileManager.default.createDirectory(at: lesson, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        }

        /// Runs `text` as the script lesson/NAME, the way `fedsh lesson/NAME` does.
        func runScript(_ text: String, name: String = "w.fed", allowing: [URL] = [])
            -> (outcome: Session.RunOutcome, text: String) {
            let url = lesson.appendingPathComponent(name)
            try? Data(text.utf8).write(to: url)
            var options = Session.Options.keepingGoing
            options.allowedFolders = allowing
            let harness = Harness(options: options)
            let outcome = harness.session.runFile(url.path)
            return (outcome, harness.output.text)
        }
    }

    static let escapes = [
        "save ../outside/a.fed", "export ../outside/b.csv", "plot btc --svg ../outside/c.svg", "record ../outside/d.md",
        "source ../outside/e.fed", "save /tmp/fedsh-never-written.fed", "export ~/fedsh-never-written.csv",
        "source ../../../../etc/shadow", "backtest 2025-06-18 months 1 --csv ../outside/f.csv",
        "backtest 2025-06-18 months 1 --svg ../outside/g.svg", "calibrate --svg ../outside/h.svg",
    ]

    @Test(arguments: escapes)
    func scriptCannotReachOutsideItsFolder(command: String) throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        try Data("print 1\n".utf8).write(to: layout.outside.appendingPathComponent("e.fed"))
        let (outcome, text) = layout.runScript("set draws 20\n" + command + "\n")
        #expect(outcome.failures == 1, "\(text)")
        #expect(text.contains("it is outside the script's folder"), "\(text)")
        #expect(!text.contains("root:"), "a file's contents leaked into the error")
        let written = try FileManager.default.contentsOfDirectory(atPath: layout.outside.path)
        #expect(written == ["e.fed"], "\(written)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/fedsh-never-written.fed"))
    }

    @Test func allowedFolderMayBeUsed() throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        let (outcome, text) = layout.runScript("save ../outside/a.fed\n", allowing: [layout.outside])
        #expect(outcome.failures == 0, "\(text)")
        #expect(FileManager.default.fileExists(atPath: layout.outside.appendingPathComponent("a.fed").path))
    }

    @Test func scriptMayUseItsOwnFolderTree() throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        try FileManager.default.createDirectory(
            at: layout.lesson.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("set seed 7\n".utf8).write(to: layout.lesson.appendingPathComponent("sub/inner.fed"))
        let (outcome, text) = layout.runScript("source sub/inner.fed\nsave sub/../saved.fed\n")
        #expect(outcome.failures == 0, "\(text)")
        #expect(FileManager.default.fileExists(atPath: layout.lesson.appendingPathComponent("saved.fed").path))
    }

    @Test func symlinkOutOfTheFolderIsRefused() throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        let target = layout.outside.appendingPathComponent("victim_bashrc")
        try Data("# mine\n".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(
            at: layout.lesson.appendingPathComponent("link.fed"), withDestinationURL: target)
        let (outcome, text) = layout.runScript("let s = \"$(touch PWNED)\"\nsave --force link.fed\n")
        #expect(outcome.failures == 1)
        #expect(text.contains("outside the script's folder"), "\(text)")
        #expect(try String(contentsOf: target, encoding: .utf8) == "# mine\n")
    }

    @Test func forceWritesThroughALinkInsideTheFolder() throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        let target = layout.lesson.appendingPathComponent("real.fed")
        try Data("# old\n".utf8).write(to: target)
        let link = layout.lesson.appendingPathComponent("link.fed")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let (outcome, text) = layout.runScript("set seed 9\nsave --force link.fed\n")
        #expect(outcome.failures == 0, "\(text)")
        #expect(try String(contentsOf: target, encoding: .utf8).contains("set seed 9"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
    }

    @Test func sourceReadsOnlyFedFiles() throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        try Data("secret line\n".utf8).write(to: layout.lesson.appendingPathComponent("secret_key"))
        let (outcome, text) = layout.runScript("source secret_key\n")
        #expect(outcome.failures == 1)
        #expect(text.contains("source reads only fedsh scripts (.fed files)"), "\(text)")
        #expect(!text.contains("secret line"))
    }

    @Test func typedAtThePromptAnyPathIsTheUsersOwn() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = Harness()
        harness.succeed("save \(folder.url.path)/typed.fed")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("typed.fed").path))
    }

    @Test(arguments: ["save --force /dev/null", "record --force %FOLDER%/link.md", "export --force %FOLDER%/link.csv"])
    func forceNeverReplacesADevice(command: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for name in ["link.md", "link.csv"] {
            try FileManager.default.createSymbolicLink(at: folder.url.appendingPathComponent(name),
                                                       withDestinationURL: URL(fileURLWithPath: "/dev/full"))
        }
        let (outcome, text) = Harness().run(
            "set draws 20; " + command.replacingOccurrences(of: "%FOLDER%", with: folder.url.path))
        #expect(outcome.failures == 1)
        #expect(text.contains("is a character device: fedsh writes only regular files"), "\(text)")
        for device in ["/dev/full", "/dev/null"] {
            var status = stat()
            #expect(stat(device, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        }
    }

    @Test func forceNeverReplacesAFifo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let fifo = folder.url.appendingPathComponent("pipe.fed").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let (outcome, text) = Harness().run("save --force \(fifo)")
        #expect(outcome.failures == 1)
        #expect(text.contains("is a FIFO"), "\(text)")
    }

    /// S1: control, bidi and zero-width characters never reach the terminal raw.
    @Test(arguments: [
        "print \"\u{1B}]2;PWNED\u{7}\"", "let x = \"\u{1B}[2J\"", "print \"a\u{202E}b\"", "print \"a\u{200B}b\"",
    ])
    func stringWithTerminalControlIsRefused(line: String) {
        let (outcome, text) = Harness().run(line)
        #expect(outcome.failures == 1)
        #expect(text.contains("a string may not hold U+"), "\(text)")
        #expect(!text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) && $0 != "\n" })
    }

    @Test func fileNameAndNoteAreShownVisibly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = Harness()
        let saved = harness.succeed("save \(folder.url.path)/a\u{1B}[2Jb.fed")
        #expect(saved.contains("a^[[2Jb.fed"), "\(saved)")
        let note = harness.succeed("note left\u{202E}right")
        #expect(note.contains("left<U+202E>right"))
        for text in [saved, note] {
            #expect(!text.unicodeScalars.contains { TextSanitizer.isUnsafe($0) && $0 != "\n" })
        }
    }

    @Test func handoutShowsControlCharactersVisibly() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = Harness()
        let handout = folder.url.appendingPathComponent("r.md")
        harness.succeed("record \(handout.path)")
        harness.run("note bell\u{7} and \u{202E}reversed")
        harness.run("print \"\u{1B}[2J\"")
        harness.succeed("record off")
        let text = try String(contentsOf: handout, encoding: .utf8)
        #expect(text.contains("bell^G and <U+202E>reversed"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test func tildeIsTheHomeFromTheEnvironment() {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/"
        #expect(
            ScriptFile.resolve("~/x.fed", relativeTo: nil).path
                == URL(fileURLWithPath: home).appendingPathComponent("x.fed").standardizedFileURL.path)
    }

    @Test func userVariablesBehaveLikeADictionary() {
        var variables = UserVariables()
        let one = SessionState.UserVariable(value: .quantity(.plain(1)), savedText: "1")
        for index in 0..<5_000 { variables["v\(index)"] = one }
        let snapshot = variables
        #expect(variables.count == 5_000 && variables == snapshot)
        variables["v42"] = SessionState.UserVariable(value: .quantity(.plain(2)), savedText: "2")
        #expect(variables != snapshot && snapshot["v42"]?.savedText == "1")
        #expect(variables.removeValue(forKey: "v42") != nil && variables.count == 4_999 && variables["v42"] == nil)
        #expect(Set(variables.keys).count == 4_999)
    }

    /// M3: wrong extensions for record and plot --svg, and a trailing slash, were accepted.
    @Test(arguments: [("record x.txt", "this command writes .md, .html or .htm files, not x.txt"),
                      ("plot btc --svg x.png", "this command writes .svg files, not x.png"),
                      ("export x.json/", "x.json/ ends in '/', so it names a folder, not a file")])
    func wrongFileNamesAreRefused(line: String, message: String) {
        let (outcome, text) = Harness().run("set draws 20; " + line)
        #expect(outcome.failures == 1)
        #expect(text.contains(message), "\(text)")
    }

    /// M3: `let x = 12345` echoed "x = 12350".
    @Test func letEchoesAWholeNumberExactly() {
        #expect(Harness().succeed("let x = 12345").contains("x = 12345\n"))
    }

    /// D6: a `record` started inside a failed `source` kept recording after "nothing it did was kept".
    @Test func failedSourceStopsTheHandoutItStarted() throws {
        let layout = try Layout()
        defer { layout.root.remove() }
        try Data("record inner.md\nset nosuch 1\n".utf8).write(to: layout.lesson.appendingPathComponent("inner.fed"))
        let harness = Harness()
        harness.run("source \(layout.lesson.path)/inner.fed")
        #expect(harness.session.output.recorder == nil)
    }
}
