import FedLanguage
import FedModel
import Foundation

// Every message the session itself gives (the language's own are in FedLanguage).
extension Diagnostic {
    static func unknownVariable(_ name: Name) -> Diagnostic {
        Diagnostic(message: "unknown variable '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: ScenarioVariable.catalog.map(\.name)),
                   help: "'show' lists the variables")
    }

    static func unknownName(_ reference: NameReference, candidates: [String]) -> Diagnostic {
        Diagnostic(message: "unknown name '\(reference.name)'", range: reference.nameRange,
                   suggestion: Suggestion.closest(to: reference.name, among: candidates),
                   help: "names are scenario variables, outputs (after eval) and your own 'let' variables")
    }

    /// An output name that is not one; a scenario variable's name is pointed to `sweep`.
    static func unknownOutput(_ name: Name) -> Diagnostic {
        if ScenarioVariable.named(name.text) != nil {
            return Diagnostic(
                message: "'\(name.text)' is a scenario variable, not an output", range: name.range,
                help:
                    """
                        to see outputs across its values: sweep \(name.text) FROM..TO step S; 'help outputs' lists \
                        the outputs
                        """
            )
        }
        return Diagnostic(message: "unknown output '\(name.text)'", range: name.range,
                          suggestion: Suggestion.closest(to: name.text, among: Output.allCases.map(\.rawValue)),
                          help: "'help outputs' lists the outputs")
    }

    static func unknownPreset(_ name: Name) -> Diagnostic {
        Diagnostic(message: "unknown preset '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: Preset.all.map(\.name)),
                   help: "presets: " + Preset.all.map(\.name).joined(separator: ", "))
    }

    static func unknownHelpTopic(_ name: Name, topics: [String]) -> Diagnostic {
        Diagnostic(message: "no help on '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: topics),
                   help: "'help' lists the commands and topics")
    }

    static func conversion(_ problem: ConversionProblem, variable: ScenarioVariable, range: SourceRange, got: String)
        -> Diagnostic
    {
        switch problem {
        case .expected(let unit):
            return Diagnostic(message: "\(variable.name) needs \(expectation(unit)), not \(got)", range: range)
        case .expectedOnOrOff:
            return Diagnostic(message: "\(variable.name) needs on or off, not \(got)", range: range)
        case .expectedOption(let options):
            return Diagnostic(
                message: "\(variable.name) needs \(options.joined(separator: " or ")), not \(got)",
                range: range)
        case .notAnOption(let word, let options):
            return Diagnostic(
                message: "'\(word)' is not a value of \(variable.name)", range: range,
                suggestion: Suggestion.closest(to: word, among: options),
                help: "\(variable.name) is one of: \(options.joined(separator: ", "))")
        case .missingPerMonth:
            return Diagnostic(
                message: "\(variable.name) is a pace per month, not an amount", range: range,
                help: "write it per month, e.g. \(got)/month")
        case .missingPerYear:
            return Diagnostic(
                message: "\(variable.name) is a rate per year", range: range,
                help: "write it per year, e.g. \(got)/year")
        case .plainNumberNeedsUnit(let unit):
            // A small fraction is more likely a percentage (0.25 → 0.25%) than basis points.
            let percent = unit == "bp" && (Double(got).map { abs($0) < 5 } ?? false)
            return Diagnostic(message: "\(variable.name) needs a unit", range: range,
                              help: percent ? "did you mean \(got)% or \(got)bp?" : "did you mean \(got)\(unit)?")
        }
    }

    /// What a value in a variable's unit looks like.
    private static func expectation(_ unit: ScenarioVariable.Unit) -> String {
        switch unit {
        case .billionsOfDollars: "an amount of dollars, like 850B"
        case .billionsOfDollarsPerMonth: "dollars per month, like 45B/month"
        case .basisPoints: "basis points or percent, like 25bp or 0.25%"
        case .fractionPerYear: "a rate per year, like 3%/year"
        case .shareOfBankAssets: "a share of bank assets, like 12%"
        case .months: "a number of months, like 18 months or 2y"
        case .monthIndex: "a month number or a date, like 3 or 2026-03"
        case .count: "a whole number"
        }
    }

