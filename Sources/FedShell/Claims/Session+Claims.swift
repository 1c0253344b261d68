import FedLanguage
import FedModel

extension Session {
    /// `claims`: the December 2025 "stealth QE" claims beside what the model says, each with a
    /// verdict from the rules in `ClaimVerdict`. Presets run with this session's horizon, draws,
    /// seed and parameter overrides.
    func claims(statement: Statement) throws(Diagnostic) {
        let range = statement.keywordRange
        let horizon = state.scenario.horizon
        var scenarios: [String: Scenario] = [:]
        var results: [String: Results] = [:]
        for name in StealthQEClaims.presets {
            guard let preset = Preset.named(name) else { continue }
            scenarios[name] = preset.scenario.withRunSettings(of: state.scenario)
        }
        // The bands shown beside market claims and the regime shares: each preset's own run.
        for name in ["baseline", "cabana"] {
            results[name] = try computeResults(for: scenarios[name]!, overrides: state.parameterOverrides, range: range)
        }
        let paths = scenarios.mapValues { Simulation(scenario: $0, parameters: state.parameters).run() }
        let claims = StealthQEClaims.all(horizon: horizon)
        let measured = claims.compactMap { claim -> ClaimMeasure? in
            if case .measure(let measure, _) = claim.test { return measure }
            return nil
        }
        guard let samples = ClaimSampler.run(measures: measured, scenarios: scenarios, parameters: state.parameters,
                                             fixed: Set(state.parameterOverrides.keys), draws: state.scenario.draws,
                                             seed: state.scenario.seed, isCancelled: options.isCancelled) else {
            throw .cancelled(range)
        }
        let evidence = ClaimEvidence(horizon: horizon, paths: paths, results: results)
        var sampleIndex = 0
        var rows: [ClaimsText.Row] = []
        for claim in claims {
            switch claim.test {
            case .measure(let measure, let claimed):
                let sample = samples[sampleIndex]
                sampleIndex += 1
                let threshold = measure.noise.flatMap { evidence.bandWidth($0.output, of: $0.preset) }
                    .map { $0 * ClaimVerdict.materialShare }
                let verdict = ClaimVerdict.decide(lower: claimed.lower, upper: claimed.upper, central: sample.central,
                                                  p10: sample.p10, p90: sample.p90, threshold: threshold)
                var model =
                    """
                        \(measure.label): \(measure.unit.format(sample.central)) central (p10 \
                        \(measure.unit.format(sample.p10)) … p90 \(measure.unit.format(sample.p90)))
                        """
                if let threshold { model += "; material beyond ±\(measure.unit.format(threshold).dropFirst())" }
                rows.append(
                    .init(
                        claim: claim, verdict: verdict, modelLine: model, claimedLine: claimed.text,
                        context: claim.context(evidence)))
            case .notJudged:
                rows.append(
                    .init(
                        claim: claim, verdict: .cannotBeJudged, modelLine: nil, claimedLine: nil,
                        context: claim.context(evidence)))
            }
        }
        let overrides =
            state.parameterOverrides.isEmpty
            ? "" : " · parameter overrides: " + state.parameterOverrides.keys.sorted().joined(separator: ", ")
        let header =
            """
                claims · the 8 Dec 2025 \"stealth QE\" article, claim by claim, beside the model · horizon \(horizon) \
                months · \(state.scenario.draws) draws (seed \(state.scenario.seed))\(overrides)
                """
        output.write(ClaimsText(rows: rows, header: header, width: options.terminalWidth).text)
    }
}
