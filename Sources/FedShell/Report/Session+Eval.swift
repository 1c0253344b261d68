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
    func computeResults(for scenario: Scenario, overrides: [String: Double], range: SourceRange) throws(Diagnostic)
        -> Results
    {
        let parameters = SessionState.parameters(with: overrides, scenario: scenario)
        let path = Simulation(scenario: scenario, parameters: parameters).run()
        defer { options.progress?(nil) }
        guard
            let bands = MonteCarlo.run(
                scenario: scenario, parameters: parameters, fixed: Set(overrides.keys),
                isCancelled: options.isCancelled, progress: monteCarloProgress)
        else { throw .cancelled(range) }
        return Results(scenario: scenario, parameters: parameters, path: path, bands: bands)
    }

    /// Runs the model: the central path and the Monte Carlo bands, then prints the report (its
    /// headline, all of it, or one section) or the summary for programs.
    func evaluateScenario(section: Name?, format: OutputFormat, range: SourceRange) throws(Diagnostic) {
        let parts = try reportParts(section)
        let results = try computeResults(for: state.scenario, overrides: state.parameterOverrides, range: range)
        let previous = self.results
        self.results = results
        switch format {
        case .json:
            output.write(try MachineText.json(SummaryDocument(results, scenarioName: scenarioName), range: range))
        case .csv: output.write(SummaryDocument(results, scenarioName: scenarioName).csv)
        case .text:
            let report = Report(
                results: results, scenarioName: scenarioName, colored: options.color,
                width: options.terminalWidth)
            output.write(report.text(parts))
            revealPredictions(results, previous: previous)
        }
    }

    /// The report parts `eval` was asked for: the headline, `full`, or one section.
    private func reportParts(_ section: Name?) throws(Diagnostic) -> Report.Parts {
        guard let section else { return .headline }
        if section.text == "full" { return .full }
        guard let named = ReportSection.named(section.text) else { throw .unknownReportSection(section) }
        return .section(named)
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
