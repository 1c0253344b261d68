import FedLanguage
import FedShell
import Foundation
import LineEditing

/// The prompt: reads lines (libedit on a terminal, plain reads otherwise) and gives each to the
/// session, until `quit`, Ctrl-D or the end of input.
struct InteractiveLoop {
    let session: Session
    let terminal: TerminalOutput
    let history: HistoryStore?

    /// Runs until the end; returns the number of failed commands when reading a pipe (0 at a terminal,
    /// where an error is part of exploring).
    func run() -> Int {
        let session = self.session
        if let reader = EditLineReader(programName: "fedsh", history: history, complete: { request in
            let completion = session.completions(lineBeforeCursor: request.lineBeforeCursor)
            return CompletionResult(replacedCharacterCount: completion.replacing, candidates: completion.candidates)
        }) {
            terminal.write("fedsh \(Session.version) — Fed liquidity scenario shell. Start: FOMC 10 Dec 2025. Type 'help' or 'help tour'.\n")
            if let warning = history?.takeWarning() { TerminalOutput.write(warning + "\n", to: 2) }
            readLoop(reader, origin: .prompt, name: SourceText.interactiveName)
            return 0
        }
        return readLoop(PlainLineReader(), origin: .standardInput, name: "<stdin>")
    }

    @discardableResult
    private func readLoop(_ reader: LineReader, origin: SourceText.Origin, name: String) -> Int {
        var failures = 0
        var lineNumber = 0
        let interactive = origin.isTyped
        while true {
            switch reader.readLine(prompt: session.prompt) {
            case .line(let line):
                lineNumber += 1
                // Ctrl-C while waiting for piped input: stop before running more of the input.
                if !interactive, InterruptFlag.isSet { return failures }
                InterruptFlag.reset()
                if interactive { session.options.terminalWidth = TerminalEnvironment.columns() }
                // --echo is the session's job (Session.run), for scripts, -c and pipes alike.
                let outcome = session.run(SourceText(origin: origin, name: name, text: line, firstLine: lineNumber))
                // A history write that failed now (a full disk) is reported once, when it happens.
                if let warning = history?.takeWarning() { TerminalOutput.write(warning + "\n", to: 2) }
                failures += outcome.failures
                if outcome.quitRequested { return failures }
                if outcome.stoppedAtFailure { return failures }
            case .interrupted:
                continue
            case .endOfInput:
                return failures
            case .lineTooLong:
                terminal.report(Diagnostic(
                    message: "\(name):\(lineNumber + 1): a line longer than "
                        + "\(PlainLineReader.maximumLineLength >> 20) MiB; "
                        + "standard input is not read further",
                    help: "standard input takes fedsh commands, one per line, as a script file does"))
                return failures + 1
            }
        }
    }
}
