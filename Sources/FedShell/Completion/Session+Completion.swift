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
        guard let commandWord = words.first?.lowercased() else { return matching(current, CommandSyntax.allWords) }
        guard let syntax = CommandSyntax.named(commandWord) else { return matching(current, expressionNames()) }
        if current.hasPrefix("-") { return matching(current, syntax.flagNames.map { "--" + $0 }) }
        let arguments = Array(words.dropFirst())
        if let last = arguments.last, last.hasPrefix("--"),
           let kind = syntax.flag(written: last)?.takes {
            return (current.count, candidates(kind, typed: current, arguments: arguments))
        }
        // Flags and the words they take are not positions.
        var positional: [String] = []
        var skipNext = false
        for word in arguments {
            if skipNext { skipNext = false; continue }
            if word.hasPrefix("--") {
                skipNext = syntax.flag(written: word)?.takes != nil
                continue
            }
            positional.append(word)
        }
        guard let slot = syntax.completionSlot(after: positional.map { $0.lowercased() }) else {
            return matching(current, syntax.flagNames.map { "--" + $0 })
        }
        var pool: [String] = []
        for kind in slot.kinds {
            if kind == .file { return (current.count, fileCandidates(current) + slot.kinds.compactMap(\.literal)
                .filter { $0.hasPrefix(current) }) }
            pool += candidates(kind, typed: current, arguments: positional)
        }
        return matching(current, pool)
    }

    private func matching(_ typed: String, _ pool: [String]) -> (replacing: Int, candidates: [String]) {
        let lowered = typed.lowercased()
        return (typed.count, Set(pool.filter { $0.hasPrefix(lowered) }).sorted())
    }

    /// The candidates for one kind of argument, in this session.
    private func candidates(_ kind: ArgumentKind, typed: String, arguments: [String]) -> [String] {
        switch kind {
        case .word(let word): return [word]
        case .variable: return ScenarioVariable.catalog.map(\.name)
        case .numericVariable:
            return ScenarioVariable.catalog.filter { $0.isNumber && $0.role != .monteCarlo }.map(\.name)
        case .userVariable: return Array(state.userVariables.keys)
        case .valueOfVariable:
            return arguments.last.flatMap { ScenarioVariable.named($0.lowercased()) }.map(valueWords) ?? []
        case .output: return Output.allCases.map(\.rawValue)
        case .scenario: return scenarioNames + [ScenarioBook.currentName]
        case .preset: return Preset.all.map(\.name)
        case .parameter: return ModelParameter.catalog.map(\.name)
        case .overriddenParameter: return Array(state.parameterOverrides.keys)
        case .lesson: return LessonLibrary.lessons(in: options.lessonFolders).map(\.name)
        case .glossaryTerm: return Glossary.lookupWords
        case .reportSection: return ReportSection.words
        case .helpTopic: return HelpText.topics
        case .file: return fileCandidates(typed)
        case .series: return seriesLibrary.entries().map { $0.identifier.lowercased() }
        case .expression: return expressionNames()
        }
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
        return names.filter { $0.hasPrefix(namePart) && (!$0.hasPrefix(".") || namePart.hasPrefix(".")) }.sorted().map {
            name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            return folderPart + name + (isFolder.boolValue ? "/" : "")
        }
    }
}
