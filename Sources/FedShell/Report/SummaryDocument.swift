import FedModel

/// `eval --json`: the summary at the horizon, one entry per output with central and band.
/// Shape (stable, docs/EXPORT.md): {"fedsh", "scenario", "start", "horizon", "draws", "seed",
/// "outputs": {NAME: {"central", "p10", "p50", "p90", "unit"}}}; the regime has "shares" instead of a band.
struct SummaryDocument: Encodable {
    var fedsh = Session.version
    let scenario: String
    let start: String
    let horizon: Int
    let draws: Int
    let seed: Int
    let outputs: [String: OutputEntry]

    init(_ results: Results, scenarioName: String) {
        let horizon = results.path.count - 1
        scenario = scenarioName
        start = results.scenario.startState.name
        self.horizon = horizon
        draws = results.bands.draws
        seed = results.bands.seed
        outputs = Dictionary(uniqueKeysWithValues: Output.allCases.map { output in
            var entry = OutputEntry(output, results, month: horizon)
            entry.unit = output.unitPresentation.jsonName
            return (output.rawValue, entry)
        })
    }

    /// `eval --csv`: one row per output at the horizon.
    var csv: String {
        let rows = Output.allCases.map { output -> [String] in
            let entry = outputs[output.rawValue]!
            return [output.rawValue] + entry.cells + [entry.unit ?? ""]
        }
        return MachineText.csv(header: ["output"] + OutputEntry.columns + ["unit"], rows: rows)
    }
}

/// One output in one month: central and band, or for the regime the central word and the shares of draws.
struct OutputEntry: Encodable {
    let central: NumberOrWord
    var p10: Double?
    var p50: Double?
    var p90: Double?
    var shares: [String: Double]?
    var unit: String?

    init(_ output: Output, _ results: Results, month: Int) {
        if output == .regime {
            central = .word(results.path[month].regime.rawValue)
            shares = Dictionary(uniqueKeysWithValues: results.bands.regimeShares[month].map {
                ($0.key.rawValue, $0.value)
            })
        } else {
            central = .number(output.value(in: results.path[month]))
            let band = results.bands.band(output, month: month)
            p10 = band?.p10
            p50 = band?.p50
            p90 = band?.p90
        }
    }

    /// The CSV columns an entry fills.
    static let columns = ["central", "p10", "p50", "p90"]

    var cells: [String] { [central.text] + [p10, p50, p90].map { $0.map(MachineText.number) ?? "" } }
}
