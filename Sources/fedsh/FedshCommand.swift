import ArgumentParser
import Crypto
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

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Run these commands (separated by ';' or newlines) and exit.",
        discussion: "Given more than once, each -c is a line of one input, run in order (errors say -c:LINE:COL)."))
    var command: [String] = []

    @Flag(name: .shortAndLong, help: "Stay at the prompt after running scripts or -c.")
    var interactive = false

    @Flag(
        name: .shortAndLong,
        help:
            """
                No confirmations of what commands did (which go to standard error when standard output is not a \
                terminal); results and errors still show.
                """
    )
    var quiet = false

    @Flag(help: "Print each script command before its output.")
    var echo = false

    @Flag(help: "Run scripts one command at a time: show each with its line number and wait for Enter (at a terminal).")
    var step = false

    @Option(help: ArgumentHelp("Write the session as a handout: Markdown, or a self-contained page for a .html name.",
                               valueName: "FILE.md"))
    var transcript: String?

    @Flag(help: "With --transcript, replace the handout if the file exists (else fedsh never overwrites it).")
    var force = false

    @Flag(help: "Carry on after a failing command in a script (the exit status still reports it).")
    var keepGoing = false

    @Option(
        help:
            "History file (default $FEDSH_HISTORY, else $XDG_STATE_HOME/fedsh/history or ~/.local/state/fedsh/history)."
    )
    var historyFile: String?

    @Flag(help: "Do not read or write the history file.")
    var noHistory = false

    @Option(name: .customLong("init"), help: ArgumentHelp(
        "Startup file to run first (default $XDG_CONFIG_HOME/fedsh/init.fed or ~/.config/fedsh/init.fed).",
        valueName: "FILE"), completion: .file(extensions: ["fed"]))
    var initFile: String?

    @Flag(name: .customLong("no-init"), help: "Do not run the startup file.")
    var noInit = false

    @Flag(help: "Restore the last session from its journal after a crash or kill, then carry on.")
    var recover = false

    @Flag(help: "Answer JSON requests on standard input, one a line (the Jupyter kernel's protocol: docs/JUPYTER.md).")
    var serve = false

    @Option(name: .customLong("allow-path"),
            help: ArgumentHelp("Let scripts read and write in this folder too (repeatable); by default a script "
                                   + "stays in its own folder and the working folder.", valueName: "DIR"))
    var allowedPaths: [String] = []

    @Option(help: ArgumentHelp("Colour in reports and errors: auto, always or never.", discussion: """
        auto colours a terminal; FORCE_COLOR or CLICOLOR_FORCE (non-empty, not 0) force colour, a non-empty \
        NO_COLOR or CLICOLOR=0 turn it off.
        """))
    var color: ColorChoice = .auto

    /// ArgumentParser's own `main`, except that an exit status thrown by `run` exits at once:
    /// `exit(withError:)` renders the help text even for status 0, a tenth of start-up.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let status as ExitCode {
            Foundation.exit(status.rawValue)
        } catch {
            exit(withError: error)
        }
    }

    mutating func run() throws {
        do {
            try runSession()
            if WriteFailures.shared.any { throw ExitCode(1) }
        } catch let code as ExitCode where code == .success && WriteFailures.shared.any {
            // A lost write (the output, a handout) fails the run even when every command succeeded.
            throw ExitCode(1)
        }
    }

    private mutating func runSession() throws {
        signal(SIGPIPE, SIG_IGN)
        // Ctrl-C cancels a long computation in a script or pipe too (an error, exit status 130),
        // instead of killing the process; at the prompt it cancels the line.
        InterruptFlag.install()
        if serve { throw ExitCode(ServeLoop.serve(initFile: initFile, noInit: noInit)) }
        let terminal = TerminalOutput(color: color, ascii: !TerminalEnvironment.showsUnicode, echo: echo || step)
        terminal.quietConfirmations = quiet
        var options = Session.Options()
        options.echo = echo
        options.keepGoing = keepGoing
        options.allowedFolders = allowedPaths.map { ScriptFile.resolve($0, relativeTo: nil) }
        options.isCancelled = { InterruptFlag.isSet }
        options.fileDigest = sha256Hex
        options.terminalWidth = TerminalEnvironment.columns()
        options.unicode = TerminalEnvironment.showsUnicode
        options.color = color.colors(descriptor: 1)
        if isatty(STDOUT_FILENO) == 1 {
            // Home and erase the screen; the scrollback is kept, so what the class saw can be scrolled back to.
            options.clearScreen = { TerminalOutput.write("\u{1B}[H\u{1B}[2J", to: STDOUT_FILENO) }
        }
        let personPresent = TerminalPause.personPresent
        let dimmed = options.color
        if personPresent {
            options.waitForEnter = { TerminalPause.waitForEnter(prompt: "(press Enter)", dimmed: dimmed) }
            options.ask = { question in TerminalPause.waitForEnter(prompt: question, dimmed: false) }
        }
        if step {
            options.beforeLine = { line in TerminalPause.step(line, wait: personPresent, dimmed: dimmed) }
        }
        let progressLine = ProgressLine()
        options.progress = { progressLine.update($0) }
        let journal = SessionJournal.standard()
        // Only what a person types is journaled: scripts and pipes can simply be run again.
        let journaling = isatty(0) == 1 && ((files.isEmpty && command.isEmpty) || interactive) ? journal : nil
        if let journaling { options.stateDidChange = { journaling.record($0) } }
        let session = Session(output: terminal, options: options)
        defer { session.finishRecording() }
        if !noInit { StartupFile.run(explicitPath: initFile, in: session) { terminal.quiet = $0 } }
        if let transcript, !session.startTranscript(transcript, replace: force) { throw ExitCode(1) }
        var failures = 0

        if recover { try recoverSession(session, from: journal, terminal: terminal, consume: journaling != nil) }

        for file in files {
            let outcome = session.runFile(file)
            failures += outcome.failures
            if outcome.stoppedByPerson {
                // Stopped at a step or pause: what it built stands; with -i the prompt takes over from there.
                InterruptFlag.reset()
                terminal.confirm("stopped \(file) where you asked; what it built is kept\n")
                if interactive { break }
                throw ExitCode(130)
            }
            if InterruptFlag.isSet { throw ExitCode(130) }
            if outcome.quitRequested { throw ExitCode(Int32(session.requestedExitStatus ?? (failures == 0 ? 0 : 1))) }
            if outcome.stoppedAtFailure { throw ExitCode(1) }
        }
        if !command.isEmpty {
            let text = command.joined(separator: "\n")
            let outcome = session.run(SourceText(origin: .commandString, name: "-c", text: text))
            failures += outcome.failures
            if outcome.stoppedByPerson, !interactive { throw ExitCode(130) }
            if outcome.stoppedByPerson { InterruptFlag.reset() }
            if InterruptFlag.isSet { throw ExitCode(130) }
            if outcome.quitRequested || !interactive {
                throw ExitCode(Int32(session.requestedExitStatus ?? (failures == 0 ? 0 : 1)))
            }
        }
        if !files.isEmpty, !interactive { throw ExitCode(failures == 0 ? 0 : 1) }

        let loop = InteractiveLoop(session: session, terminal: terminal, history: historyStore())
        failures += loop.run()
        if isatty(0) != 1, InterruptFlag.isSet { throw ExitCode(130) }
        journaling?.finish()
        throw ExitCode(Int32(session.requestedExitStatus ?? (failures == 0 ? 0 : 1)))
    }

    /// `--recover`: replays the journal quietly and says what it restored, or refuses clearly.
    private func recoverSession(
        _ session: Session, from journal: SessionJournal?, terminal: TerminalOutput, consume: Bool
    ) throws {
        guard let journal else {
            terminal.report(.recovery(.journalTurnedOff))
            throw ExitCode(1)
        }
        switch journal.recoverable() {
        case .failure(let failure):
            terminal.report(.recovery(failure))
            throw ExitCode(1)
        case .success(let (url, commands)):
            // A journal holds only commands that build state; anything else (a tampered or foreign
            // file: `save --force`, `export`, `quit`) is refused before anything runs.
            if let foreign = commands.first(where: { !SessionJournal.replayableWords.contains(Self.firstWord($0)) }) {
                terminal.report(.recovery(.foreignCommand(foreign, journal: url.path)))
                throw ExitCode(1)
            }
            terminal.quiet = true
            let outcome = session.run(
                SourceText(origin: .recovery, name: url.path, text: commands.joined(separator: "\n")))
            terminal.quiet = false
            guard outcome.succeeded else {
                terminal.report(.recovery(.stoppedAtError(journal: url.path)))
                throw ExitCode(1)
            }
            // A shell at the prompt carries the state on in its own journal; a script leaves it.
            if consume { journal.consumed(url) }
            let changes = commands.filter { $0 != "reset" }
            TerminalOutput.write(
                "fedsh: recovered the last session (\(changes.count) command\(changes.count == 1 ? "" : "s"): "
                    + (changes.isEmpty
                        ? "the defaults" : (changes.count > 3 ? "…; " : "") + changes.suffix(3).joined(separator: "; "))
                    + ") from \(url.path)\n", to: 2)
        }
    }

    private static func firstWord(_ command: String) -> String {
        String(command.drop { $0 == " " || $0 == "\t" }.prefix { !$0.isWhitespace && $0 != ";" }).lowercased()
    }

    private func historyStore() -> HistoryStore? {
        if noHistory { return nil }
        let explicit = historyFile ?? TerminalEnvironment.variables["FEDSH_HISTORY"]
        return HistoryStore(explicitPath: explicit, environment: TerminalEnvironment.variables)
    }
}

/// Lower-case hex of a file's SHA-256 (swift-crypto), for `data import --sha256` and `save`.
@Sendable func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
}
