import FedLanguage
import FedModel

// The messages of the what-if tools: named scenarios, compare, export, param and sensitivity.
extension Diagnostic {
    static func unknownScenario(_ name: Name, saved: [String]) -> Diagnostic {
        let names = Preset.all.map(\.name) + saved + [ScenarioBook.currentName]
        return Diagnostic(message: "unknown scenario '\(name.text)'", range: name.range,
                          suggestion: Suggestion.closest(to: name.text, among: names),
            help: "'scenario list' shows the presets and your saved scenarios; 'current' is the one in use")
    }

    static func presetIsReadOnly(_ name: Name, action: String) -> Diagnostic {
        Diagnostic(
            message: "'\(name.text)' is a preset, which cannot be \(action)", range: name.range,
            help: "presets are read-only; save your own under another name, e.g. 'scenario save my-\(name.text)'")
    }

    static func currentIsReserved(_ name: Name) -> Diagnostic {
        Diagnostic(
            message: "'current' always means the scenario in use; it cannot be saved or deleted", range: name.range,
            help: "choose another name, e.g. 'scenario save mine'")
    }

    static func noSavedScenario(_ name: Name, saved: [String]) -> Diagnostic {
        Diagnostic(message: "no saved scenario '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: saved),
                   help: saved.isEmpty ? "nothing is saved yet: 'scenario save NAME' names the current scenario"
                       : "saved: " + saved.joined(separator: ", "))
    }

    static func unknownParameter(_ name: Name) -> Diagnostic {
        Diagnostic(message: "unknown parameter '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: ModelParameter.catalog.map(\.name)),
                   help: "'param' lists the model parameters")
    }

    static func parameterNeedsPlainNumber(_ parameter: ModelParameter, got: String, range: SourceRange) -> Diagnostic {
        Diagnostic(
            message: "\(parameter.name) needs a plain number in its own unit (\(parameter.unit)), not \(got)",
            range: range,
            help: "e.g. 'param \(parameter.name) \(ReportFormat.parameter(parameter.high))'")
    }

    static func parameterNotFinite(_ parameter: ModelParameter, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "\(parameter.name) must be a finite number", range: range)
    }

    static func parameterOutsideDomain(_ parameter: ModelParameter, value: Double, range: SourceRange) -> Diagnostic {
        let domain = ReportFormat.parameter(parameter.domain.lowerBound) + " … "
            + ReportFormat.parameter(parameter.domain.upperBound) + " " + parameter.unit
        let calibrated = ReportFormat.parameter(parameter.low) + " … " + ReportFormat.parameter(parameter.high)
        let shown = ReportFormat.parameter(value)
        return Diagnostic(message: "\(parameter.name) = \(shown) is outside its domain \(domain)",
                          range: range,
                          notes: ["inside the domain the model stays finite and its equations keep their meaning"],
                          help: "calibrated range \(calibrated); 'param \(parameter.name)' for the source")
    }

    static func parameterOutsideRange(_ parameter: ModelParameter, value: Double, range: SourceRange) -> Diagnostic {
        Diagnostic(
            severity: .warning,
            message:
                """
                    \(parameter.name) = \(ReportFormat.parameter(value)) is outside its calibrated range \
                    \(ReportFormat.parameter(parameter.low)) … \(ReportFormat.parameter(parameter.high))
                    """,
            range: range, help: "the model was not calibrated there; results are extrapolation")
    }

    static func notOverridden(_ name: Name) -> Diagnostic {
        Diagnostic(message: "\(name.text) is not overridden", range: name.range, help: "'param' marks overrides with *")
    }

    static func regimeHasNoSensitivity(_ name: Name) -> Diagnostic {
        Diagnostic(
            message: "regime is a category, not a number: its sensitivity has no swing to measure", range: name.range,
            help: "try 'sensitivity reserve_ratio' or 'sensitivity effr_spread', which decide the regime")
    }

    static func unknownExportFormat(_ path: PathArgument) -> Diagnostic {
        Diagnostic(message: "export writes .csv or .json files, not '\(path.path)'", range: path.range,
                   help: "e.g. 'export paths.csv' (one row per month) or 'export summary.json' (docs/EXPORT.md)")
    }
}
