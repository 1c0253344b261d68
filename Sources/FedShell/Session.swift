import FedData
import FedLanguage
import FedModel
import Foundation

/// One fedsh session: the state, and the one path every line takes — typed at the prompt, given
/// with `-c`, replayed from a script, sourced, or run by a golden test.
package final class Session {
    /// How a run of source text ended.
    package struct RunOutcome: Equatable, Sendable {
        /// Statements that failed.
        package var failures = 0
        /// A `quit` was run.
        package var quitRequested = false
        /// The person stopped the script at a `--step` prompt or a `pause` (Ctrl-C or Ctrl-D); what
        /// it did so far stands.
        package var stoppedByPerson = false
        /// The run stopped at a failure, as the failure policy says a script does.
        package var stoppedAtFailure = false
        package var succeeded: Bool { failures == 0 }
    }

    /// Settings for the session; the executable updates `terminalWidth` as the terminal is resized.
    package struct Options: Sendable {
        /// Print each command before its output (`--echo`).
        package var echo = false
        /// Carry on after a failing line in a script (`--keep-going`).
        package var keepGoing = false
        /// The wall-clock date written in saved scripts' headers.
        package var today: @Sendable () -> Date = { Date() }
        /// Polled by long computations; true cancels them (Ctrl-C).
        package var isCancelled: @Sendable () -> Bool = { false }
        /// `pause` waits for Enter only when a person is at the terminal; the answer says whether
        /// the person stopped instead (Ctrl-C or Ctrl-D).
        package var waitForEnter: (@Sendable () -> PersonAnswer)? = nil
        /// Asks the person a question and reads one line (`predict` in a lesson); nil when no one is there.
        package var ask: (@Sendable (String) -> PersonAnswer)? = nil
        /// Clears the terminal's screen (`clear`); nil where output is not a terminal, so `clear` does nothing.
        package var clearScreen: (@Sendable () -> Void)? = nil
        /// Columns available for tables and charts.
        package var terminalWidth = 80
        /// Where `record -` writes its handout (standard output; a test gives a pipe).
        package var standardOutputDescriptor: Int32 = STDOUT_FILENO
        /// Whether the terminal shows Unicode (box drawing, blocks); ASCII otherwise.
        package var unicode = true
        /// Whether to colour output (a terminal, and NO_COLOR unset).
        package var color = false
        /// Hears how long work is going (a line such as "Monte Carlo 45% (4,500 of 10,000 draws) — Ctrl-C
        /// cancels"), then nil when it is done; may be called from another thread.
        package var progress: (@Sendable (String?) -> Void)? = nil
        /// Called after every command that changed the state (for the crash-recovery journal).
        package var stateDidChange: (@Sendable ([String]) -> Void)? = nil
        /// Called with each script line before it runs, instead of `echo` (`--step` shows it and
        /// waits): Enter runs it, a typed line runs first (then the step asks again), Ctrl-C or
        /// Ctrl-D stops the script.
        package var beforeLine: (@Sendable (SourceText) -> PersonAnswer)? = nil
        /// Reads standard input to its end, for `source -` and `fedsh -`; nil when it cannot be read.
        package var readStandardInput: @Sendable () -> String? = {
            String(data: FileHandle.standardInput.readDataToEndOfFile(), encoding: .utf8)
        }
        /// Folders searched for `lesson` scripts, in order: see Classroom/LessonLibrary.swift. Found when
        /// a lesson is asked for: resolving the shipped folder took a twentieth of start-up.
        package var lessonFolders: [URL] {
            get { chosenLessonFolders ?? LessonLibrary.defaultFolders() }
            set { chosenLessonFolders = newValue }
        }
        private var chosenLessonFolders: [URL]?
        /// Folders a script may read and write in besides its own and the working folder
        /// (`--allow-path DIR`); see Scripts/Session+PathPolicy.swift.
        package var allowedFolders: [URL] = []
        /// Where `data import` keeps series: see Data/DataFolder.swift.
        package var dataFolder: URL? = DataFolder.defaultFolder()
        /// SHA-256 of a file's bytes for `data import --sha256` and `save` (the fedsh executable passes it).
        package var fileDigest: FileDigest? = nil

        package init() {}
    }

    static let maximumSourceDepth = 16

    /// What `CharacterSet.whitespaces` holds (tab and the space separators), without bridging each
    /// line through NSString.
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
    }
    package static let version = "0.1"

    /// The caller's output, teed to the `record` handout when one is open.
    let output: RecordingOutput
    package var options: Options
    var state = SessionState()
    // A slice, so dropping the oldest step past the limit of 1,000 moves no elements.
    var undoStack: ArraySlice<SessionState> = []
    /// What `undo` took back, for `redo`; a new change empties it.
    var redoStack: [SessionState] = []
    var results: Results?
    /// Lines entered at the top level this session, for `history`.
    package private(set) var enteredLines: [String] = []
    /// Files being sourced, innermost last (for relative paths and recursion limits).
    var sourceStack: [URL] = []
    /// The exit status `exit N` asked for, for the executable.
    package private(set) var requestedExitStatus: Int?
    /// Predictions, recording and the like: see Classroom/ClassroomState.swift.
    var classroom = ClassroomState()
    /// The shipped series and the user's imports, read when first used.
    /// The shipped series: `share/fedsh/data` beside an installed binary, `data/` in the source tree.
    lazy var seriesLibrary = SeriesLibrary(
        shippedFolder: ShippedFiles.folder(named: "data") ?? SeriesLibrary.snapshotFolder,
                                           importFolder: options.dataFolder, digest: options.fileDigest)

    package init(output: SessionOutput, options: Options = Options()) {
        self.output = RecordingOutput(base: output)
        self.options = options
    }

    /// The prompt: the preset or saved scenario's name, with `*` when changed since it was loaded.
    package var prompt: String {
        guard let name = state.currentScenarioName else { return "fedsh> " }
        return "fedsh[\(name)\(hasUnsavedPresetChanges ? "*" : "")]> "
    }

    /// Runs source text: one line or a whole script. Each statement that fails leaves the state as
    /// it was (the statements before it on the line stand); what happens next is `failurePolicy`'s.
    @discardableResult
    package func run(_ source: SourceText) -> RunOutcome {
        var outcome = RunOutcome()
        for line in source.lines() {
            if line.text.unicodeScalars.allSatisfy(Self.isBlank) { continue }
            // Ctrl-C stops a script between lines too (a long `source` of quick commands has no
            // computation to cancel), whatever `--keep-going` says; a sourced script then keeps nothing.
            if !line.origin.isTyped, options.isCancelled() {
                let start = SourceLocation(offset: 0, line: line.firstLine, column: 1)
                output.report(Diagnostic.cancelled(SourceRange(at: start)).attaching(line))
                outcome.failures += 1
                outcome.stoppedAtFailure = true
                break
            }
            if line.origin.isTyped { enteredLines.append(line.text) }
            if !line.origin.isTyped, let beforeLine = options.beforeLine {
                var answer = beforeLine(line)
                // A line typed at the step runs as if at the prompt (so a class can try its own
                // what-if), then the step asks again.
                while case .line(let typed) = answer, !typed.isEmpty {
                    output.recorder?.command(typed)
                    _ = runLine(SourceText(origin: .prompt, name: "<step>", text: typed))
                    answer = beforeLine(line)
                }
                if answer == .stop {
                    outcome.stoppedByPerson = true
                    break
                }
            } else if options.echo, !line.origin.isTyped {
                output.base.write("fedsh> \(line.text)\n")
            }
            output.recorder?.command(line.text)
            let lineOutcome = runLine(line)
            output.recorder?.lineFinished()
            outcome.failures += lineOutcome.failures
            if lineOutcome.quitRequested { outcome.quitRequested = true; break }
            if classroom.stoppedAtPause { outcome.stoppedByPerson = true; break }
            if lineOutcome.failures > 0, failurePolicy(for: source.origin) == .stop {
                outcome.stoppedAtFailure = true
                break
            }
        }
        // A stop at a pause ends the scripts that were running, not the next line typed.
        if sourceStack.isEmpty { classroom.stoppedAtPause = false }
        return outcome
    }

    /// What a failed statement means for the rest of the input.
    package enum FailurePolicy: Equatable, Sendable {
        /// The rest of its line is skipped; the next line runs (the prompt: an error is part of exploring).
        case nextLine
        /// The rest of the line and the script go on (`--keep-going`).
        case keepGoing
        /// The script stops at its first failure.
        case stop
    }

    /// The one place that decides how a failure in source of this origin is handled.
    package func failurePolicy(for origin: SourceText.Origin) -> FailurePolicy {
        if origin.isTyped { return .nextLine }
        return options.keepGoing ? .keepGoing : .stop
    }

    func runLine(_ source: SourceText) -> RunOutcome {
        var outcome = RunOutcome()
        switch Parser.parseLine(source) {
        case .failure(let diagnostic):
            output.report(diagnostic)
            outcome.failures = 1
        case .success(let statements):
            for statement in statements {
                let before = state
                do {
                    if case .quit(let status) = try execute(statement, in: source) {
                        outcome.quitRequested = true
                        requestedExitStatus = status
                        return outcome
                    }
                    let changed = state != before
                    if changed, statement.syntax.traits.contains(.changesState) {
                        undoStack.append(before)
                        // At least 1,000 steps, trimmed 256 at a time: trimming one per command made
                        // each append copy all the snapshots (100,000 `let` lines spent half their time there).
                        if undoStack.count > 1_256 { undoStack = ArraySlice(undoStack.suffix(1_000)) }
                        redoStack.removeAll()
                    }
                    if changed, sourceStack.isEmpty || source.isInteractive {
                        options.stateDidChange?(replayableCommands)
                    }
                } catch {
                    state = before
                    output.report(error.attaching(source))
                    outcome.failures += 1
                    if failurePolicy(for: source.origin) == .keepGoing { continue }
                    return outcome
                }
            }
        }
        return outcome
    }

    /// The commands that rebuild the current state from a fresh session (what `save` writes).
    package var replayableCommands: [String] {
        var log = state.log
        if log.first == "reset" { log.removeFirst() }
        return ["reset"] + log
    }
}

/// What a person did when fedsh waited for them: pressed Enter (with what they typed), or stopped.
package enum PersonAnswer: Equatable, Sendable {
    /// Enter, after typing this (empty for Enter alone).
    case line(String)
    /// Ctrl-C, Ctrl-D or the end of input.
    case stop
}
