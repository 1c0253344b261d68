import FedModel

/// The outcome of one `eval`: the central path and the Monte Carlo bands for the same scenario.
struct Results {
    let scenario: Scenario
    let parameters: ParameterValues
    let path: [MonthResult]
    let bands: Bands

    var horizon: MonthResult { path[path.count - 1] }
    var start: StartState { StartState.named(scenario.start) }
}
