import FedLanguage
import FedModel
import Foundation

extension Session {
    /// The folder relative paths start from: the running script's, else the current directory.
    var currentFolder: URL? { sourceStack.last?.deletingLastPathComponent() }

    /// `save`: a script that, replayed, rebuilds this state and gives the same `eval` output.
    func save(to path: PathArgument, minimal: Bool, force: Bool, source: SourceText) throws(Diagnostic) {
        let url = try checkedURL(path, for: .write)
        let commands = minimal ? minimalCommands() : replayableCommands
        let date = ISO8601DateFormatter.string(
            from: options.today(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        let start = state.scenario.startState
        var text = "# fedsh \(Session.version) scenario script, saved \(date)\n"
        text += "# start: \(start.title) (\(start.name)); "
            + "replay with: fedsh \(TextSanitizer.visible(url.lastPathComponent))\n"
        text += commands.map { $0 + "\n" }.joined()
        do {
            try ScriptFile.write(text, to: url, replace: force, command: "save")
        } catch {
            throw .file(error.message, path: path, help: error.help)
        }
        output.confirm(
            "saved \(commands.count) command\(commands.count == 1 ? "" : "s") to \(ScriptFile.displayPath(url))\n")
    }

    /// Only what differs from the defaults (or from the preset or saved scenario in use, which is
    /// named first), after the saved scenarios.
    private func minimalCommands() -> [String] {
        var (commands, scenario, overrides) = minimalScenarioBookCommands()
        commands.insert("reset", at: 0)
        // Imports first, each with its file's digest, so the start is rebuilt from the same data.
        commands.insert(contentsOf: state.log.filter { $0.hasPrefix("data ") }, at: 1)
        if let preset = state.presetName.flatMap(Preset.named) {
            commands.append("use \(preset.name)")
            scenario = preset.scenario.withRunSettings(of: scenario)
        } else if let name = state.currentScenarioName, let entry = state.scenarios[name] {
            commands.append("scenario use \(name)")
            scenario = entry.scenario.withRunSettings(of: scenario)
            overrides = entry.parameterOverrides
        }
        commands += Session.transitionCommands(
            from: &scenario, overrides: &overrides, to: state.scenario, state.parameterOverrides)
        for name in state.userVariables.keys.sorted() {
            commands.append("let \(name) = \(state.userVariables[name]!.savedText)")
        }
        return commands
    }

    /// `source`: runs a script inside the session. Paths inside it are relative to its folder; a
    /// failure anywhere leaves the session as it was before the `source`.
    func runScript(at path: PathArgument, shipped: Bool = false) throws(Diagnostic) {
        if path.path == "-" { return try runStandardInput(path) }
        // A shipped lesson may be run from anywhere; anything else a script sources must be a
        // .fed file inside its folders.
        let url = shipped ? ScriptFile.resolve(path.path, relativeTo: nil) : try checkedURL(path, for: .read)
        // A missing file or a folder gets read's own message; any other file must be a script.
        var isFolder: ObjCBool = false
        let isFile = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
        guard shipped || !isFile || url.pathExtension.lowercased() == "fed" else {
            throw .sourceNeedsScript(path, display: ScriptFile.displayPath(url))
        }
        if sourceStack.contains(url) {
            throw .scriptAlreadyRunning(url, path: path)
        }
        guard sourceStack.count < Session.maximumSourceDepth else {
            throw .scriptsNestedTooDeeply(limit: Session.maximumSourceDepth, path: path)
        }
        let text: String
        do { text = try ScriptFile.read(url) } catch { throw .file(error.message, path: path, help: error.help) }
        let undoDepth = undoStack.count
        let recorder = output.recorder
        sourceStack.append(url)
        let outcome = run(SourceText(origin: .sourced, name: ScriptFile.displayPath(url), text: text))
        sourceStack.removeLast()
        // The whole script is one step for `undo`.
        undoStack.removeLast(undoStack.count - undoDepth)
        if outcome.stoppedByPerson, outcome.succeeded {
            if sourceStack.isEmpty {
                classroom.stoppedAtPause = false
                output.confirm(
                    """
                        stopped \(ScriptFile.displayPath(url)) where you asked; what it built is kept ('undo' takes \
                        it back)\n
                        """
                )
            }
            return
        }
        if !outcome.succeeded {
            // A handout the failed script started stops with it: nothing it did is kept.
            if output.recorder !== recorder {
                output.recorder?.finish()
                output.recorder = recorder
            }
            throw .scriptStopped(url, path: path)
        }
    }
}

extension Session {
    /// The name scripts read from standard input go by in messages.
    static let standardInputName = "<stdin>"

    /// `source -`: the commands on standard input, as one script (relative paths from the current folder).
    private func runStandardInput(_ path: PathArgument) throws(Diagnostic) {
        guard let text = options.readStandardInput() else {
            throw .file("standard input is not UTF-8 text", path: path)
        }
        let undoDepth = undoStack.count
        let outcome = run(SourceText(origin: .sourced, name: Self.standardInputName, text: text))
        undoStack.removeLast(undoStack.count - undoDepth)
        if !outcome.succeeded { throw .standardInputStopped(path) }
    }

    /// Runs a script file named on the command line (`-` is standard input); read errors are
    /// reported like any other.
    package func runFile(_ path: String) -> RunOutcome {
        if path == "-" {
            guard let text = options.readStandardInput() else {
                output.report(Diagnostic(message: "standard input is not UTF-8 text"))
                return RunOutcome(failures: 1, stoppedAtFailure: true)
            }
            return run(SourceText(origin: .file, name: Self.standardInputName, text: text))
        }
        let url = ScriptFile.resolve(path, relativeTo: nil)
        let text: String
        do { text = try ScriptFile.read(url) } catch {
            output.report(Diagnostic(message: error.message, help: error.help))
            return RunOutcome(failures: 1, stoppedAtFailure: failurePolicy(for: .file) == .stop)
        }
        sourceStack.append(url)
        defer {
            sourceStack.removeLast()
            classroom.stoppedAtPause = false
        }
        output.recorder?.offerTitle(LessonLibrary.title(of: url))
        var source = SourceText(origin: .file, name: path, text: text)
        source.hidesExcerpts = url.pathExtension.lowercased() != "fed"
        return run(source)
    }
}
