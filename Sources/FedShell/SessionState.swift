import FedLanguage
import FedModel

/// Everything a command can change. A value type, so the session can snapshot it before each
/// command and put it back when the command fails: a failed line leaves the session as it was.
struct SessionState: Equatable {
    /// A variable of the user's own (`let`), with the exact text that recreates it.
    struct UserVariable: Equatable {
        var value: Value
        var savedText: String
    }

    var scenario = Scenario()
    /// The preset last loaded with `use`, for the prompt and reports.
    var presetName: String?
    /// Parameter overrides by name (issue: `param NAME VALUE`); held fixed in Monte Carlo.
    var parameterOverrides: [String: Double] = [:]
    var userVariables: [String: UserVariable] = [:]
    /// The state-changing commands that built this state, as replayable text.
    var log = CommandLog()
    /// Scenarios the user named with `scenario save`: see Scenarios/ScenarioBook.swift.
    var scenarios = ScenarioBook()

    /// The parameter values in force: central values with the user's overrides.
    var parameters: ParameterValues {
        var values = ParameterValues.central
        for (name, value) in parameterOverrides {
            if let parameter = ModelParameter.named(name) { values[keyPath: parameter.keyPath] = value }
        }
        return values
    }
}
