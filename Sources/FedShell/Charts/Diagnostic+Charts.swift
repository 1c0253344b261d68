import FedLanguage
import FedModel

// Messages of `plot` and `sweep`.
extension Diagnostic {
    static func chartFileExists(_ path: PathArgument, display: String) -> Diagnostic {
        Diagnostic(message: "\(display) already exists", range: path.range,
                   help: "add --force to replace it, or choose another name")
    }

    static func chartPathIsFolder(_ path: PathArgument, display: String) -> Diagnostic {
        Diagnostic(message: "\(display) is a folder", range: path.range,
                   help: "give a file name inside it, e.g. \(path.path)/chart.svg")
    }

    static func sweepNeedsNumber(_ variable: ScenarioVariable, name: Name, kind: String) -> Diagnostic {
        Diagnostic(
            message: "cannot sweep \(variable.name): it is \(kind), not a number", range: name.range,
            help: "sweep a numeric variable such as purchases, rate_cut or tga_level; compare scenarios for the rest")
    }

    static func sweepStepNotPositive(_ range: SourceRange, got: String) -> Diagnostic {
        Diagnostic(message: "the step must be more than zero, not \(got)", range: range,
                   help: "e.g. step 15B/month; to sweep downwards, write the range from high to low")
    }

    static func sweepTooManyPoints(_ range: SourceRange, count: Double, limit: Int) -> Diagnostic {
        let shown = count >= 1e9 ? "over a billion" : String(Int(count.rounded(.up)))
        return Diagnostic(message: "this sweep has \(shown) points; at most \(limit)", range: range,
                          help: "use a larger step")
    }

    static func sweepEndOutOfRange(_ variable: ScenarioVariable, value: String, allowed: String, range: SourceRange)
        -> Diagnostic
    {
        Diagnostic(
            message: "\(variable.name) = \(value) is out of range", range: range,
            notes: ["every point of a sweep must be allowed: \(variable.name) must be between \(allowed)"])
    }

    static func sweepNotWhole(_ variable: ScenarioVariable, value: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "\(variable.name) takes whole numbers; this sweep reaches \(value)", range: range,
                   help: "use whole-number ends and step")
    }
}

extension Diagnostic {
    static func sweepOfRunSetting(_ variable: ScenarioVariable, name: Name) -> Diagnostic {
        Diagnostic(
            message: "sweeping \(variable.name) shows nothing: a sweep runs the central path, without Monte Carlo",
            range: name.range,
            help: "\(variable.name) changes only the bands; compare scenarios to see bands")
    }
}
