/// How one command is written: its word, what it needs, an example, and its parse function.
///
/// Adding a command is a local change: one entry in `all` and one parse function in
/// `Parser+Commands`.
package struct CommandSyntax: Sendable {
    package typealias Parse = @Sendable (inout Parser, CommandSyntax) throws(Diagnostic) -> Command

    package let name: String
    /// Other words for the same command, such as `exit` for `quit`.
    package let aliases: [String]
    /// The arguments in words, for "set needs a name and a value".
    package let needs: String
    /// A complete example, for messages and help.
    package let example: String
    /// One line saying what the command does.
    package let summary: String
    /// Whether the arguments are raw text to the end of the statement, read without tokens.
    let takesRawText: Bool
    let parse: Parse

    init(_ name: String, aliases: [String] = [], needs: String = "nothing", example: String,
         summary: String, takesRawText: Bool = false, parse: @escaping Parse) {
        self.takesRawText = takesRawText
        self.name = name
        self.aliases = aliases
        self.needs = needs
        self.example = example
        self.summary = summary
        self.parse = parse
    }

    /// Finds a command by its (lowercased) word or alias.
    package static func named(_ word: String) -> CommandSyntax? {
        all.first { $0.name == word || $0.aliases.contains(word) }
    }

    /// Every command word and alias, for suggestions and completion.
    package static var allWords: [String] { all.flatMap { [$0.name] + $0.aliases } }

    package static let all: [CommandSyntax] = [
        CommandSyntax("set", needs: "a name and a value", example: "set purchases 45B/month",
                      summary: "set a scenario variable", parse: { parser, syntax throws(Diagnostic) in try parser.setCommand(syntax) }),
        CommandSyntax("show", example: "show purchases rate_cut",
                      summary: "show variables (all of them with 'show all')", parse: { parser, _ throws(Diagnostic) in parser.showCommand() }),
        CommandSyntax("unset", needs: "a name", example: "unset purchases",
                      summary: "return a variable to its default", parse: { parser, syntax throws(Diagnostic) in .unset(try parser.name(for: syntax)) }),
        CommandSyntax("reset", example: "reset", summary: "return every variable to its default",
                      parse: { _, _ throws(Diagnostic) in .reset }),
        CommandSyntax("undo", example: "undo", summary: "undo the last change",
                      parse: { _, _ throws(Diagnostic) in .undo }),
        CommandSyntax("let", needs: "a name, '=' and a value", example: "let extra = 10B/month",
                      summary: "define a variable of your own", parse: { parser, syntax throws(Diagnostic) in try parser.letCommand(syntax) }),
        CommandSyntax("print", needs: "a value", example: "print 45B/month * 12 months",
                      summary: "print the value of an expression", parse: { parser, syntax throws(Diagnostic) in .print(try parser.expression(for: syntax)) }),
        CommandSyntax("eval", example: "eval --json", summary: "run the model and print the report",
                      parse: { parser, syntax throws(Diagnostic) in try parser.evalCommand(syntax) }),
        CommandSyntax("use", needs: "a preset name", example: "use fomc-dec-2025",
                      summary: "load a preset scenario", parse: { parser, syntax throws(Diagnostic) in .use(try parser.name(for: syntax)) }),
        CommandSyntax("history", needs: "a whole number of entries", example: "history 20",
                      summary: "list the commands entered", parse: { parser, syntax throws(Diagnostic) in try parser.historyCommand(syntax) }),
        CommandSyntax("save", needs: "a file path", example: "save what-if.fed",
                      summary: "save the session as a script", parse: { parser, syntax throws(Diagnostic) in try parser.saveCommand(syntax) }),
        CommandSyntax("source", needs: "a file path", example: "source lesson.fed",
                      summary: "run the commands in a script", parse: { parser, syntax throws(Diagnostic) in .source(try parser.path(for: syntax)) }),
        CommandSyntax("help", example: "help set", summary: "show help on a command or topic",
                      parse: { parser, _ throws(Diagnostic) in try parser.helpCommand() }),
        CommandSyntax("quit", aliases: ["exit"], example: "quit", summary: "leave the shell",
                      parse: { _, _ throws(Diagnostic) in .quit }),
        CommandSyntax("assert", needs: "a condition", example: "assert reserves > 3T",
                      summary: "stop a script unless a condition holds", parse: { parser, syntax throws(Diagnostic) in .assert(try parser.expression(for: syntax)) }),
        CommandSyntax("note", needs: "some text", example: "note QE begins here",
                      summary: "print a note (for lessons)", takesRawText: true, parse: { parser, syntax throws(Diagnostic) in .note(try parser.text(for: syntax)) }),
    ] + whatIfCommands + classroomCommands
}
