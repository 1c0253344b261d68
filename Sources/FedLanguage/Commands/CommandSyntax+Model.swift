// The commands that run the model and show what it says.
extension CommandSyntax {
    static let modelCommands: [CommandSyntax] = [
        CommandSyntax(
            "eval", synopsis: ["eval [full | SECTION] [--json | --csv]"], example: "eval markets",
            summary: "run the model and print the report",
            details: [
                "eval: the headline, one screen (regime, reserves, spreads, the four prices with bands, the top note)",
                "eval full: the whole report; eval SECTION: one part of it (balance, regime, spreads, markets, "
                    + "channels, notes)",
                "eval --json / --csv: the summary at the horizon for programs (docs/EXPORT.md); afterwards outputs "
                    + "can be used in expressions",
            ],
            group: .model, flags: CommandFlag.formats, arguments: [.one(.reportSection)], traits: .runsModel,
            parse: { parser, syntax throws(Diagnostic) in try parser.evalCommand(syntax) }),
        CommandSyntax(
            "explain", synopsis: ["explain [OUTPUT]"], example: "explain btc",
            summary: "the transmission chain, step by step, with this scenario's numbers",
            details: [
                "explain [OUTPUT] (default btc): purchases → reserves → share of bank assets",
                "→ demand curve → regime → repo vs the SRF rate → the four channels",
                "(surprise, liquidity, duration, funding stress) → S&P 500 → Nasdaq → Bitcoin",
                "→ Ether, with this scenario's numbers. Every parameter is cited as [name =",
                "value, status]; money-market outputs stop at their step; yields take the",
                "surprise and duration path. Ends with the p10–p90 band and how large the",
                "policy effect is beside it.",
            ],
            group: .model, arguments: [.one(.output)],
            parse: { parser, _ throws(Diagnostic) in parser.optionalNameCommand { .explain($0) } }),
        CommandSyntax(
            "compare", synopsis: ["compare SCENARIO ... [--json | --csv]"], needs: "one or more scenario names",
            example: "compare baseline cabana",
            summary: "the current scenario beside others, with bands and differences",
            details: [
                "compare A [B ...]: the current scenario first, then each preset, saved scenario or 'current', run "
                    + "with your horizon, seed and draws",
                "per output at the horizon: central (difference from the first column) and the p10 … p90 band; "
                    + "regime with the share of draws in each",
                "a preset keeps your parameter overrides (as 'use' does); a saved scenario brings its own; "
                    + "Ctrl-C cancels",
            ],
            group: .model, flags: CommandFlag.formats, arguments: [.many(.scenario)], traits: .runsModel,
            parse: { parser, syntax throws(Diagnostic) in try parser.compareCommand(syntax) }),
        CommandSyntax(
            "sweep", synopsis: ["sweep VARIABLE FROM..TO step STEP [show OUTPUT, ...] [--json | --csv]"],
            needs: "a variable, FROM..TO and a step",
            example: "sweep purchases 0..150B/month step 15B/month show reserves, btc",
            summary: "outputs across a range of one variable",
            details: [
                "the central model (no Monte Carlo, so quick) at each point, at the horizon;",
                "a table (◀ marks a change of regime) and a chart across the range; at most 1,001 points; the state "
                    + "is not changed;",
                "default outputs: reserves, regime, sofr_spread, btc. Bands across scenarios: use compare",
            ],
            group: .model, flags: CommandFlag.formats, arguments: [.one(.numericVariable)],
            keywords: [.step, .show],
            traits: .runsModel,
            parse: { parser, syntax throws(Diagnostic) in try parser.sweepCommand(syntax) }),
        CommandSyntax(
            "solve", synopsis: ["solve VARIABLE for OUTPUT[MONTH] = TARGET [--json | --csv]",
                                "solve VARIABLE for OUTPUT[MONTH] >= TARGET [--json | --csv]"],
            needs: "a variable, 'for', an output and a target", example: "solve purchases for reserves[4] >= 2.9T",
            summary: "the value of a variable that meets a target (goal seek)",
            details: [
                "bisection on the central model (parameters as in this session, no Monte Carlo) over the "
                    + "variable's usual range, then its allowed range;",
                "= finds where the output equals the target; >= and <= the least change from the range's low end "
                    + "that meets it;",
                "[MONTH] defaults to the horizon; the state is not changed: set the answer to use it",
            ],
            group: .model, flags: CommandFlag.formats, arguments: [.one(.numericVariable)],
            keywords: [Keyword("for", then: .one(.output))], traits: .runsModel,
            parse: { parser, syntax throws(Diagnostic) in try parser.solveCommand(syntax) }),
        CommandSyntax(
            "plot", synopsis: ["plot OUTPUT, ... [--svg FILE] [--force]"], needs: "one or more outputs",
            example: "plot reserves, sofr_spread --svg chart.svg", summary: "monthly paths as a chart (and as SVG)",
            details: [
                "monthly paths 0 … horizon, central line with its p10–p90 band (runs eval if needed);",
                "outputs in different units get one chart each; regime plots as abundant/ample/scarce; --svg also "
                    + "writes the charts",
                "as an SVG file (never replacing one without --force)",
            ],
            group: .model, flags: CommandFlag.chart,
            arguments: [.many(.output)], traits: [.runsModel, .writesFiles],
            parse: { parser, syntax throws(Diagnostic) in try parser.plotCommand(syntax) }),
        CommandSyntax(
            "ledger", synopsis: ["ledger [MONTH | all]"], example: "ledger 3",
            summary: "the balance-sheet entries behind the scenario, as T-accounts",
            details: [
                "ledger [MONTH] (default 1): the month's balance-sheet entries as a T-account",
                "(Fed assets | other liabilities and reserves) in $B, with totals that",
                "balance and the closing balance sheet. 'ledger 0' explains the start;",
                "'ledger all' gives one line per month. MONTH is an expression giving a whole",
                "number from 0 to the horizon (ledger horizon, ledger 2 + 1).",
            ],
            group: .model, arguments: [.one(.word("all"), .expression)],
            parse: { parser, syntax throws(Diagnostic) in try parser.ledgerCommand(syntax) }),
        CommandSyntax(
            "sensitivity", synopsis: ["sensitivity OUTPUT [--json | --csv]"], needs: "an output",
            example: "sensitivity btc",
            summary: "which parameter ranges drive an output's band (tornado)",
            details: [
                "each parameter at its low and at its high, the others as in this session, on the central path at "
                    + "the horizon",
                "a tornado chart, largest swing first, with each parameter's status; then how much of the p10–p90 "
                    + "band is market noise",
                "and how much is parameter uncertainty (measured by rerunning Monte Carlo with noise only and with "
                    + "parameters only)",
            ],
            group: .model, flags: CommandFlag.formats, arguments: [.one(.output)], traits: .runsModel,
            parse: { parser, syntax throws(Diagnostic) in try parser.sensitivityCommand(syntax) }),
        param,
        CommandSyntax(
            "claims", synopsis: ["claims"], example: "claims",
            summary: "the December 2025 \"stealth QE\" claims beside what the model says",
            details: [
                "the 11 claims of the 8 Dec 2025 \"stealth QE\" article beside the model,",
                "computed live from the presets with this session's horizon, draws, seed and",
                "parameter overrides. Verdicts: supported (the whole p10–p90 band inside the",
                "claim), not supported (wholly outside), within the noise (both), cannot be",
                "judged by this model (no such output, or an input).",
            ],
            group: .model,
            parse: { _, _ throws(Diagnostic) in .claims }),
    ]

    /// The `param` command (its words are also what the command log writes).
    package static let param = CommandSyntax(
        "param", synopsis: ["param [--json | --csv]", "param NAME [VALUE]", "param reset [NAME]"],
        example: "param btc_beta 2.5",
        summary: "list model parameters, or override one for this session",
        details: [
            "param: every model parameter with value, central, low … high, unit, status and source "
                + "(* = overridden)",
            "param NAME: one in full · param NAME VALUE: override for this session (a plain number in the "
                + "parameter's unit, e.g. param demand_floor -7)",
            "outside low … high only with a warning; an override is held fixed in Monte Carlo, shown in the eval "
                + "header, and kept by save",
            "param reset [NAME]: back to the calibrated value (all, or one)",
        ],
        group: .model, flags: CommandFlag.formats, subcommands: [.parameterReset],
        arguments: [.one(.parameter), .one(.expression)], traits: .changesState,
        parse: { parser, syntax throws(Diagnostic) in try parser.paramCommand(syntax) })
}
