import FedModel

// `save --minimal` with named scenarios and parameter overrides: each saved scenario is rebuilt
// from the defaults in name order and named with `scenario save`; the current one follows.
extension Session {
    /// The commands that rebuild every saved scenario in a fresh session, and the scenario and
    /// overrides in force after them.
    func minimalScenarioBookCommands() -> (commands: [String], scenario: Scenario, overrides: [String: Double]) {
        var scenario = Scenario()
        var overrides: [String: Double] = [:]
        var commands: [String] = []
        for name in state.scenarios.names {
            let entry = state.scenarios[name]!
            commands += Session.transitionCommands(from: &scenario, overrides: &overrides,
                                                   to: entry.scenario, entry.parameterOverrides)
            commands.append("scenario save \(name)")
        }
        return (commands, scenario, overrides)
    }

    /// `set`, `unset` and `param` commands that turn one scenario and its overrides into another
    /// (updating the first to match, as replaying them would).
    static func transitionCommands(from scenario: inout Scenario, overrides: inout [String: Double],
                                   to target: Scenario, _ targetOverrides: [String: Double]) -> [String] {
        var commands: [String] = []
        for variable in ScenarioVariable.catalog {
            let value = variable.get(target)
            guard value != variable.get(scenario) else { continue }
            if variable.isDefault(in: target) {
                commands.append("unset \(variable.name)")
                variable.clear(&scenario)
            } else {
                commands.append("set \(variable.name) \(ModelValueConversion.text(value, of: variable))")
                variable.set(&scenario, value)
            }
        }
        for name in overrides.keys.sorted() where targetOverrides[name] == nil {
            commands.append("param reset \(name)")
        }
        for name in targetOverrides.keys.sorted() where overrides[name] != targetOverrides[name] {
            commands.append("param \(name) \(exactParameterText(targetOverrides[name]!))")
        }
        overrides = targetOverrides
        return commands
    }
}