    static func outOfRange(
        _ variable: ScenarioVariable, value: String, allowed: String, hint: String?, range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            message: "\(variable.name) = \(value) is out of range", range: range,
            notes: ["\(variable.name) must be between \(allowed)"], help: hint)
    }

    /// A value the declaration refuses for a reason other than its range (which `outOfRange` words).
    static func invalidValue(_ variable: ScenarioVariable, _ problem: ScenarioVariable.Problem,
                             range: SourceRange) -> Diagnostic {
        let reason = switch problem {
        case .notFinite: "must be a finite number"
        case .outOfRange: "out of range"
        case .notWholeNumber: "must be a whole number"
        case .notAnOption(let options): "must be one of \(options.joined(separator: ", "))"
        case .wrongKind: variable.isNumber ? "needs a number" : "wrong kind of value"
        }
        return Diagnostic(message: "\(variable.name) \(reason)", range: range)
    }

    static func implausible(
        _ variable: ScenarioVariable, value: String, plausible: String, hint: String?, range: SourceRange
    ) -> Diagnostic {
        Diagnostic(
            severity: .warning, message: "\(variable.name) = \(value) is far outside the usual \(plausible)",
            range: range, help: hint)
    }

    static func noResultsYet(_ name: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "'\(name)' is an output: run 'eval' first", range: range)
    }

    static func staleResults(_ name: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "'\(name)' is from the last eval, and the scenario has changed since", range: range,
                   help: "run 'eval' again (or keep a value first: let before = \(name))")
    }

    static func variableHasNoBand(_ reference: NameReference) -> Diagnostic {
        Diagnostic(message: "'\(reference.name)' is a scenario variable: it has no band or months",
                   range: reference.memberRange ?? reference.indexRange ?? reference.range,
                   help: "bands (.p10, .p50, .p90) and months ([3]) belong to outputs, after eval")
    }

    static func noSuchMember(_ reference: NameReference) -> Diagnostic {
        Diagnostic(message: "'\(reference.name)' has no '.\(reference.member ?? "")'",
                   range: reference.memberRange ?? reference.range,
                   suggestion: Suggestion.closest(to: reference.member ?? "", among: ["p10", "p50", "p90"]),
                   help: "an output has .p10, .p50 and .p90 (its band)")
    }

    static func monthOutOfRange(_ reference: NameReference, horizon: Int) -> Diagnostic {
        Diagnostic(
            message: "month \(reference.index ?? 0) is beyond the horizon",
            range: reference.indexRange ?? reference.range,
            help: "months run from 0 (the decision) to \(horizon)")
    }

    static func notIndexable(_ reference: NameReference) -> Diagnostic {
        Diagnostic(
            message: "'\(reference.name)' is not a monthly output", range: reference.indexRange ?? reference.range)
    }

    static func reservedName(_ name: Name, kind: String) -> Diagnostic {
        Diagnostic(message: "'\(name.text)' is already \(kind)", range: name.range,
                   help: "choose another name for your variable")
    }

    static func assertionFailed(_ range: SourceRange, detail: String) -> Diagnostic {
        Diagnostic(message: "assertion failed", range: range, notes: detail.isEmpty ? [] : [detail])
    }

    static func assertionNotBoolean(_ range: SourceRange, got: String) -> Diagnostic {
        Diagnostic(message: "assert needs a condition such as 'reserves > 3T', not \(got)", range: range)
    }

    static func nothingToUndo(_ range: SourceRange) -> Diagnostic {
        Diagnostic(message: "nothing to undo", range: range)
    }

    static func cancelled(_ range: SourceRange) -> Diagnostic {
        Diagnostic(message: "cancelled", range: range)
    }

    static func pathOutsideScriptFolders(_ path: PathArgument, display: String, use: Session.PathUse,
                                         folders: [String]) -> Diagnostic {
        let verb = use == .read ? "read" : "write"
        let inside = folders.map(TextSanitizer.visible).joined(separator: ", ")
        return Diagnostic(message: "a script may not \(verb) \(TextSanitizer.visible(display)): "
                              + "it is outside the script's folder",
                          range: path.range,
                          notes: ["a script reads and writes only inside: " + inside],
                          help: "to allow it, run fedsh with --allow-path FOLDER, or type the command at the prompt")
    }

    static func pathNamesAFolder(_ path: PathArgument) -> Diagnostic {
        Diagnostic(message: "\(TextSanitizer.visible(path.path)) ends in '/', so it names a folder, not a file",
                   range: path.range, help: "give a file name, without the final '/'")
    }

    static func wrongFileExtension(_ path: PathArgument, expected: [String]) -> Diagnostic {
        let dotted = expected.map { "." + $0 }
        let names =
            dotted.count > 1 ? dotted.dropLast().joined(separator: ", ") + " or " + dotted.last! : dotted.joined()
        return Diagnostic(message: "this command writes \(names) files, not \(TextSanitizer.visible(path.path))",
                          range: path.range, help: "end the file name in \(names)")
    }

    static func sourceNeedsScript(_ path: PathArgument, display: String) -> Diagnostic {
        Diagnostic(message: "source reads only fedsh scripts (.fed files), not \(TextSanitizer.visible(display))",
                   range: path.range, help: "rename the script to end in .fed")
    }

    static func file(_ problem: String, path: PathArgument, help: String? = nil) -> Diagnostic {
        Diagnostic(message: problem, range: path.range, help: help)
    }

    static func scriptAlreadyRunning(_ url: URL, path: PathArgument) -> Diagnostic {
        file("\(ScriptFile.displayPath(url)) is already being run (a script cannot source itself)", path: path)
    }

    static func scriptsNestedTooDeeply(limit: Int, path: PathArgument) -> Diagnostic {
        file("scripts nested too deeply (\(limit) levels)", path: path)
    }

    static func scriptStopped(_ url: URL, path: PathArgument) -> Diagnostic {
        file("\(ScriptFile.displayPath(url)) stopped at an error; nothing it did was kept", path: path)
    }

    static func unknownName(_ name: Name, candidates: [String]) -> Diagnostic {
        Diagnostic(message: "unknown name '\(name.text)'", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: candidates),
                   help: "'show' lists the variables; 'help outputs' lists the outputs")
    }
}
