// The commands that set and inspect the scenario.
extension CommandSyntax {
    static let scenarioCommands: [CommandSyntax] = [
        set,
        CommandSyntax(
            "show", synopsis: ["show [all | NAME ...] [--json | --csv]"], example: "show purchases rate_cut",
            summary: "show what you changed (every variable with 'show all')",
            details: [
                "show: the variables that differ from the default, your variables and parameter overrides; "
                    + "show all: every variable (* marks a change)",
                "show NAME ...: variables, outputs (monthly paths, one table) or your variables; --json / --csv "
                    + "for programs",
            ],
            group: .scenario, flags: CommandFlag.formats,
            arguments: [.many(.word("all"), .variable, .output, .userVariable)],
            parse: { parser, syntax throws(Diagnostic) in try parser.showCommand(syntax) }),
        unset,
        CommandSyntax(
            "reset", synopsis: ["reset"], example: "reset", summary: "return every variable to its default",
            details: ["saved scenarios are kept; 'undo' brings the variables back"],
            group: .scenario, traits: .changesState,
            parse: { _, _ throws(Diagnostic) in .reset }),
        CommandSyntax(
            "undo", synopsis: ["undo"], example: "undo", summary: "undo the last change",
            details: ["goes back one change of the scenario, its parameters or your variables (up to 1,000)"],
            group: .scenario,
            parse: { _, _ throws(Diagnostic) in .undo }),
        CommandSyntax(
            "redo", synopsis: ["redo"], example: "redo", summary: "redo what undo took back",
            details: ["puts back the change the last undo took back; any new change forgets what could be redone"],
            group: .scenario,
            parse: { _, _ throws(Diagnostic) in .redo }),
        use,
        scenario,
        letCommand,
        CommandSyntax(
            "print", synopsis: ["print VALUE"], needs: "a value", example: "print 45B/month * 12 months",
            summary: "print the value of an expression",
            details: ["after eval, outputs are values too: print btc.p90 - btc.p10, print reserves[3]"],
            group: .scenario, arguments: [.many(.expression)],
            parse: { parser, syntax throws(Diagnostic) in .print(try parser.expression(for: syntax)) }),
    ]

    /// The `set` command (its words are also what the command log writes).
    package static let set = CommandSyntax(
        "set", synopsis: ["set NAME [=] VALUE"], needs: "a name and a value", example: "set purchases 45B/month",
        summary: "set a scenario variable",
        details: [
            "values carry units: 45B/month, 25bp, 0.25%, 18 months, 2y, on/off, 2026-03; arithmetic works "
                + "(40B/month + 5B/month)",
            "set echoes how it read the value and what it replaced",
        ],
        group: .scenario, arguments: [.one(.variable), .one(.valueOfVariable)], traits: .changesState,
        parse: { parser, syntax throws(Diagnostic) in try parser.setCommand(syntax) })

    /// The `unset` command (its words are also what the command log writes).
    package static let unset = CommandSyntax(
        "unset", synopsis: ["unset NAME"], needs: "a name", example: "unset purchases",
        summary: "return a variable to its default",
        group: .scenario, arguments: [.one(.variable, .userVariable)], traits: .changesState,
        parse: { parser, syntax throws(Diagnostic) in .unset(try parser.name(for: syntax)) })

    /// The `use` command (its words are also what the command log writes).
    package static let use = CommandSyntax(
        "use", synopsis: ["use PRESET"], needs: "a preset name", example: "use fomc-dec-2025",
        summary: "load a preset scenario",
        details: ["horizon, seed and draws stay yours; 'help presets' lists them"],
        group: .scenario, arguments: [.one(.preset)], traits: .changesState,
        parse: { parser, syntax throws(Diagnostic) in .use(try parser.name(for: syntax)) })

    /// The `let` command (its words are also what the command log writes).
    package static let letCommand = CommandSyntax(
        "let", synopsis: ["let NAME = VALUE"], needs: "a name, '=' and a value", example: "let extra = 10B/month",
        summary: "define a variable of your own",
        details: ["the value keeps its unit; use the name in later expressions (set purchases 35B/month + extra)"],
        group: .scenario, arguments: [.one(), .one(.word("=")), .one(.expression)], traits: .changesState,
        parse: { parser, syntax throws(Diagnostic) in try parser.letCommand(syntax) })

    /// The `scenario` command (its words are also what the command log writes).
    package static let scenario = CommandSyntax(
        "scenario",
        synopsis: ["scenario save NAME", "scenario use NAME", "scenario delete NAME", "scenario list",
                   "scenario diff A [B]"],
        needs: "save, use, delete, list or diff", example: "scenario save mine",
        summary: "name, recall, list and diff scenarios",
        details: [
            "scenario save NAME: names the current scenario and its parameter overrides (presets are read-only)",
            "scenario use NAME: loads a preset or saved scenario (horizon, seed and draws stay yours)",
            "scenario delete NAME · scenario list (> marks the one in use, * when changed) · scenario diff A [B]: "
                + "the variables and parameters that differ (B defaults to current)",
            "'save FILE' keeps named scenarios (the script replays each 'scenario save' after the commands that "
                + "built it); 'reset' keeps them too",
        ],
        group: .scenario,
        subcommands: [
            .scenarioSave, .scenarioUse, .scenarioDelete,
            Subcommand("list"), Subcommand("diff", [.one(.scenario), .one(.scenario)]),
        ],
        traits: .changesState,
        parse: { parser, syntax throws(Diagnostic) in try parser.scenarioCommand(syntax) })
}
