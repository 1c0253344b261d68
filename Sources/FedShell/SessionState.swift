import FedLanguage
import FedModel

/// Everything a command can change. A value type, so the session can snapshot it before each
/// command and put it back when the command fails: a failed line leaves the session as it was.
struct SessionState: Equatable {
    /// A variable of the user's own (`let`), with the exact text that recreates it.
    struct UserVariable: Equatable {
        var value: Value
        var savedText: String
        /// How to show it: an output's unit when it came from one (`let x = btc` stays in %).
        var displayUnit: ValueFormatter.DisplayUnit = .automatic

        /// The value as it is shown to the user: a plain whole number exactly (12345, as `print`
        /// shows it, not 12350), anything else to four digits.
        var text: String {
            let whole = value.quantity.map { $0.dimension.isPlain && $0.wholeNumber != nil } ?? false
            return ValueFormatter(precision: whole ? .exact : .short).format(value, in: displayUnit)
        }
    }

    var scenario = Scenario()
    /// The preset or saved scenario last loaded (`use`, `scenario use`) or saved (`scenario save`),
    /// for the prompt and reports; nil for a scenario built from the defaults.
    var currentScenarioName: String?
    /// Parameter overrides by name (issue: `param NAME VALUE`); held fixed in Monte Carlo.
    var parameterOverrides: [String: Double] = [:]
    var userVariables = UserVariables()
    /// The state-changing commands that built this state, as replayable text.
    var log = CommandLog()
    /// Scenarios the user named with `scenario save`: see Scenarios/ScenarioBook.swift.
    var scenarios = ScenarioBook()

    /// The current scenario's name when it is a preset (set by `use`).
    var presetName: String? {
        get { currentScenarioName.flatMap { Preset.named($0) == nil ? nil : $0 } }
        set { currentScenarioName = newValue }
    }

    /// The parameter values in force: central values with the user's overrides.
    var parameters: ParameterValues { Self.parameters(with: parameterOverrides, scenario: scenario) }

    /// Central parameter values (the scenario's fitted ones where it has a calibration) with
    /// `overrides` (by parameter name) applied.
    static func parameters(with overrides: [String: Double], scenario: Scenario = Scenario()) -> ParameterValues {
        var values = scenario.centralParameters
        for (name, value) in overrides {
            if let parameter = ModelParameter.named(name) { values[keyPath: parameter.keyPath] = value }
        }
        return values
    }
}
