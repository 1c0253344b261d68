import ArgumentParser
import FedLanguage
import FedShell
import Foundation
import LineEditing

/// The executable: flags, then the terminal or the scripts, wired to one `Session`.
@main
struct FedshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fedsh",
        abstract: "An interactive scenario shell for the Fed's December 2025 liquidity decisions.",
        discussion: """
        With no arguments fedsh starts at a prompt (or reads commands from standard input when it is not \
        a terminal). Scripts given as FILE run in order; the exit status is 0 only when every command succeeded.
        """,
        version: Session.version)

    @Argument(help: "Scripts to run, in order.", completion: .file(extensions: ["fed"]))
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Run these commands (separated by ';' or newlines) and exit.")
    var command: String?

    @Flag(name: .shortAndLong, help: "Stay at the prompt after running scripts or -c.")
    var interactive = false

    @Flag(help: "Print each script command before its output.")
    var echo = false

    @Flag(help: "Run scripts one command at a time: show each with its line number and wait for Enter (at a terminal).")
    var step = false

    @Option(help: ArgumentHelp("Write the session as a Markdown handout (never overwrites a file).", valueName: "FILE.md"))
    var transcript: String?

    @Flag(help: "Carry on after a failing command in a script (the exit status still reports it).")
    var keepGoing = false

    @Option(help: "History file (default $FEDSH_HISTORY, else $XDG_STATE_HOME/fedsh/history or ~/.local/state/fedsh/history).")
    var historyFile: String?

    @Flag(help: "Do not read or write the history file.")
    var noHistory = false

    @Option(help: "Colour in diagnostics: auto, always or never (NO_COLOR turns auto off).")
    var color: ColorChoice = .auto

    mutating func run() throws {
        signal(SIGPIPE, SIG_IGN)
        let terminal = TerminalOutput(color: color)
        var options = Session.Options()
        options.echo = echo
        options.keepGoing = keepGoing
        options.isCancelled = { InterruptFlag.isSet }
        let personPresent = TerminalPause.personPresent
        let dimmed = TerminalPause.dims(color)
        if personPresent {
            options.waitForEnter = { TerminalPause.waitForEnter(prompt: "(press Enter)", dimmed: dimmed) }
        }
        if step {
            options.beforeLine = { line in TerminalPause.step(line, wait: personPresent, dimmed: dimmed) }
        }
        let progressLine = ProgressLine()
        options.progress = { progressLine.update($0) }
        let session = Session(output: terminal, options: options)
        defer { session.finishRecording() }
        if let transcript, !session.startTranscript(transcript) { throw ExitCode(1) }
        var failures = 0

        for file in files {
            let outcome = session.runFile(file)
            failures += outcome.failures
            if outcome.quitRequested { throw ExitCode(failures == 0 ? 0 : 1) }
            if outcome.failures > 0, !keepGoing { throw ExitCode(1) }
        }
        if let command {
            let outcome = session.run(SourceText(name: "-c", text: command.replacingOccurrences(of: "\r\n", with: "\n")), topLevel: false)
            failures += outcome.failures
            if outcome.quitRequested || !interactive { throw ExitCode(failures == 0 ? 0 : 1) }
        }
        if !files.isEmpty, !interactive { throw ExitCode(failures == 0 ? 0 : 1) }

        let loop = InteractiveLoop(session: session, terminal: terminal, history: historyStore())
        failures += loop.run()
        throw ExitCode(failures == 0 ? 0 : 1)
    }

    private func historyStore() -> HistoryStore? {
        if noHistory { return nil }
        let explicit = historyFile ?? ProcessInfo.processInfo.environment["FEDSH_HISTORY"]
        return HistoryStore(explicitPath: explicit)
    }
}

/// When diagnostics are coloured.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
