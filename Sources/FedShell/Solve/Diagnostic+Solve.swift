import FedLanguage
import FedModel

// Messages of `solve`.
extension Diagnostic {
    static func solveNeedsNumber(_ variable: ScenarioVariable, name: Name) -> Diagnostic {
        Diagnostic(message: "cannot solve for \(variable.name): it is not a number", range: name.range,
                   help: "solve a numeric variable such as purchases, rate_cut or tga_level")
    }

    static func solveOfRunSetting(_ variable: ScenarioVariable, name: Name) -> Diagnostic {
        Diagnostic(message: "\(variable.name) says how the model is run, not what policy is", range: name.range,
                   help: "solve a policy or economy variable such as purchases or tga_level")
    }

    static func solveMonth(_ range: SourceRange, horizon: Int) -> Diagnostic {
        Diagnostic(message: "the month must be a whole number from 0 to the horizon (\(horizon))", range: range,
                   help: "e.g. reserves[4]; 'set horizon' for a later month")
    }

    static func solveTargetUnit(_ output: Output, got: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "\(output.rawValue) cannot be compared with \(got)", range: range,
                   help: "give the target in the output's unit: \(output.unitPresentation.predictionExample)")
    }

    static func solveNoValue(_ variable: ScenarioVariable, goal: String, range: String, closest: String,
                             at: SourceRange) -> Diagnostic {
        Diagnostic(message: "no value of \(variable.name) from \(range) gives \(goal)", range: at,
                   notes: ["the closest is \(closest)"],
                   help: "try a target nearer that, or change another variable first")
    }
}
