import FedLanguage
import FedModel

extension Session {
    /// `explain [OUT]`: the transmission chain to one output (default btc) with this scenario's numbers.
    func explain(_ name: Name?, statement: Statement) throws(Diagnostic) {
        let output: Output
        if let name {
            guard let named = Output(rawValue: name.text) else { throw .unknownOutputToExplain(name) }
            output = named
        } else {
            output = .btc
        }
        let results = try currentResults(range: statement.keywordRange)
        let explanation = Explanation(results: results, output: output, scenarioName: scenarioName,
                                      overrides: state.parameterOverrides, width: options.terminalWidth)
        self.output.write(explanation.text)
    }
}
