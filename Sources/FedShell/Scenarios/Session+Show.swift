import FedLanguage
import FedModel

extension Session {
    /// `show`: variables (marking what differs from the default), outputs, user variables.
    func show(_ names: [Name], all: Bool) throws(Diagnostic) {
        if names.isEmpty {
            output.write(variableTable(ScenarioVariable.catalog))
            if !state.userVariables.isEmpty {
                output.write("your variables:\n")
                for name in state.userVariables.keys.sorted() {
                    output.write("  \(name) = \(state.userVariables[name]!.text)\n")
                }
            }
            if !state.parameterOverrides.isEmpty {
                output.write("parameter overrides: " + state.parameterOverrides.keys.sorted().joined(separator: ", ") + "\n")
            }
            return
        }
        for name in names {
            if name.text == "start" {
                try showStart()
            } else if let variable = ScenarioVariable.named(name.text) {
                output.write(variableTable([variable]))
            } else if let user = state.userVariables[name.text] {
                output.write("\(name.text) = \(user.text)\n")
            } else if let output = Output(rawValue: name.text) {
                try showOutput(output, name: name)
            } else {
                let candidates = ScenarioVariable.catalog.map(\.name) + Output.allCases.map(\.rawValue) + state.userVariables.keys
                throw .unknownName(name, candidates: candidates)
            }
        }
    }

    private func variableTable(_ variables: [ScenarioVariable]) -> String {
        let rows = variables.map { variable -> (String, String, String) in
            let value = variable.get(state.scenario)
            let text = ModelValueConversion.text(value, of: variable, precision: .short)
            let isDefault = variable.isDefault(in: state.scenario)
            let note = isDefault ? "" : "  (default \(ModelValueConversion.text(variable.defaultValue(for: state.scenario), of: variable, precision: .short)))"
            return ((isDefault ? "  " : "* ") + variable.name, text, note)
        }
        let width = rows.map(\.0.count).max() ?? 0
        var text = rows.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 + $0.2 }.joined(separator: "\n") + "\n"
        if variables.count > 1, rows.contains(where: { $0.0.hasPrefix("*") }) { text += "(* differs from the default)\n" }
        return text
    }

    private func showOutput(_ output: Output, name: Name) throws(Diagnostic) {
        let results = try Results.readable(results, for: state, name: output.rawValue, range: name.range).get()
        let formatter = ValueFormatter(precision: .short)
        let unit = output.unitPresentation.displayUnit
        let values = results.path.map { formatter.format(output.unitPresentation.value(output.value(in: $0)), in: unit) }
        var text = "\(output.rawValue): \(output.meaning)\n"
        for (month, value) in values.enumerated() {
            var line = "  month \(String(month).leftPadded(2))  \(value)"
            if let band = results.bands.band(output, month: month), output.unit != .regime {
                line += "   p10–p90 " + formatter.format(output.unitPresentation.value(band.p10), in: unit)
                    + " … " + formatter.format(output.unitPresentation.value(band.p90), in: unit)
            }
            text += line + "\n"
        }
        self.output.write(text)
    }
}
