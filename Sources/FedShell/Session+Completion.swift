import FedLanguage
import FedModel
import Foundation

extension Session {
    /// Candidates for the word before the cursor, by context: command words first on a statement;
    /// then variables, outputs, presets, help topics, values or file names as the command expects.
    /// Returns how many characters of the line the candidates replace.
    package func completions(lineBeforeCursor line: String) -> (replacing: Int, candidates: [String]) {
        let statement = line.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? line
        let endsInSpace = statement.last?.isWhitespace ?? true
        var words = statement.split(whereSeparator: \.isWhitespace).map(String.init)
        let current = endsInSpace ? "" : (words.popLast() ?? "")
        let command = words.first?.lowercased()
        let pool: [String]
        switch (command, words.count) {
        case (nil, _):
            pool = CommandSyntax.allWords
        case ("save", _), ("source", _), ("export", _), ("record", _):
            let flags = ["save": ["--minimal", "--force"], "export": ["--force"], "record": ["--force"]][command ?? ""] ?? []
            if current.hasPrefix("-") { pool = flags } else {
                let files = fileCandidates(current)
                return (current.count, command == "record" && words.count == 1 ? files + ["off"].filter { $0.hasPrefix(current) } : files)
            }
        case ("plot", _) where words.last?.lowercased() == "--svg":
            return (current.count, fileCandidates(current))
        case ("plot", _), ("sensitivity", 1), ("explain", 1), ("predict", 1):
            pool = Output.allCases.map(\.rawValue) + (command == "plot" ? ["--svg", "--force"] : [])
        case ("predict", 2):
            pool = ["up", "down"]
        case ("sweep", 1):
            pool = ScenarioVariable.catalog.filter { if case .number = $0.kind { return true } else { return false } }.map(\.name)
        case ("sweep", _):
            pool = words.contains { $0.lowercased() == "show" } ? Output.allCases.map(\.rawValue) : ["step", "show"]
        case ("scenario", 1):
            pool = ["save", "use", "delete", "list", "diff"]
        case ("scenario", _), ("compare", _):
            pool = scenarioNames + ["current"]
        case ("param", 1):
            pool = ModelParameter.catalog.map(\.name) + ["reset"]
        case ("param", 2) where words[1].lowercased() == "reset":
            pool = Array(state.parameterOverrides.keys)
        case ("lesson", 1):
            pool = ["list"] + LessonLibrary.lessons(in: options.lessonFolders).map(\.name)
        case ("glossary", 1):
            pool = Glossary.lookupWords
        case ("set", 1), ("unset", 1):
            pool = ScenarioVariable.catalog.map(\.name) + (command == "unset" ? Array(state.userVariables.keys) : [])
        case ("set", 2):
            pool = ScenarioVariable.named(words[1]).map(valueWords) ?? []
        case ("show", _):
            pool = ["all"] + ScenarioVariable.catalog.map(\.name) + Output.allCases.map(\.rawValue) + state.userVariables.keys
        case ("use", 1):
            pool = Preset.all.map(\.name)
        case ("help", 1):
            pool = HelpText.topics
        case ("eval", 1):
            pool = ["--json"]
        default:
            pool = expressionNames()
        }
        let lowered = current.lowercased()
        let matches = Set(pool.filter { $0.hasPrefix(lowered) })
        return (current.count, matches.sorted())
    }

    /// Presets and the scenarios saved in this session.
    private var scenarioNames: [String] { Preset.all.map(\.name) + state.scenarios.names }

    private func valueWords(_ variable: ScenarioVariable) -> [String] {
        switch variable.kind {
        case .choice(let options): return options
        case .toggle: return ["on", "off"]
        case .number: return expressionNames()
        }
    }

    private func expressionNames() -> [String] {
        Output.allCases.map(\.rawValue) + ScenarioVariable.catalog.map(\.name) + state.userVariables.keys
            + SessionResolver.words
    }

    /// File and folder names that start with the typed path (folders end in '/').
    private func fileCandidates(_ typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePart = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let folder = ScriptFile.resolve(folderPart.isEmpty ? "." : folderPart, relativeTo: currentFolder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { $0.hasPrefix(namePart) && (!$0.hasPrefix(".") || namePart.hasPrefix(".")) }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            return folderPart + name + (isFolder.boolValue ? "/" : "")
        }
    }
}
