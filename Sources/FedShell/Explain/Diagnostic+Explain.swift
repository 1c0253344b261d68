import FedLanguage
import FedModel

// Messages of `explain` and `ledger`.
extension Diagnostic {
    static func unknownOutputToExplain(_ name: Name) -> Diagnostic {
        Diagnostic(message: "'\(name.text)' is not an output", range: name.range,
                   suggestion: Suggestion.closest(to: name.text, among: Output.allCases.map(\.rawValue)),
                   help: "explain takes an output: " + Output.allCases.map(\.rawValue).joined(separator: ", "))
    }

    static func ledgerMonthNotWhole(_ range: SourceRange, got: String) -> Diagnostic {
        Diagnostic(message: "ledger needs a month number such as 3, not \(got)", range: range,
                   help: "months run from 0 (the decision) to the horizon; 'ledger all' sums every month")
    }

    static func ledgerMonthOutOfRange(_ range: SourceRange, month: Int, horizon: Int) -> Diagnostic {
        Diagnostic(message: "month \(month) is outside the scenario", range: range,
                   help: "months run from 0 (the decision) to \(horizon), the horizon")
    }
}
