// The commands that read and write files, and the history.
extension CommandSyntax {
    static let fileCommands: [CommandSyntax] = [
        CommandSyntax(
            "save", synopsis: ["save [--minimal] [--force] FILE"], needs: "a file path", example: "save what-if.fed",
            summary: "save the session as a script",
            details: [
                "writes a script that rebuilds this state (--minimal: only what differs from the defaults); never "
                    + "overwrites without --force",
            ],
            group: .files, flags: [CommandFlag("minimal"), CommandFlag("force")], arguments: [.one(.file)],
            traits: .writesFiles,
            parse: { parser, syntax throws(Diagnostic) in try parser.saveCommand(syntax) }),
        CommandSyntax(
            "source", synopsis: ["source FILE"], needs: "a file path", example: "source lesson.fed",
            summary: "run the commands in a script",
            details: ["runs FILE's commands here; paths inside it are relative to its folder; an error undoes the "
                        + "whole script"],
            group: .files, arguments: [.one(.file)], traits: [.changesState, .readsFiles],
            parse: { parser, syntax throws(Diagnostic) in .source(try parser.path(for: syntax)) }),
        CommandSyntax(
            "export", synopsis: ["export [--force] FILE.csv|FILE.json"], needs: "a .csv or .json file",
            example: "export paths.csv", summary: "write the monthly paths and the summary with bands",
            details: [
                "export FILE.csv: one row per month (month, date, then OUTPUT, OUTPUT_p10, OUTPUT_p50, OUTPUT_p90 for "
                    + "each output; regime as a word and shares)",
                "export FILE.json: the 'eval --json' summary plus version, variables, parameters (overrides) and "
                    + "months",
                "never overwrites without --force; units and fields: docs/EXPORT.md",
            ],
            group: .files, flags: [CommandFlag("force")], arguments: [.one(.file)], traits: [.runsModel, .writesFiles],
            parse: { parser, syntax throws(Diagnostic) in try parser.exportCommand(syntax) }),
        CommandSyntax(
            "record", synopsis: ["record [--force] FILE.md", "record [--force] FILE.html", "record off"],
            needs: "a Markdown or HTML file, or 'off'",
            example: "record class.md", summary: "write the session as a handout (Markdown or HTML)",
            details: [
                "record FILE.md [--force]: writes the session as a Markdown handout as it goes (commands, output in "
                    + "text blocks, notes as paragraphs,",
                "  errors, a marker at each pause, charts as SVG files beside it), titled by the lesson;",
                "record FILE.html: one self-contained page (Ink makes the HTML), charts inline;",
                "record off: stops; never overwrites a file without --force. From the start: fedsh --transcript "
                    + "FILE.md (--force to replace it)",
            ],
            group: .files, flags: [CommandFlag("force")], subcommands: [Subcommand("off")], arguments: [.one(.file)],
            traits: .writesFiles,
            parse: { parser, syntax throws(Diagnostic) in try parser.recordCommand(syntax) }),
        CommandSyntax(
            "history", synopsis: ["history [COUNT]"], needs: "a whole number of entries", example: "history 20",
            summary: "list the commands entered",
            details: ["the lines typed at the prompt this session, numbered; COUNT: only the last ones"],
            group: .files,
            parse: { parser, syntax throws(Diagnostic) in try parser.historyCommand(syntax) }),
    ]
}
