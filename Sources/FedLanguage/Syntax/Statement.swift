/// One parsed command with the source it came from.
package struct Statement: Sendable, Hashable {
    package var command: Command
    /// The whole statement, from its command word to its last argument.
    package var range: SourceRange
    /// The command word.
    package var keywordRange: SourceRange
    /// The exact source text of the statement, so the shell can save what succeeded.
    package var text: String

    package init(command: Command, range: SourceRange, keywordRange: SourceRange, text: String) {
        self.command = command
        self.range = range
        self.keywordRange = keywordRange
        self.text = text
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
    /// `show [NAME ...]`; `all` is true for `show all`.
    case show([Name], all: Bool)
    /// `unset NAME`
    case unset(Name)
    case reset
    case undo
    /// `let NAME = EXPR`
    case letBinding(Name, Expression)
    /// `print EXPR`
    case print(Expression)
    /// `eval [--json]`
    case eval(json: Bool)
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
    /// `quit` or `exit`
    case quit
    /// `assert EXPR`
    case assert(Expression)
    /// `note TEXT`
    case note(RawText)
}
