import Foundation
import Testing

/// The startup file (`$XDG_CONFIG_HOME/fedsh/init.fed`, `--init`, `--no-init`) through the binary:
/// it runs before scripts and the prompt, quietly; its errors name the file and line and stop nothing.
@Suite struct StartupFileTests {
    static let startup = "# my settings\nset purchases 45B/month\nset purchse 1\nlet target = 3T\n"

    /// A config folder holding `fedsh/init.fed`.
    func configFolder(_ text: String = startup) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("fedsh"),
                                                withIntermediateDirectories: true)
        try folder.write("fedsh/init.fed", text)
        return folder
    }

    @Test func runsBeforeCommandsQuietlyAndReportsItsErrorsWithFileAndLine() throws {
        let config = try configFolder()
        let path = config.url.appendingPathComponent("fedsh/init.fed").path
        let result = try PipedProcess.fedsh(["-c", "show purchases; print target"],
                                            environment: ["XDG_CONFIG_HOME": config.url.path])
        #expect(result.status == 0, "an error in the startup file is not the user's failure: \(result)")
        #expect(result.standardOutput == "* purchases  $45B/month  (default $0/month)\n$3T\n", "\(result)")
        #expect(result.standardError.hasPrefix("\(path):3:5: error: unknown variable 'purchse'"), "\(result)")
    }

    @Test func defaultsToTheConfigFolderInHome() throws {
        let home = try configFolder()
        try FileManager.default.moveItem(at: home.url.appendingPathComponent("fedsh"),
                                         to: home.url.appendingPathComponent(".config/fedsh").creatingParent())
        let result = try PipedProcess.fedsh(["-c", "show purchases"], environment: ["HOME": home.url.path])
        #expect(result.standardOutput.contains("$45B/month"), "\(result)")
    }

    @Test func relativeConfigHomeIsIgnored() throws {
        let config = try configFolder()
        let result = try PipedProcess.fedsh(["-c", "show purchases"], directory: config.url,
                                            environment: ["XDG_CONFIG_HOME": "."])
        #expect(result.standardOutput == "  purchases  $0/month\n", "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
    }

    @Test func noInitSkipsIt() throws {
        let config = try configFolder()
        let result = try PipedProcess.fedsh(["--no-init", "-c", "show purchases"],
                                            environment: ["XDG_CONFIG_HOME": config.url.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "  purchases  $0/month\n", "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
    }

    @Test func initFileReplacesTheDefaultAndRunsBeforeScripts() throws {
        let config = try configFolder()
        let folder = try TemporaryFolder()
        try folder.write("mine.fed", "set qt on\n")
        try folder.write("plan.fed", "show qt\n")
        let result = try PipedProcess.fedsh(["--init", "mine.fed", "plan.fed"], directory: folder.url,
                                            environment: ["XDG_CONFIG_HOME": config.url.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("* qt  on"), "\(result)")
        #expect(!result.standardError.contains("purchse"), "the default file did not run: \(result)")
    }

    @Test func missingInitFileIsReportedAndTheShellGoesOn() throws {
        let result = try PipedProcess.fedsh(["--init", "/nonexistent/init.fed", "-c", "show purchases"])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardError.contains("no such file: /nonexistent/init.fed"), "\(result)")
        #expect(result.standardOutput == "  purchases  $0/month\n", "\(result)")
    }

    @Test func quitEndsTheStartupFileNotTheShell() throws {
        let config = try configFolder("set purchases 45B/month\nquit\nset qt on\n")
        let result = try PipedProcess.fedsh(["-c", "show purchases; show qt"],
                                            environment: ["XDG_CONFIG_HOME": config.url.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "* purchases  $45B/month  (default $0/month)\n  qt  off\n", "\(result)")
    }

    @Test func runsBeforeTheFirstPrompt() throws {
        let config = try configFolder()
        let home = try TypedSession.makeHome()
        defer { try? FileManager.default.removeItem(at: home) }
        var environment = TypedSession.environment(home: home)
        environment["XDG_CONFIG_HOME"] = config.url.path
        let terminal = try PseudoTerminal.spawn(executable: FedshProcess.binary, environment: environment)
        let before = try terminal.readUntil("fedsh> ")
        #expect(before.contains("init.fed:3:5: error: unknown variable 'purchse'"), "\(before)")
        try terminal.send("show purchases\r")
        try terminal.readUntil("$45B/month")
        try terminal.send("quit\r")
        #expect(try terminal.waitForExit() == 0)
    }
}

extension URL {
    /// This URL, after creating its parent folder.
    fileprivate func creatingParent() throws -> URL {
        try FileManager.default.createDirectory(at: deletingLastPathComponent(), withIntermediateDirectories: true)
        return self
    }
}
