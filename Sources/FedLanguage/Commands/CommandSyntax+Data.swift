// The commands that read the Fed's published series.
extension CommandSyntax {
    static let dataCommands: [CommandSyntax] = [
        data,
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
