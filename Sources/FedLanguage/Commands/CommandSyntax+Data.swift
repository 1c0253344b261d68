// The commands that read the Fed's published series.
extension CommandSyntax {
    static let dataCommands: [CommandSyntax] = [
        data,
        CommandSyntax(
            "calibrate", synopsis: ["calibrate [at DATE] [--svg FILE] [--force]"], example: "calibrate at 2025-06-18",
            summary: "the parameters fitted to the data on or before a day, with their fit",
            details: [
                "calibrate [at DATE]: the fits for the start (or DATE): each fitted parameter with its 90% band and "
                    + "source, the fit statistics, the regime read from the slope's band beside the NY Fed's Reserve "
                    + """
                        Demand Elasticity, and a chart of EFFR − IORB against reserves / bank assets with the fitted \
                        curve
                        """,
                "only data dated on or before the day are used; 'set start DATE' applies the same fits",
            ],
            group: .files, flags: [CommandFlag("svg", takes: .file), CommandFlag("force")],
            keywords: [Keyword("at", then: .one(.expression))], traits: [.readsFiles, .writesFiles],
            parse: { parser, syntax throws(Diagnostic) in try parser.calibrateCommand(syntax) }),
        CommandSyntax(
            "backtest",
            synopsis: ["backtest DATE [months N] [--unconditional] [--csv FILE] [--svg FILE]"],
            needs: "a start date", example: "backtest 2025-06-18 months 6",
            summary: "the model from a past start, scored against what happened",
            details: [
                "from the data-built start of DATE, N months (default 6, as far as the data go): per output and month "
                    + "the realised value, the central, p10 … p90 and whether it was inside; per output the coverage "
                    + "and the mean error; a chart of reserves and SOFR − IORB against their bands",
                "conditional (the default) feeds the realised securities, TGA, currency and bank assets; "
                    + "--unconditional uses the scenario's assumptions; --uncalibrated the hand-set parameters",
                "--csv FILE writes the table, --svg FILE the charts (never replacing a file without --force); "
                    + "--uncalibrated runs the model before calibration, for comparison",
            ],
            group: .files,
            flags: [CommandFlag("unconditional"), CommandFlag("uncalibrated"), CommandFlag("csv", takes: .file),
                    CommandFlag("svg", takes: .file), CommandFlag("force")],
            arguments: [.one(.expression)], keywords: [Keyword("months", then: .one(.expression))],
            traits: [.runsModel, .readsFiles, .writesFiles],
            parse: { parser, syntax throws(Diagnostic) in try parser.backtestCommand(syntax) }),
    ]

    /// The `data` command (its words are also what the command log writes).
    package static let data = CommandSyntax(
        "data",
        synopsis: ["data list", "data show ID [FROM..TO]", "data plot ID[, ID...] [FROM..TO] [--svg FILE] [--force]",
                   "data import FILE [as ID] [--sha256 HEX]", "data forget ID"],
        needs: "list, show, plot, import or forget", example: "data show WRESBAL 2025-01..2025-12",
        summary: "the Fed's published series: list, show, plot, import your own",
        details: [
            "data list: every series with its meaning, unit, frequency, dates and source (shipped or imported)",
            "data show ID [FROM..TO] · data plot ID, ID [FROM..TO] [--svg FILE]: observations (dates 2024-06-12 or "
                + "2024-06)",
            "data import FILE [as ID]: a FRED, ALFRED, Data Download Program or date,value CSV, kept under "
                + "$XDG_DATA_HOME/fedsh and used instead of the shipped series of the same id; --sha256 HEX "
                + "refuses a changed file (save writes it)",
            "data forget ID: removes an import. 'set start 2024-06-12' starts from the data of any week; "
                + "'show start' gives each figure's series and date",
        ],
        group: .files, flags: CommandFlag.chart + [CommandFlag.sha256],
        subcommands: [
            Subcommand("list"), Subcommand("show", [.one(.series)]), Subcommand("plot", [.many(.series)]),
            .dataImport, .dataForget,
        ],
        traits: [.changesState, .readsFiles, .writesFiles],
        parse: { parser, syntax throws(Diagnostic) in try parser.dataCommand(syntax) })
}
