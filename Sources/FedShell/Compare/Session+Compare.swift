import FedLanguage
import FedModel

extension Session {
    /// `compare A [B ...]`: the current scenario first, then each named one (a preset, a saved
    /// scenario or `current`), all with the session's horizon, seed and draws.
    func compare(_ names: [Name], format: OutputFormat, statement: Statement) throws(Diagnostic) {
        // Resolve every name before running anything, so a typo fails at once.
        var named: [NamedScenario] = []
        for name in names { named.append(try namedScenario(name)) }
        let currentTitle = scenarioName == "custom scenario" ? "current" : "current (\(scenarioName))"
        var columns = [
            CompareTable.Column(title: currentTitle, results: try currentResults(range: statement.keywordRange))
        ]
        for (name, scenario) in zip(names, named) {
            let results = scenario.kind == .current
                ? columns[0].results
                : try computeResults(for: scenario.scenario, overrides: scenario.parameterOverrides, range: name.range)
            let title = scenario.kind == .current ? "current" : scenario.name
            columns.append(CompareTable.Column(title: title, results: results))
        }
        switch format {
        case .text: output.write(CompareTable(columns: columns, width: options.terminalWidth).text)
        case .json: output.write(try MachineText.json(CompareDocument(columns), range: statement.keywordRange))
        case .csv: output.write(CompareDocument(columns).csv)
        }
    }
}
