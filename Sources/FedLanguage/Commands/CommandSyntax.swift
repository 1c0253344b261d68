/// The one declaration of a command: its words, how it is written, its help, its flags and
/// sub-actions, what its arguments are (for completion), what it does to the session, and its
/// parse function. Help, `help NAME`, completion, the language reference check and the fuzz
/// filter are all derived from `all`; the shell's dispatch is one exhaustive switch on `Command`.
///
/// Adding a command: a `Command` case, one entry here (in the file of its help group), a parse
/// function if it takes arguments, one execute function in the shell (the compiler asks for it),
/// a test and its row in docs/LANGUAGE.md.
package struct CommandSyntax: Sendable {
    package typealias Parse = @Sendable (inout Parser, CommandSyntax) throws(Diagnostic) -> Command

    package let name: String
    /// Other words for the same command, such as `exit` for `quit`.
    package let aliases: [String]
    /// How the command is written, one form a line: `save [--minimal] [--force] FILE`.
    package let synopsis: [String]
    /// What it needs, in words, for "set needs a name and a value"; nil when it needs nothing.
    package let needs: String?
    /// A complete example, for messages and help.
    package let example: String
    /// One line saying what the command does.
    package let summary: String
    /// More lines for `help NAME`, each indented by two spaces when shown.
    package let details: [String]
    package let group: CommandGroup
    package let flags: [CommandFlag]
    /// Words that choose what the command does (`scenario save`, `param reset`), with their arguments.
    package let subcommands: [Subcommand]
    /// The positional arguments, for completion; the last may repeat.
    package let arguments: [ArgumentSlot]
    /// Words inside the arguments that introduce more of them (`sweep … step S show OUT`).
    package let keywords: [Keyword]
    package let traits: CommandTraits
    /// Whether the arguments are raw text to the end of the statement, read without tokens.
    let takesRawText: Bool
    let parse: Parse

    init(_ name: String, aliases: [String] = [], synopsis: [String], needs: String? = nil, example: String,
         summary: String, details: [String] = [], group: CommandGroup, flags: [CommandFlag] = [],
         subcommands: [Subcommand] = [], arguments: [ArgumentSlot] = [], keywords: [Keyword] = [],
         traits: CommandTraits = [], takesRawText: Bool = false, parse: @escaping Parse) {
        self.name = name
        self.aliases = aliases
        self.synopsis = synopsis
        self.needs = needs
        self.example = example
        self.summary = summary
        self.details = details
        self.group = group
        self.flags = flags
        self.subcommands = subcommands
        self.arguments = arguments
        self.keywords = keywords
        self.traits = traits
        self.takesRawText = takesRawText
        self.parse = parse
    }

    /// Finds a command by its (lowercased) word or alias.
    package static func named(_ word: String) -> CommandSyntax? {
        index[word]
    }

    /// Every command word and alias, for suggestions and completion.
    package static var allWords: [String] { all.flatMap(\.words) }

    /// The command's word and its aliases.
    package var words: [String] { [name] + aliases }

    /// Every command, in help order: by group, then as each group lists them.
    package static let all: [CommandSyntax] = scenarioCommands + modelCommands + fileCommands
        + dataCommands + classroomCommands + shellCommands

    private static let index: [String: CommandSyntax] = {
        var index: [String: CommandSyntax] = [:]
        for syntax in all {
            for word in syntax.words { index[word] = syntax }
        }
        return index
    }()

    /// The flag names the command accepts, without their dashes.
    package var flagNames: [String] { flags.map(\.name) }

    /// The flag written as `--name` (any case), if the command has it.
    package func flag(written word: String) -> CommandFlag? {
        flags.first { "--" + $0.name == word.lowercased() }
    }

    /// A line that replays this command: its word, then a sub-action's and the arguments, as `save` writes
    /// them (so the command log never spells a command word itself).
    package func replay(_ subcommand: Subcommand? = nil, _ arguments: String...) -> String {
        ([name] + (subcommand.map { [$0.word] } ?? []) + arguments.filter { !$0.isEmpty }).joined(separator: " ")
    }

    /// The sub-action written as `word`, if the command has one.
    package func subcommand(_ word: String) -> Subcommand? {
        subcommands.first { $0.word == word }
    }
}

extension CommandSyntax: Equatable, Hashable, CustomStringConvertible {
    package var description: String { name }

    package static func == (left: CommandSyntax, right: CommandSyntax) -> Bool { left.name == right.name }
    package func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension CommandSyntax {
    /// What may come next after these arguments (lowercased, flags left out), for completion:
    /// a sub-action's arguments, the words after a keyword, the next position, or nil for nothing.
    package func completionSlot(after arguments: [String]) -> ArgumentSlot? {
        if !subcommands.isEmpty {
            guard let first = arguments.first else {
                let words = subcommands.map { ArgumentKind.word($0.word) }
                return ArgumentSlot(kinds: words + (self.arguments.first?.kinds ?? []), repeats: false)
            }
            if let subcommand = subcommand(first) { return Self.slot(subcommand.arguments, at: arguments.count - 1) }
        }
        if let index = arguments.lastIndex(where: { word in keywords.contains { $0.word == word } }) {
            let keyword = keywords.first { $0.word == arguments[index] }!
            let unused = keywords.filter { !arguments.contains($0.word) }.map { ArgumentKind.word($0.word) }
            return ArgumentSlot(kinds: keyword.then.kinds + unused, repeats: false)
        }
        if let slot = Self.slot(self.arguments, at: arguments.count) { return slot }
        return keywords.isEmpty ? nil : ArgumentSlot(kinds: keywords.map { .word($0.word) }, repeats: false)
    }

    private static func slot(_ slots: [ArgumentSlot], at index: Int) -> ArgumentSlot? {
        if index < slots.count { return slots[index] }
        return slots.last?.repeats == true ? slots.last : nil
    }
}
