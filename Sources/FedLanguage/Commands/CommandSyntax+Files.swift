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
            group: .files, flags: [CommandFlag("minimal"), CommandFlag.force], arguments: [.one(.file)],
            traits: .writesFiles,
            parse: { parser, syntax throws(Diagnostic) in try parser.saveCommand(syntax) }),
        CommandSyntax(
            "source", aliases: ["load", ".read"], synopsis: ["source FILE"], needs: "a file path",
            example: "source lesson.fed",
            summary: "run the commands in a script",
            details: [
                "runs FILE's commands here; paths inside it are relative to its folder; an error undoes the "
                    + "whole script; 'source -' reads standard input; 'load' (as in gnuplot) and '.read' "
                    + "(as in sqlite3) are the same command"
            ],
            group: .files, arguments: [.one(.file)], traits: [.changesState, .readsFiles, .runsScripts],
            parse: { parser, syntax throws(Diagnostic) in .source(try parser.path(for: syntax)) }),
        CommandSyntax(
            "export", synopsis: ["export [--force] FILE.csv|FILE.json", "export - [--csv | --json]"],
            needs: "a .csv or .json file, or - for standard output",
            example: "export paths.csv", summary: "write the monthly paths and the summary with bands",
            details: [
                "export FILE.csv: one row per month (month, date, then OUTPUT, OUTPUT_p10, OUTPUT_p50, OUTPUT_p90 for "
                    + "each output; regime as a word and shares)",
                "export FILE.json: the 'eval --json' summary plus version, variables, parameters (overrides) and "
                    + "months",
                "export -: to standard output (JSON, or CSV with --csv); never overwrites without --force; units "
                    + "and fields: docs/EXPORT.md",
            ],
            group: .files, flags: [CommandFlag.force] + CommandFlag.formats, arguments: [.one(.file)],
            traits: [.runsModel, .writesFiles],
            parse: { parser, syntax throws(Diagnostic) in try parser.exportCommand(syntax) }),
        CommandSyntax(
            "record", synopsis: ["record [--force] FILE.md", "record [--force] FILE.html", "record -", "record off"],
            needs: "a file ending in .md, .html or .htm, - for standard output, or 'off'",
            example: "record class.md", summary: "write the session as a handout (Markdown or HTML)",
            details: [
                "record FILE.md: the session as a Markdown handout, written as it goes: commands, output in text "
                    + "blocks, notes as paragraphs, errors, a marker at each pause, charts as SVG files beside it; "
                    + "titled by the lesson",
                "record FILE.html (or .htm): one self-contained page (Ink makes the HTML), charts inline",
                "record -: the Markdown handout on standard output instead of the session's own output "
                    + "(charts as text)",
                "record off: stops. Any other file ending is refused; an existing file is replaced only with --force. "
                    + "From the start: fedsh --transcript FILE.md (--force to replace it)",
            ],
            group: .files, flags: [CommandFlag.force], subcommands: [Subcommand("off")], arguments: [.one(.file)],
            traits: .writesFiles,
            parse: { parser, syntax throws(Diagnostic) in try parser.recordCommand(syntax) }),
        CommandSyntax(
            "history", synopsis: ["history [COUNT]"], needs: "a whole number of entries, 1 or more",
            example: "history 20",
            summary: "list the commands entered",
            details: [
                "the lines typed at the prompt this session, numbered (all of them without COUNT); "
                    + "COUNT, a whole number from 1: only the last COUNT lines"
            ],
            group: .files,
            parse: { parser, syntax throws(Diagnostic) in try parser.historyCommand(syntax) }),
    ]
}
