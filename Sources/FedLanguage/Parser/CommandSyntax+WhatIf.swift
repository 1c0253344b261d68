// The what-if tools: scenarios side by side, sweeps, charts, explanations, exports, parameters.
extension CommandSyntax {
    static let whatIfCommands: [CommandSyntax] = [
        CommandSyntax("scenario", needs: "save, use, delete, list or diff", example: "scenario save mine",
                      summary: "name, recall, list and diff scenarios", parse: { parser, syntax throws(Diagnostic) in try parser.scenarioCommand(syntax) }),
        CommandSyntax("compare", needs: "one or more scenario names", example: "compare baseline cabana",
                      summary: "the current scenario beside others, with bands and differences", parse: { parser, syntax throws(Diagnostic) in try parser.compareCommand(syntax) }),
        CommandSyntax("sweep", needs: "a variable, FROM..TO and a step", example: "sweep purchases 0..150B/month step 15B/month show reserves, btc",
                      summary: "outputs across a range of one variable", parse: { parser, syntax throws(Diagnostic) in try parser.sweepCommand(syntax) }),
        CommandSyntax("plot", needs: "one or more outputs", example: "plot reserves, sofr_spread --svg chart.svg",
                      summary: "monthly paths as a chart (and as SVG)", parse: { parser, syntax throws(Diagnostic) in try parser.plotCommand(syntax) }),
        CommandSyntax("explain", example: "explain btc",
                      summary: "the transmission chain, step by step, with this scenario's numbers", parse: { parser, _ throws(Diagnostic) in parser.optionalNameCommand { .explain($0) } }),
        CommandSyntax("export", needs: "a .csv or .json file", example: "export paths.csv",
                      summary: "write the monthly paths and the summary with bands", parse: { parser, syntax throws(Diagnostic) in try parser.exportCommand(syntax) }),
        CommandSyntax("param", example: "param btc_beta 2.5",
                      summary: "list model parameters, or override one for this session", parse: { parser, syntax throws(Diagnostic) in try parser.paramCommand(syntax) }),
        CommandSyntax("sensitivity", needs: "an output", example: "sensitivity btc",
                      summary: "which parameter ranges drive an output's band (tornado)", parse: { parser, syntax throws(Diagnostic) in .sensitivity(try parser.name(for: syntax)) }),
        CommandSyntax("ledger", example: "ledger 3",
                      summary: "the balance-sheet entries behind the scenario, as T-accounts", parse: { parser, syntax throws(Diagnostic) in try parser.ledgerCommand(syntax) }),
        CommandSyntax("claims", example: "claims",
                      summary: "the December 2025 \"stealth QE\" claims beside what the model says", parse: { _, _ throws(Diagnostic) in .claims }),
    ]

    static let classroomCommands: [CommandSyntax] = [
        CommandSyntax("pause", example: "pause", summary: "wait for Enter when a person is at the terminal",
                      parse: { _, _ throws(Diagnostic) in .pause }),
        CommandSyntax("lesson", example: "lesson list", summary: "list or run the shipped lessons",
                      parse: { parser, _ throws(Diagnostic) in parser.optionalNameCommand { .lesson($0) } }),
        CommandSyntax("predict", needs: "an output and up, down or a value", example: "predict btc up",
                      summary: "guess before eval; the report reveals the answer", parse: { parser, syntax throws(Diagnostic) in try parser.predictCommand(syntax) }),
        CommandSyntax("glossary", example: "glossary SOFR", summary: "define a term, with the command that shows it",
                      parse: { parser, _ throws(Diagnostic) in parser.optionalNameCommand { .glossary($0) } }),
        CommandSyntax("record", needs: "a Markdown file or 'off'", example: "record class.md",
                      summary: "write the session as a Markdown handout", parse: { parser, syntax throws(Diagnostic) in try parser.recordCommand(syntax) }),
    ]
}
