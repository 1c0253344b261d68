import FedLanguage
import FedModel

extension Session {
    /// `show`: what differs from the defaults; `show all`: every variable; `show NAME ...`: those
    /// variables, your variables and outputs, each kind in one aligned table.
    func show(_ names: [Name], all: Bool, format: OutputFormat, range: SourceRange) throws(Diagnostic) {
        var variables: [ScenarioVariable] = []
        var users: [String] = []
        var outputs: [Output] = []
        // `show start` tells where the start state's figures come from (Data/Session+Start.swift).
        var showsStart = false
        for name in names {
            if name.text == "start", format == .text {
                showsStart = true
            } else if let variable = ScenarioVariable.named(name.text) {
                if !variables.contains(where: { $0.name == variable.name }) { variables.append(variable) }
            } else if state.userVariables[name.text] != nil {
                if !users.contains(name.text) { users.append(name.text) }
            } else if let output = Output(rawValue: name.text) {
                if !outputs.contains(output) {
                    _ = try Results.readable(results, for: state, name: output.rawValue, range: name.range).get()
                    outputs.append(output)
                }
            } else {
                let candidates = ScenarioVariable.catalog.map(\.name) + Output.allCases.map(\.rawValue)
                    + state.userVariables.keys
                throw .unknownName(name, candidates: candidates)
            }
        }
        let everything = names.isEmpty
        if everything {
            variables = ScenarioVariable.catalog.filter { all || !$0.isDefault(in: state.scenario) }
            users = state.userVariables.keys.sorted()
        }
        let overrides = everything ? state.parameterOverrides : [:]
        switch format {
        case .json:
            let document = ShowDocument(variables: variables, scenario: state.scenario, users: users.map {
                ($0, state.userVariables[$0]!.text)
            }, overrides: overrides, outputs: outputs, results: results)
            output.write(try MachineText.json(document, range: range))
        case .csv:
            guard outputs.isEmpty || variables.isEmpty && users.isEmpty else {
                throw .formatNotAvailable("CSV", command: "show", range: range,
                                          help: "show --csv takes variables or outputs, not both (one table each)")
            }
            output.write(outputs.isEmpty ? ShowDocument.variablesCSV(variables, scenario: state.scenario)
                : ShowDocument.outputsCSV(outputs, results: results!))
        case .text:
            if showsStart { try showStart() }
            var text = ""
            if everything, !all, variables.isEmpty {
                text += "every variable is at its default ('show all' lists them)\n"
            } else if !variables.isEmpty {
                text += variableTable(variables)
                if everything, !all { text += "('show all' lists every variable)\n" }
            }
            if !users.isEmpty {
                if everything { text += "your variables:\n" }
                let width = users.map(\.count).max() ?? 0
                for name in users { text += "  \(name.rightPadded(width)) = \(state.userVariables[name]!.text)\n" }
            }
            if !overrides.isEmpty {
                text += "parameter overrides: " + overrides.keys.sorted().joined(separator: ", ") + "\n"
            }
            if !outputs.isEmpty, let results { text += OutputPathTable(outputs: outputs, results: results).text }
            output.write(text)
        }
    }

    private func variableTable(_ variables: [ScenarioVariable]) -> String {
        let rows = variables.map { variable -> (String, String, String) in
            let value = variable.get(state.scenario)
            let text = ModelValueConversion.text(value, of: variable, precision: .short)
            let isDefault = variable.isDefault(in: state.scenario)
            let defaultText = ModelValueConversion.text(variable.defaultValue(for: state.scenario), of: variable,
                                                        precision: .short)
            let note = isDefault ? "" : "(default \(defaultText))"
            return ((isDefault ? "  " : "* ") + variable.name, text, note)
        }
        let width = rows.map(\.0.count).max() ?? 0
        let valueWidth = rows.map(\.1.count).max() ?? 0
        var text = rows.map {
            ($0.0.rightPadded(width) + "  " + $0.1.rightPadded(valueWidth) + "  " + $0.2).trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
        if variables.count > 1, rows.contains(where: { $0.0.hasPrefix("*") }) {
            text += "(* differs from the default)\n"
        }
        return text
    }
}
