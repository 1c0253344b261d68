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
        case ("save", _), ("source", _):
            let flags = command == "save" ? ["--minimal", "--force"] : []
            if current.hasPrefix("-") { pool = flags } else {
                return (current.count, fileCandidates(current))
            }
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
