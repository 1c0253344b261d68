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
        /// `pause` waits for Enter only when a person is at the terminal.
        package var waitForEnter: (@Sendable () -> Void)? = nil
        /// Columns available for tables and charts.
        package var terminalWidth = 80
        /// Whether the terminal shows Unicode (box drawing, blocks); ASCII otherwise.
        package var unicode = true
        /// Whether to colour output (a terminal, and NO_COLOR unset).
        package var color = false
        /// Hears how long work is going (a line such as "Monte Carlo 45% (4,500 of 10,000 draws) — Ctrl-C
        /// cancels"), then nil when it is done; may be called from another thread.
        package var progress: (@Sendable (String?) -> Void)? = nil
        /// Called after every command that changed the state (for the crash-recovery journal).
        package var stateDidChange: (@Sendable ([String]) -> Void)? = nil
        /// Called with each script line before it runs, instead of `echo` (`--step` shows it and waits).
        package var beforeLine: (@Sendable (SourceText) -> Void)? = nil
        /// Folders searched for `lesson` scripts, in order: see Classroom/LessonLibrary.swift.
        package var lessonFolders: [URL] = LessonLibrary.defaultFolders()
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
    var results: Results?
    /// Lines entered at the top level this session, for `history`.
    package private(set) var enteredLines: [String] = []
    /// Files being sourced, innermost last (for relative paths and recursion limits).
    var sourceStack: [URL] = []
    /// Predictions, recording and the like: see Classroom/ClassroomState.swift.
    var classroom = ClassroomState()
    /// The shipped series and the user's imports, read when first used.
    /// The shipped series: `share/fedsh/data` beside an installed binary, `data/` in the source tree.
    lazy var seriesLibrary = SeriesLibrary(shippedFolder: ShippedFiles.folder(named: "data") ?? SeriesLibrary.snapshotFolder,
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
            if line.origin.isTyped { enteredLines.append(line.text) }
            if !line.origin.isTyped, let beforeLine = options.beforeLine {
                beforeLine(line)
            } else if options.echo, !line.origin.isTyped {
                output.base.write("fedsh> \(line.text)\n")
            }
            output.recorder?.command(line.text)
            let lineOutcome = runLine(line)
            output.recorder?.lineFinished()
            outcome.failures += lineOutcome.failures
            if lineOutcome.quitRequested { outcome.quitRequested = true; break }
            if lineOutcome.failures > 0, failurePolicy(for: source.origin) == .stop {
                outcome.stoppedAtFailure = true
                break
            }
        }
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

    private func runLine(_ source: SourceText) -> RunOutcome {
        var outcome = RunOutcome()
        switch Parser.parseLine(source) {
        case .failure(let diagnostic):
            output.report(diagnostic)
            outcome.failures = 1
        case .success(let statements):
            for statement in statements {
                let before = state
                do {
                    if try execute(statement, in: source) == .quit { outcome.quitRequested = true; return outcome }
                    let changed = state != before
                    if changed, statement.syntax.traits.contains(.changesState) {
                        undoStack.append(before)
                        // At least 1,000 steps, trimmed 256 at a time: trimming one per command made
                        // each append copy all the snapshots (100,000 `let` lines spent half their time there).
                        if undoStack.count > 1_256 { undoStack = ArraySlice(undoStack.suffix(1_000)) }
                    }
                    if changed, sourceStack.isEmpty || source.isInteractive { options.stateDidChange?(replayableCommands) }
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
