import FedLanguage
import FedModel

extension Session {
    /// `sensitivity OUT`: a tornado of one-at-a-time parameter swings at the horizon, then how much
    /// of the Monte Carlo band is market noise and how much is parameter uncertainty.
    func sensitivity(_ name: Name, statement: Statement) throws(Diagnostic) {
        guard let output = Output(rawValue: name.text) else { throw .unknownOutput(name) }
        if output == .regime { throw .regimeHasNoSensitivity(name) }
        let scenario = state.scenario
        let base = state.parameters
        func atHorizon(_ parameters: ParameterValues) -> Double {
            output.value(in: Simulation(scenario: scenario, parameters: parameters).run().last!)
        }
        let central = atHorizon(base)
        var swings: [TornadoChart.Swing] = []
        for parameter in scenario.parameterCatalog {
            if options.isCancelled() { throw .cancelled(statement.keywordRange) }
            var low = base
            low[keyPath: parameter.keyPath] = parameter.low
            var high = base
            high[keyPath: parameter.keyPath] = parameter.high
            let swing = TornadoChart.Swing(parameter: parameter, atLow: atHorizon(low), atHigh: atHorizon(high),
                                           overridden: state.parameterOverrides[parameter.name] != nil)
            // A swing below the last digit the report shows is no swing.
            if swing.size >= 0.05 { swings.append(swing) }
        }
        swings.sort { $0.size > $1.size }
        let chart = TornadoChart(output: output, central: central, swings: swings, horizon: scenario.horizon,
                                 unchanged: ModelParameter.catalog.count - swings.count,
                                 width: options.terminalWidth, unicode: options.unicode)
        self.output.write(chart.text)
        self.output.write(try bandSources(output, range: statement.keywordRange))
    }

    /// Measures the band three ways: with everything, with parameters held fixed (market noise
    /// only), and with market volatility set to zero (parameters only).
    private func bandSources(_ output: Output, range: SourceRange) throws(Diagnostic) -> String {
        let horizon = state.scenario.horizon
        let full = try currentResults(range: range).bands.band(output, month: horizon)
        guard output.isMarket else {
            let width = full.map { ReportFormat.output(output, $0.p90 - $0.p10) } ?? "?"
            return "band: \(output.rawValue) has no market noise in the model: its p10–p90 band (width \(width.replacingOccurrences(of: "+", with: ""))) comes from the parameter ranges alone\n\n"
        }
        let volatilities = ModelParameter.noise
        let everyName = Set(ModelParameter.catalog.map(\.name))
        guard let noiseOnly = MonteCarlo.run(scenario: state.scenario, parameters: state.parameters, fixed: everyName,
                                             isCancelled: options.isCancelled)?.band(output, month: horizon) else { throw .cancelled(range) }
        var quiet = state.parameters
        for parameter in volatilities { quiet[keyPath: parameter.keyPath] = 0 }
        let fixed = Set(state.parameterOverrides.keys).union(volatilities.map(\.name))
        guard let parametersOnly = MonteCarlo.run(scenario: state.scenario, parameters: quiet, fixed: fixed,
                                                  isCancelled: options.isCancelled)?.band(output, month: horizon),
              let full else { throw .cancelled(range) }
        let unit = output.unit == .percentChange ? "pp" : "bp"
        func width(_ band: Bands.Band) -> Double { band.p90 - band.p10 }
        func text(_ band: Bands.Band) -> String { ReportFormat.plain(width(band), decimals: 1, unit: unit) }
        let noise = width(noiseOnly), parameters = width(parametersOnly)
        // Scaled first, so that widths of any finite size square without overflowing.
        let scale = max(noise, parameters, .leastNormalMagnitude)
        let noiseShare = (noise / scale) * (noise / scale)
            / max(1e-12, (noise / scale) * (noise / scale) + (parameters / scale) * (parameters / scale))
        return """

        band at \(horizon) months, p10–p90 width: \(text(full)) in all · \(text(noiseOnly)) from market noise alone · \(text(parametersOnly)) from parameter ranges alone
          market noise ≈ \(Int((noiseShare * 100).rounded()))% of the spread, parameters ≈ \(Int(((1 - noiseShare) * 100).rounded()))% (widths squared, as for independent sources; approximate)

        """
    }
}
