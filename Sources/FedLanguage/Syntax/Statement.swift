/// One parsed command with the source it came from.
package struct Statement: Sendable, Hashable {
    package var command: Command
    /// The registry entry of its command word.
    package var syntax: CommandSyntax
    /// The whole statement, from its command word to its last argument.
    package var range: SourceRange
    /// The command word.
    package var keywordRange: SourceRange

    package init(command: Command, syntax: CommandSyntax, range: SourceRange, keywordRange: SourceRange) {
        self.command = command
        self.syntax = syntax
        self.range = range
        self.keywordRange = keywordRange
    }
}

/// A name with its place in the source; `text` is lowercased.
package struct Name: Sendable, Hashable {
    package var text: String
    package var range: SourceRange

    package init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A file path: a string literal or a raw run of characters up to a space, `;` or `#`.
package struct PathArgument: Sendable, Hashable {
    package var path: String
    package var range: SourceRange

    package init(_ path: String, range: SourceRange) {
        self.path = path
        self.range = range
    }
}

/// Text taken raw from the source, as in `note TEXT`.
package struct RawText: Sendable, Hashable {
    package var text: String
    package var range: SourceRange

    package init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// What a statement asks the shell to do.
package enum Command: Sendable, Hashable {
    /// `set NAME [=] EXPR`
    case set(Name, Expression)
    /// `show [NAME ...] [--json|--csv]`; `all` is true for `show all`.
    case show([Name], all: Bool, format: OutputFormat = .text)
    /// `unset NAME`
    case unset(Name)
    case reset
    case undo
    case redo
    /// `let NAME = EXPR`
    case letBinding(Name, Expression)
    /// `print EXPR`
    case print(Expression)
    /// `eval [full | SECTION] [--json|--csv]`: the headline, everything, or one section.
    case eval(section: Name? = nil, format: OutputFormat = .text)
    /// `use NAME`
    case use(Name)
    /// `history [NUMBER]`
    case history(count: Int?)
    /// `save [--minimal] [--force] PATH`
    case save(PathArgument, minimal: Bool, force: Bool)
    /// `source PATH`
    case source(PathArgument)
    /// `help [TOPIC]`
    case help(topic: Name?)
    /// `quit` or `exit`, with the exit status for a script (`exit 3`)
    case quit(status: Int? = nil)
    /// `assert EXPR`
    case assert(Expression)
    /// `note TEXT`
    case note(RawText)
    /// `scenario save|use|delete NAME`, `scenario list`, `scenario diff A B`
    case scenario(ScenarioAction)
    /// `compare A [B ...]` (the current scenario is always one of them)
    case compare([Name], format: OutputFormat = .text)
    /// `sweep VAR FROM..TO step S [show OUT, ...]`
    case sweep(Name, from: Expression, to: Expression, step: Expression, show: [Name], format: OutputFormat = .text)
    /// `solve VAR for OUT[MONTH] = TARGET` (or `>=`, `<=`) `[--json | --csv]`
    case solve(Name, goal: SolveGoal, format: OutputFormat = .text)
    /// `plot OUT[, OUT ...] [--svg PATH]`
    case plot([Name], svg: PathArgument?, force: Bool)
    /// `explain [OUT]`
    case explain(Name?)
    /// `export PATH [--force]` (.csv or .json), `export - [--csv|--json]` (standard output)
    case export(PathArgument, force: Bool, format: OutputFormat = .text)
    /// `param`, `param NAME`, `param NAME VALUE`, `param reset [NAME]`
    case param(ParameterAction)
    /// `sensitivity OUT`
    case sensitivity(Name, format: OutputFormat = .text)
    /// `ledger [MONTH]`
    case ledger(month: Expression?)
    /// `claims`
    case claims
    /// `pause`
    case pause
    /// `clear`
    case clear
    /// `lesson list`, `lesson NAME`
    case lesson(Name?)
    /// `predict OUT up|down|VALUE`
    case predict(Name, Expression)
    /// `glossary [TERM]`
    case glossary(Name?)
    /// `record PATH [--force]`, `record off`
    case record(PathArgument?, force: Bool)
    /// `data list|show|plot|import|forget ...`
    case data(DataAction)
    /// `calibrate [at DATE] [--svg PATH] [--force]`
    case calibrate(at: Expression?, svg: PathArgument?, force: Bool)
    /// `backtest DATE [months N] [--unconditional] [--uncalibrated] [--csv PATH] [--svg PATH] [--force]`
    case backtest(BacktestRequest)
}

/// What `backtest` was asked for.
package struct BacktestRequest: Sendable, Hashable {
    package var day: Expression
    package var months: Expression?
    package var unconditional: Bool
    /// The catalogue's hand-set parameters instead of the fit (the model before calibration).
    package var uncalibrated: Bool
    package var csv: PathArgument?
    package var svg: PathArgument?
    package var force: Bool
}

/// The target of `solve`: an output in a month (nil = the horizon), a relation and a value.
package struct SolveGoal: Sendable, Hashable {
    package enum Relation: String, Sendable, Hashable {
        case equal = "="
        case atLeast = ">="
        case atMost = "<="
    }

    package var output: Name
    package var month: Expression?
    package var relation: Relation
    package var target: Expression

    package init(output: Name, month: Expression?, relation: Relation, target: Expression) {
        self.output = output
        self.month = month
        self.relation = relation
        self.target = target
    }
}

/// What `scenario` does.
package enum ScenarioAction: Sendable, Hashable {
    case save(Name)
    case use(Name)
    case delete(Name)
    case list
    case diff(Name, Name?)
}

/// What `param` does.
package enum ParameterAction: Sendable, Hashable {
    /// `param` or `param NAME`: list one or all (the list also as `--json` or `--csv`).
    case show(Name?, format: OutputFormat = .text)
    /// `param NAME VALUE`: override for this session.
    case set(Name, Expression)
    /// `param reset [NAME]`: back to the calibrated value.
    case reset(Name?)
}

/// How a command writes its result: a table for people, or JSON or CSV for programs (`--json`,
/// `--csv`); the shapes are in docs/EXPORT.md.
package enum OutputFormat: Sendable, Hashable {
    case text, json, csv
}
