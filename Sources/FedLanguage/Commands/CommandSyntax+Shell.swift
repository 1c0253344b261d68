// The commands about the shell itself.
extension CommandSyntax {
    static let shellCommands: [CommandSyntax] = [
        CommandSyntax(
            "help", synopsis: ["help [TOPIC]"], example: "help set", summary: "show help on a command or topic",
            details: ["topics: tour, variables, outputs, presets, units, and any command, variable, output or preset"],
            group: .shell, arguments: [.one(.helpTopic)],
            parse: { parser, _ throws(Diagnostic) in try parser.helpCommand() }),
        CommandSyntax(
            "clear", synopsis: ["clear"], example: "clear", summary: "clear the terminal screen",
            details: ["at a terminal only (Ctrl-L does the same while typing); in a script, a pipe or a handout it "
                        + "does nothing, so no control codes reach a file"],
            group: .shell,
            parse: { _, _ throws(Diagnostic) in .clear }),
        CommandSyntax(
            "quit", aliases: ["exit"], synopsis: ["quit [STATUS]"], example: "exit 3", summary: "leave the shell",
            details: ["Ctrl-D on an empty line does the same; in a script, stops it; 'exit 3' ends fedsh with status 3 "
                        + "(0 to 255)"],
            group: .shell, traits: .endsSession,
            parse: { parser, syntax throws(Diagnostic) in try parser.quitCommand(syntax) }),
    ]
}
