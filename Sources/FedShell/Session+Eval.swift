import FedLanguage
import FedModel
import Foundation

extension Session {
    /// Runs the model: the central path and the Monte Carlo bands, then prints the report or JSON.
    func evaluateScenario(json: Bool, range: SourceRange) throws(Diagnostic) {
        let scenario = state.scenario
        let parameters = state.parameters
        let path = Simulation(scenario: scenario, parameters: parameters).run()
        defer { options.progress?(nil) }
        guard let bands = MonteCarlo.run(scenario: scenario, parameters: parameters, fixed: Set(state.parameterOverrides.keys),
                                         isCancelled: options.isCancelled, progress: monteCarloProgress) else {
            throw .cancelled(range)
        }
        let results = Results(scenario: scenario, parameters: parameters, path: path, bands: bands)
        self.results = results
        if json {
            output.write(SummaryJSON.text(results, scenarioName: scenarioName))
        } else {
            output.write(Report(results: results, scenarioName: scenarioName).text)
        }
    }

    /// The preset name, marked when changed, or "custom".
    var scenarioName: String {
        guard let preset = state.presetName else { return isUnchanged(from: Scenario()) ? "baseline" : "custom scenario" }
        return hasUnsavedPresetChanges ? "\(preset) (changed)" : preset
    }

    /// Whether the scenario differs from the loaded preset in anything but horizon, seed and draws.
    var hasUnsavedPresetChanges: Bool {
        guard let preset = state.presetName.flatMap(Preset.named) else { return false }
        return !isUnchanged(from: preset.scenario)
    }

    private func isUnchanged(from scenario: Scenario) -> Bool {
        state.scenario == scenario.withRunSettings(of: state.scenario)
    }
}

extension Scenario {
    /// This scenario with another's horizon, seed and draws (which presets leave alone).
    func withRunSettings(of other: Scenario) -> Scenario {
        var copy = self
        copy.horizon = other.horizon
        copy.seed = other.seed
        copy.draws = other.draws
        return copy
    }
}

/// `eval --json`: the summary at the horizon, one object per output with central and band.
/// Shape (stable): {"fedsh": version, "scenario": name, "start": id, "horizon": months, "draws": n,
/// "seed": n, "outputs": {NAME: {"central": x, "p10": x, "p50": x, "p90": x, "unit": u}}}.
enum SummaryJSON {
    static func text(_ results: Results, scenarioName: String) -> String {
        let horizon = results.path.count - 1
        var outputs: [String: Any] = [:]
        for output in Output.allCases {
            var entry: [String: Any] = ["unit": unitName(output.unit)]
            if output == .regime {
                entry["central"] = results.horizon.regime.rawValue
                entry["shares"] = Dictionary(uniqueKeysWithValues: results.bands.regimeShares[horizon].map { ($0.key.rawValue, $0.value) })
            } else {
                entry["central"] = output.value(in: results.horizon)
                if let band = results.bands.band(output, month: horizon) {
                    entry["p10"] = band.p10
                    entry["p50"] = band.p50
                    entry["p90"] = band.p90
                }
            }
            outputs[output.rawValue] = entry
        }
        let object: [String: Any] = [
            "fedsh": Session.version, "scenario": scenarioName, "start": results.scenario.start.rawValue,
            "horizon": horizon, "draws": results.bands.draws, "seed": results.bands.seed, "outputs": outputs,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted]) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func unitName(_ unit: Output.Unit) -> String {
        switch unit {
        case .billionsOfDollars: return "billions of dollars"
        case .percentOfBankAssets: return "percent of bank assets"
        case .basisPointsPerPoint: return "bp per pp"
        case .basisPointsOverIORB: return "bp over IORB"
        case .percentChange: return "percent change"
        case .basisPointChange: return "bp change"
        case .regime: return "regime"
        }
    }
}
