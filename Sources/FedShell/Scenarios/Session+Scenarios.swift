import FedLanguage
import FedModel

/// A scenario a command can name: a preset, a saved scenario or `current`, resolved to what would
/// be in force after `scenario use NAME` (run settings — horizon, seed, draws — stay the session's).
struct NamedScenario {
    enum Kind { case current, preset, saved }
    let name: String
    let kind: Kind
    let scenario: Scenario
    let parameterOverrides: [String: Double]
}

extension Session {
    /// `scenario save|use|delete NAME`, `scenario list`, `scenario diff A [B]`.
    func scenarioCommand(_ action: ScenarioAction, statement: Statement) throws(Diagnostic) {
        switch action {
        case .save(let name): try saveScenario(name)
        case .use(let name): try useScenario(name)
        case .delete(let name): try deleteScenario(name)
        case .list: output.write(scenarioList())
        case .diff(let first, let second): try diffScenarios(first, second)
        }
    }

    /// Resolves a name typed in `scenario`, `compare` and the like.
    func namedScenario(_ name: Name) throws(Diagnostic) -> NamedScenario {
        if name.text == ScenarioBook.currentName {
            return NamedScenario(name: scenarioName, kind: .current, scenario: state.scenario,
                                 parameterOverrides: state.parameterOverrides)
        }
        // A preset keeps the session's overrides, as `use` does; a saved scenario brings its own.
        if let preset = Preset.named(name.text) {
            return NamedScenario(
                name: preset.name, kind: .preset, scenario: preset.scenario.withRunSettings(of: state.scenario),
                parameterOverrides: state.parameterOverrides)
        }
        if let entry = state.scenarios[name.text] {
            return NamedScenario(
                name: name.text, kind: .saved, scenario: entry.scenario.withRunSettings(of: state.scenario),
                parameterOverrides: entry.parameterOverrides)
        }
        throw .unknownScenario(name, saved: state.scenarios.names)
    }

    private func saveScenario(_ name: Name) throws(Diagnostic) {
        if Preset.named(name.text) != nil { throw .presetIsReadOnly(name, action: "saved over") }
        if name.text == ScenarioBook.currentName { throw .currentIsReserved(name) }
        let replaced = state.scenarios.save(
            .init(scenario: state.scenario, parameterOverrides: state.parameterOverrides), as: name.text)
        state.currentScenarioName = name.text
        state.log.append(CommandSyntax.scenario.replay(.scenarioSave, name.text))
        let summary = Session.summary(of: state.scenario, overrides: state.parameterOverrides)
        output.confirm("saved scenario '\(name.text)'\(replaced ? " (replacing the earlier one)" : ""): \(summary)\n")
    }

    func useScenario(_ name: Name) throws(Diagnostic) {
        let named = try namedScenario(name)
        switch named.kind {
        case .current:
            output.confirm("'current' is already the scenario in use\n")
            return
        case .preset:
            try use(name)
        case .saved:
            state.scenario = named.scenario
            state.parameterOverrides = named.parameterOverrides
            state.currentScenarioName = named.name
            state.log.append(CommandSyntax.scenario.replay(.scenarioUse, named.name))
            output.confirm(
                "using \(named.name): \(Session.summary(of: named.scenario, overrides: named.parameterOverrides))\n")
        }
    }

    private func deleteScenario(_ name: Name) throws(Diagnostic) {
        if Preset.named(name.text) != nil { throw .presetIsReadOnly(name, action: "deleted") }
        if name.text == ScenarioBook.currentName { throw .currentIsReserved(name) }
        guard state.scenarios.delete(name.text) else { throw .noSavedScenario(name, saved: state.scenarios.names) }
        if state.currentScenarioName == name.text { state.currentScenarioName = nil }
        state.log.append(CommandSyntax.scenario.replay(.scenarioDelete, name.text))
        output.confirm("deleted scenario '\(name.text)'\n")
    }

