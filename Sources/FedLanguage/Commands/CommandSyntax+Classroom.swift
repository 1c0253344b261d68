// The commands for lessons and classes.
extension CommandSyntax {
    static let classroomCommands: [CommandSyntax] = [
        CommandSyntax(
            "lesson", synopsis: ["lesson [list]", "lesson NAME | NUMBER"], example: "lesson list",
            summary: "list or run the shipped lessons",
            details: [
                "lesson list (or lesson): the shipped lessons, by number, with titles; lesson NAME: run one, like "
                    + "source (undo takes it all back)",
                "lessons are found in $FEDSH_LESSONS, beside the binary (../share/fedsh/lessons, lessons/) and in the "
                    + "source tree it was built from",
                "fedsh --step lessons/01-balance-sheet.fed shows each command and waits for Enter before running it",
            ],
            group: .classroom, subcommands: [Subcommand("list")], arguments: [.one(.lesson)],
            traits: [.changesState, .readsFiles, .runsScripts],
            parse: { parser, _ throws(Diagnostic) in parser.lessonCommand() }),
        CommandSyntax(
            "note", synopsis: ["note TEXT"], needs: "some text", example: "note QE begins here",
            summary: "print a note (for lessons)",
            details: ["the rest of the statement, up to ';' or '#', wrapped to the terminal"],
            group: .classroom, takesRawText: true,
            parse: { parser, syntax throws(Diagnostic) in .note(try parser.text(for: syntax)) }),
        CommandSyntax(
            "pause", synopsis: ["pause"], example: "pause", summary: "wait for Enter when a person is at the terminal",
            details: [
                "waits for Enter when a person is at the terminal (standard input and output both terminals); in "
                    + "scripts, pipes and tests it does nothing",
                "Ctrl-C while waiting at the prompt cancels the rest of the script",
            ],
            group: .classroom, traits: .waitsForPerson,
            parse: { _, _ throws(Diagnostic) in .pause }),
        CommandSyntax(
            "predict", synopsis: ["predict OUTPUT up|down|VALUE"], needs: "an output and up, down or a value",
            example: "predict btc up", summary: "guess before eval; the report reveals the answer",
            details: [
                "predict OUT up|down|VALUE before eval: the next eval report shows each guess beside the model's "
                    + "central value and p10–p90 band,",
                "says right or wrong (VALUE: inside the band or not) and which channel decided it; then the "
                    + "predictions are cleared",
                "examples: predict btc up, predict y2 10bp, predict reserves 3.2T, predict regime scarce",
            ],
            group: .classroom, arguments: [.one(.output), .one(.word("up"), .word("down"))], traits: .waitsForPerson,
            parse: { parser, syntax throws(Diagnostic) in try parser.predictCommand(syntax) }),
        CommandSyntax(
            "assert", synopsis: ["assert CONDITION"], needs: "a condition", example: "assert reserves > 3T",
            summary: "stop a script unless a condition holds",
            details: ["fails the script (file:line) unless the condition holds: assert reserves > 3T, assert regime "
                        + "== ample, assert btc.p50 > 0"],
            group: .classroom, arguments: [.many(.expression)],
            parse: { parser, syntax throws(Diagnostic) in .assert(try parser.expression(for: syntax)) }),
        CommandSyntax(
            "glossary", synopsis: ["glossary [TERM]"], example: "glossary ON RRP",
            summary: "define a term, with the command that shows it",
            details: [
                "glossary: the terms; glossary TERM: a definition and the command that shows it "
                    + "(case-insensitive; typed as listed, e.g. glossary net liquidity, or with - or _ for spaces)"
            ],
            group: .classroom, arguments: [.one(.glossaryTerm)], takesRawText: true,
            parse: { parser, _ throws(Diagnostic) in parser.glossaryCommand() }),
    ]
}
