import FedLanguage
import FedModel

// Dispatch for the what-if tools and the classroom commands; each lives in its own file.
extension Session {
    func executeTool(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> Effect {
        switch statement.command {
        case .scenario(let action): return try scenarioCommand(action, statement: statement)
        case .compare(let names): try compare(names, statement: statement); return .none
        case .sweep(let variable, let from, let to, let step, let outputs):
            try sweep(variable, from: from, to: to, step: step, show: outputs, statement: statement, source: source)
            return .none
        case .plot(let outputs, let svg, let force): try plot(outputs, svg: svg, force: force, statement: statement); return .none
        case .explain(let output): try explain(output, statement: statement); return .none
        case .export(let path, let force): try export(to: path, force: force, statement: statement); return .none
        case .param(let action): return try parameterCommand(action, statement: statement, source: source)
        case .sensitivity(let output): try sensitivity(output, statement: statement); return .none
        case .ledger(let month): try ledger(month: month, statement: statement, source: source); return .none
        case .claims: try claims(statement: statement); return .none
        case .pause: try pause(statement: statement); return .none
        case .lesson(let name): return try lesson(name, statement: statement)
        case .predict(let output, let guess): return try predict(output, guess: guess, statement: statement, source: source)
        case .glossary(let term): try glossary(term, statement: statement); return .none
        case .record(let path, let force): try record(to: path, force: force, statement: statement); return .none
        default:
            preconditionFailure("executeTool reached with a core command")
        }
    }

    /// Runs the model for the current state if the last results are missing or stale.
    func currentResults(range: SourceRange) throws(Diagnostic) -> Results {
        if let results, results.scenario == state.scenario, results.parameters == state.parameters { return results }
        let fresh = try computeResults(for: state.scenario, overrides: state.parameterOverrides, range: range)
        // Kept as the latest results, exactly as `eval` would have left them.
        results = fresh
        return fresh
    }

    /// The central path and bands for any scenario (cancellable with Ctrl-C).
    func computeResults(for scenario: Scenario, overrides: [String: Double], range: SourceRange) throws(Diagnostic) -> Results {
        let parameters = SessionState.parameters(with: overrides)
        let path = Simulation(scenario: scenario, parameters: parameters).run()
        defer { options.progress?(nil) }
        guard let bands = MonteCarlo.run(scenario: scenario, parameters: parameters, fixed: Set(overrides.keys),
                                         isCancelled: options.isCancelled, progress: monteCarloProgress) else { throw .cancelled(range) }
        return Results(scenario: scenario, parameters: parameters, path: path, bands: bands)
    }
}
