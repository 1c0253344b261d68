import FedLanguage
import FedModel
import Foundation

extension Session {
    /// Runs the model for the current state if the last results are missing or stale.
    func currentResults(range: SourceRange) throws(Diagnostic) -> Results {
        if let results, results.answer(state) { return results }
        let fresh = try computeResults(for: state.scenario, overrides: state.parameterOverrides, range: range)
        // Kept as the latest results, exactly as `eval` would have left them.
        results = fresh
        return fresh
    }

    /// The central path and bands for any scenario (cancellable with Ctrl-C).
    func computeResults(for scenario: Scenario, overrides: [String: Double], range: SourceRange) throws(Diagnostic) -> Results {
        let parameters = SessionState.parameters(with: overrides, scenario: scenario)
        let path = Simulation(scenario: scenario, parameters: parameters).run()
        defer { options.progress?(nil) }
        guard let bands = MonteCarlo.run(scenario: scenario, parameters: parameters, fixed: Set(overrides.keys),
                                         isCancelled: options.isCancelled, progress: monteCarloProgress) else { throw .cancelled(range) }
        return Results(scenario: scenario, parameters: parameters, path: path, bands: bands)
    }

    /// Runs the model: the central path and the Monte Carlo bands, then prints the report or JSON.
    func evaluateScenario(json: Bool, range: SourceRange) throws(Diagnostic) {
        let results = try computeResults(for: state.scenario, overrides: state.parameterOverrides, range: range)
        self.results = results
        if json {
            output.write(SummaryJSON.text(results, scenarioName: scenarioName))
        } else {
            output.write(Report(results: results, scenarioName: scenarioName, colored: options.color, width: options.terminalWidth).text)
            revealPredictions(results)
        }
    }

    /// The preset or saved scenario's name, marked when changed, else "baseline" or "custom scenario".
    var scenarioName: String {
        guard let name = state.currentScenarioName, referenceScenario != nil else {
            return isUnchanged(from: Scenario()) ? "baseline" : "custom scenario"
        }
        return hasUnsavedPresetChanges ? "\(name) (changed)" : name
    }

    /// Whether the scenario differs from the loaded preset or saved scenario in anything but
    /// horizon, seed and draws (and, for a saved scenario, in its parameter overrides).
    var hasUnsavedPresetChanges: Bool {
        guard let reference = referenceScenario else { return false }
        return !isUnchanged(from: reference.scenario)
            || (reference.overrides.map { $0 != state.parameterOverrides } ?? false)
    }

    /// What the current name stands for: a preset (no overrides of its own) or a saved scenario.
    private var referenceScenario: (scenario: Scenario, overrides: [String: Double]?)? {
        guard let name = state.currentScenarioName else { return nil }
        if let preset = Preset.named(name) { return (preset.scenario, nil) }
        if let entry = state.scenarios[name] { return (entry.scenario, entry.parameterOverrides) }
        return nil
    }

    private func isUnchanged(from scenario: Scenario) -> Bool {
        state.scenario == scenario.withRunSettings(of: state.scenario)
    }
}

extension Scenario {
    /// This scenario with another's horizon, seed and draws (which presets leave alone).
    func withRunSettings(of other: Scenario) -> Scenario {
        var copy = self
        for variable in ScenarioVariable.runSettings { variable.set(&copy, variable.get(other)) }
        return copy
    }
}

/// `eval --json`: the summary at the horizon, one object per output with central and band.
/// Shape (stable): {"fedsh": version, "scenario": name, "start": id, "horizon": months, "draws": n,
/// "seed": n, "outputs": {NAME: {"central": x, "p10": x, "p50": x, "p90": x, "unit": u}}}.
enum SummaryJSON {
    static func text(_ results: Results, scenarioName: String) -> String {
        text(of: object(results, scenarioName: scenarioName))
    }

    /// The summary as a JSON object (`export` adds to it: see docs/EXPORT.md).
    static func object(_ results: Results, scenarioName: String) -> [String: Any] {
        let horizon = results.path.count - 1
        var outputs: [String: Any] = [:]
        for output in Output.allCases {
            var entry = self.entry(output, results, month: horizon)
            entry["unit"] = output.unitPresentation.jsonName
            outputs[output.rawValue] = entry
        }
        return [
            "fedsh": Session.version, "scenario": scenarioName, "start": results.scenario.startState.name,
            "horizon": horizon, "draws": results.bands.draws, "seed": results.bands.seed, "outputs": outputs,
        ]
    }

    /// One output in one month: central and band, or for the regime the central word and shares.
    static func entry(_ output: Output, _ results: Results, month: Int) -> [String: Any] {
        var entry: [String: Any] = [:]
        if output == .regime {
            entry["central"] = results.path[month].regime.rawValue
            entry["shares"] = Dictionary(uniqueKeysWithValues: results.bands.regimeShares[month].map { ($0.key.rawValue, $0.value) })
        } else {
            entry["central"] = output.value(in: results.path[month])
            if let band = results.bands.band(output, month: month) {
                entry["p10"] = band.p10
                entry["p50"] = band.p50
                entry["p90"] = band.p90
            }
        }
        return entry
    }

    /// Pretty-printed with sorted keys, so the text is stable.
    static func text(of object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted]) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
