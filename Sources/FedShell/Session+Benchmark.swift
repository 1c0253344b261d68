import FedLanguage
import FedModel

// Read-only views of the state for the benchmark executable (Sources/FedshBenchmark), which times
// `set` through the session and then the model on what the session holds.
extension Session {
    /// The scenario the session's commands have built.
    package var scenarioInForce: Scenario { state.scenario }

    /// Central parameter values with the user's overrides.
    package var parametersInForce: ParameterValues { state.parameters }
}

/// Discards everything: for timing commands without the cost of collecting their text.
package final class DiscardingOutput: SessionOutput {
    package private(set) var characters = 0
    package private(set) var diagnostics = 0

    package init() {}

    package func write(_ text: String) { characters &+= text.utf8.count }
    package func report(_ diagnostic: Diagnostic) { diagnostics += 1 }
}