    private func scenarioList() -> String {
        var rows: [(marker: String, name: String, kind: String, summary: String)] = []
        let current = state.currentScenarioName
        let changed = hasUnsavedPresetChanges
        func marker(_ name: String) -> String { name == current ? (changed ? "*" : ">") : " " }
        for preset in Preset.all { rows.append((marker(preset.name), preset.name, "preset", preset.summary)) }
        for name in state.scenarios.names {
            let entry = state.scenarios[name]!
            rows.append(
                (marker(name), name, "saved", Session.summary(of: entry.scenario, overrides: entry.parameterOverrides)))
        }
        let nameWidth = rows.map(\.name.count).max() ?? 0
        let prefixWidth = 2 + nameWidth + 2 + 6 + 2
        let room = max(20, options.terminalWidth - prefixWidth)
        var text =
            rows.map { row in
                "\(row.marker) " + row.name.rightPadded(nameWidth) + "  " + row.kind.rightPadded(6) + "  "
                    + row.summary.truncated(to: room)
            }.joined(separator: "\n") + "\n"
        if current == nil || state.scenarios[current!] == nil && Preset.named(current!) == nil {
            text += "(in use: \(scenarioName), unnamed)\n"
        } else {
            text += changed ? "(* in use, changed since loaded)\n" : "(> in use)\n"
        }
        return text
    }

    private func diffScenarios(_ first: Name, _ second: Name?) throws(Diagnostic) {
        let left = try namedScenario(first)
        let right = try namedScenario(second ?? Name(ScenarioBook.currentName, range: first.range))
        let leftLabel = first.text
        let rightLabel = second?.text ?? ScenarioBook.currentName
        var rows: [(String, String, String)] = []
        for variable in ScenarioVariable.catalog {
            let a = variable.get(left.scenario)
            let b = variable.get(right.scenario)
            guard a != b else { continue }
            rows.append((variable.name, ModelValueConversion.text(a, of: variable, precision: .short),
                         ModelValueConversion.text(b, of: variable, precision: .short)))
        }
        var leftParameters = left.scenario.centralParameters
        var rightParameters = right.scenario.centralParameters
        for parameter in ModelParameter.catalog {
            leftParameters[keyPath: parameter.keyPath] = left.parameterOverrides[parameter.name]
                ?? left.scenario.centralParameters[keyPath: parameter.keyPath]
            rightParameters[keyPath: parameter.keyPath] = right.parameterOverrides[parameter.name]
                ?? right.scenario.centralParameters[keyPath: parameter.keyPath]
            let a = leftParameters[keyPath: parameter.keyPath]
            let b = rightParameters[keyPath: parameter.keyPath]
            guard
                a != b
                    || (left.parameterOverrides[parameter.name] == nil)
                        != (right.parameterOverrides[parameter.name] == nil)
            else { continue }
            func text(_ value: Double, _ overridden: Bool) -> String {
                ReportFormat.parameter(value) + (overridden ? "" : " (central)")
            }
            rows.append(("param " + parameter.name, text(a, left.parameterOverrides[parameter.name] != nil),
                         text(b, right.parameterOverrides[parameter.name] != nil)))
        }
        guard !rows.isEmpty else {
            output.write(
                "'\(leftLabel)' and '\(rightLabel)' set every variable and parameter alike (run settings aside)\n")
            return
        }
        let nameWidth = max(8, rows.map(\.0.count).max() ?? 0)
        let valueWidth = max(leftLabel.count, rows.map(\.1.count).max() ?? 0)
        var text =
            "  " + "".rightPadded(nameWidth) + "  " + leftLabel.rightPadded(valueWidth) + "  " + rightLabel + "\n"
        for row in rows {
            text += "  " + row.0.rightPadded(nameWidth) + "  " + row.1.rightPadded(valueWidth) + "  " + row.2 + "\n"
        }
        output.write(text)
    }

    /// One line: the variables that differ from the defaults (run settings aside), then overrides.
    static func summary(of scenario: Scenario, overrides: [String: Double]) -> String {
        var parts: [String] = []
        for variable in ScenarioVariable.catalog where !variable.isRunSetting && !variable.isDefault(in: scenario) {
            parts.append(
                "\(variable.name) \(ModelValueConversion.text(variable.get(scenario), of: variable, precision: .short))"
            )
        }
        for name in overrides.keys.sorted() {
            parts.append("param \(name) \(ReportFormat.parameter(overrides[name]!))")
        }
        return parts.isEmpty ? "the defaults" : parts.joined(separator: ", ")
    }
}
