import FedLanguage
import FedModel

extension Session {
    /// `sensitivity OUT`: a tornado of one-at-a-time parameter swings at the horizon, then how much
    /// of the Monte Carlo band is market noise and how much is parameter uncertainty.
    func sensitivity(_ name: Name, format: OutputFormat, statement: Statement) throws(Diagnostic) {
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
        let widths = try bandWidths(output, range: statement.keywordRange)
        switch format {
        case .text:
            self.output.write(TextWrap.fit(chart.text, width: options.terminalWidth))
            self.output.write(bandSources(output, widths))
        case .json:
            self.output.write(
                try MachineText.json(SensitivityDocument(chart, band: widths), range: statement.keywordRange))
        case .csv: self.output.write(SensitivityDocument(chart, band: widths).csv)
        }
    }

    /// Measures the band three ways: with everything, with parameters held fixed (market noise
    /// only), and with market volatility set to zero (parameters only; nil for outputs without noise).
    private func bandWidths(_ output: Output, range: SourceRange) throws(Diagnostic) -> SensitivityDocument.BandWidths?
    {
        let horizon = state.scenario.horizon
        guard let full = try currentResults(range: range).bands.band(output, month: horizon) else { return nil }
        func width(_ band: Bands.Band) -> Double { band.p90 - band.p10 }
        guard output.isMarket else { return .init(all: width(full), noise: nil, parameters: nil) }
        let volatilities = ModelParameter.noise
        let everyName = Set(ModelParameter.catalog.map(\.name))
        guard
            let noiseOnly = MonteCarlo.run(
                scenario: state.scenario, parameters: state.parameters, fixed: everyName,
                isCancelled: options.isCancelled)?.band(output, month: horizon)
        else { throw .cancelled(range) }
        var quiet = state.parameters
        for parameter in volatilities { quiet[keyPath: parameter.keyPath] = 0 }
        let fixed = Set(state.parameterOverrides.keys).union(volatilities.map(\.name))
        guard let parametersOnly = MonteCarlo.run(scenario: state.scenario, parameters: quiet, fixed: fixed,
                                                  isCancelled: options.isCancelled)?.band(output, month: horizon)
        else { throw .cancelled(range) }
        return .init(all: width(full), noise: width(noiseOnly), parameters: width(parametersOnly))
    }

    /// The band's sources in words, wrapped to the terminal.
    private func bandSources(_ output: Output, _ widths: SensitivityDocument.BandWidths?) -> String {
        let horizon = state.scenario.horizon
        let fit = max(40, options.terminalWidth)
        guard let widths else { return "\n" }
        guard let noise = widths.noise, let parameters = widths.parameters else {
            let width = ReportFormat.output(output, widths.all).replacingOccurrences(of: "+", with: "")
            return TextWrap.wrap(
                """
                    band: \(output.rawValue) has no market noise in the model: its p10–p90 band (width \(width)) \
                    comes from the parameter ranges alone
                    """,
                width: fit, indent: "  "
            ).joined(separator: "\n") + "\n\n"
        }
        let unit = output.unit == .percentChange ? "pp" : "bp"
        func text(_ width: Double) -> String { ReportFormat.plain(width, decimals: 1, unit: unit) }
        // Scaled first, so that widths of any finite size square without overflowing.
        let scale = max(noise, parameters, .leastNormalMagnitude)
        let noiseShare = (noise / scale) * (noise / scale)
            / max(1e-12, (noise / scale) * (noise / scale) + (parameters / scale) * (parameters / scale))
        let lines =
            TextWrap.wrap(
                """
                    band at \(horizon) months, p10–p90 width: \(text(widths.all)) in all · \(text(noise)) from market \
                    noise alone · \(text(parameters)) from parameter ranges alone
                    """,
                width: fit, indent: "  ")
            + TextWrap.wrap(
                """
                    market noise ≈ \(Int((noiseShare * 100).rounded()))% of the spread, parameters ≈ \
                    \(Int(((1 - noiseShare) * 100).rounded()))% (widths squared, as for independent sources; \
                    approximate)
                    """,
                width: fit, firstIndent: "  ", indent: "  ")
        return "\n" + lines.joined(separator: "\n") + "\n\n"
    }
}
