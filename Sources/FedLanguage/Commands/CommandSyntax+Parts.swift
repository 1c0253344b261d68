/// Where a command is listed in `help`.
package enum CommandGroup: Sendable, CaseIterable {
    case scenario, model, files, classroom, shell

    /// The heading `help` prints above the group.
    package var title: String {
        switch self {
        case .scenario: "the scenario"
        case .model: "the model"
        case .files: "files"
        case .classroom: "classroom"
        case .shell: "the shell"
        }
    }
}

/// A `--flag` a command accepts.
package struct CommandFlag: Sendable, Hashable {
    /// The flag without its dashes.
    package let name: String
    /// What follows the flag, if anything (`--svg FILE`).
    package let takes: ArgumentKind?

    init(_ name: String, takes: ArgumentKind? = nil) {
        self.name = name
        self.takes = takes
    }

    /// `--json` and `--csv`, for commands whose result programs read.
    static let formats = [CommandFlag("json"), CommandFlag("csv")]
    /// `--svg FILE` (a chart as SVG) and `--force`, for the commands that draw charts.
    package static let svg = CommandFlag("svg", takes: .file)
    package static let force = CommandFlag("force")
    package static let chart = [svg, force]
    /// `data import FILE --sha256 HEX`: refuses a file that changed since it was saved.
    package static let sha256 = CommandFlag("sha256")
}

/// A word that chooses what a command does, with the arguments that follow it.
package struct Subcommand: Sendable, Hashable {
    package let word: String
    package let arguments: [ArgumentSlot]

    init(_ word: String, _ arguments: [ArgumentSlot] = []) {
        self.word = word
        self.arguments = arguments
    }

    // The sub-actions the command log writes, declared once here and used by their registry entries.
    package static let parameterReset = Subcommand("reset", [.one(.overriddenParameter)])
    package static let scenarioSave = Subcommand("save")
    package static let scenarioUse = Subcommand("use", [.one(.scenario)])
    package static let scenarioDelete = Subcommand("delete", [.one(.scenario)])
    package static let dataImport = Subcommand("import", [.one(.file)])
    package static let dataForget = Subcommand("forget", [.one(.series)])
}

/// A word inside a command's arguments that introduces more of them.
package struct Keyword: Sendable, Hashable {
    package let word: String
    /// What follows the word.
    package let then: ArgumentSlot

    init(_ word: String, then: ArgumentSlot) {
        self.word = word
        self.then = then
    }

    /// `sweep … step STEP`: the size of each step.
    package static let step = Keyword("step", then: .one(.expression))
    /// `sweep … show OUT, OUT`: the outputs to tabulate.
    package static let show = Keyword("show", then: .many(.output))
}

/// One argument position: what may stand there, and whether it repeats (`compare A B C`).
package struct ArgumentSlot: Sendable, Hashable {
    package let kinds: [ArgumentKind]
    package let repeats: Bool

    static func one(_ kinds: ArgumentKind...) -> ArgumentSlot { ArgumentSlot(kinds: kinds, repeats: false) }
    static func many(_ kinds: ArgumentKind...) -> ArgumentSlot { ArgumentSlot(kinds: kinds, repeats: true) }
}

/// What an argument is, so the shell can offer candidates for it. The language only names the
/// roles; the shell knows which variables, outputs and presets there are.
package enum ArgumentKind: Sendable, Hashable {
    /// A literal word such as `all` or `off`.
    case word(String)
    /// A scenario variable.
    case variable
    /// A scenario variable that takes a number (what `sweep` can vary).
    case numericVariable
    /// A variable made with `let`.
    case userVariable
    /// A value for the variable named in the argument before.
    case valueOfVariable
    case output
    /// A preset, a saved scenario or `current`.
    case scenario
    case preset
    case parameter
    /// A parameter that has an override.
    case overriddenParameter
    case lesson
    case glossaryTerm
    /// A part of the `eval` report, or `full`.
    case reportSection
    case helpTopic
    case file
    /// A data series id (`WRESBAL`).
    case series
    /// Any expression: outputs, variables and value words.
    case expression

    /// The word itself, for a literal.
    package var literal: String? {
        if case .word(let word) = self { return word }
        return nil
    }
}

/// What a command does beyond printing, for undo, the journal and the fuzz filter.
package struct CommandTraits: OptionSet, Sendable, Hashable {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// A change it makes to the session is one undo step (undo itself moves back instead).
    package static let changesState = CommandTraits(rawValue: 1 << 0)
    /// Runs the Monte Carlo or many model runs: seconds, not microseconds.
    package static let runsModel = CommandTraits(rawValue: 1 << 1)
    package static let readsFiles = CommandTraits(rawValue: 1 << 2)
    package static let writesFiles = CommandTraits(rawValue: 1 << 3)
    /// May wait for a person at the terminal.
    package static let waitsForPerson = CommandTraits(rawValue: 1 << 4)
    package static let endsSession = CommandTraits(rawValue: 1 << 5)
    /// Runs another script's commands (`source`, `lesson`): what it changes is logged command by command.
    package static let runsScripts = CommandTraits(rawValue: 1 << 6)

    /// The commands a saved script or journal holds: those that change the state themselves.
    package static func replayable(_ command: CommandSyntax) -> Bool {
        command.traits.contains(.changesState) && !command.traits.contains(.runsScripts)
    }

    /// What a quick, self-contained random test leaves out: slow, touching files, waiting or ending.
    package static let outsideQuickTests: CommandTraits = [.runsModel, .readsFiles, .writesFiles, .waitsForPerson,
                                                           .endsSession]
}
