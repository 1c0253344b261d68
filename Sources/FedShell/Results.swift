import FedLanguage
import FedModel

/// The outcome of one `eval`: the central path and the Monte Carlo bands for the same scenario.
struct Results {
    let scenario: Scenario
    let parameters: ParameterValues
    let path: [MonthResult]
    let bands: Bands

    var horizon: MonthResult { path[path.count - 1] }

    /// The one freshness rule: results answer a state only while its scenario and parameters are
    /// the ones they were computed for. Every command that reads results asks this.
    func answer(_ state: SessionState) -> Bool {
        scenario == state.scenario && parameters == state.parameters
    }

    /// The last results if they answer `state`, or the error that says why they cannot be read.
    static func readable(_ results: Results?, for state: SessionState, name: String,
                         range: SourceRange) -> Result<Results, Diagnostic> {
        guard let results else { return .failure(.noResultsYet(name, range: range)) }
        guard results.answer(state) else { return .failure(.staleResults(name, range: range)) }
        return .success(results)
    }
    var start: StartState { scenario.startState }
}
