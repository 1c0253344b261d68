// All wording for evaluation errors, including those a resolver reports.

extension Diagnostic {
    private static let operandFormatter = ValueFormatter(precision: .short)

    private static func shown(_ value: Value) -> String {
        operandFormatter.format(value)
    }

    /// "cannot add $45B and 25bp: money and ratio", with a note on each side.
    package static func operandMismatch(_ operation: BinaryOperator, _ left: Value, _ right: Value,
                                        range: SourceRange) -> Diagnostic {
        let message = "cannot \(operation.verb) \(shown(left)) and \(shown(right)): "
            + "\(left.kindDescription) and \(right.kindDescription)"
        var diagnostic = Diagnostic(message: message, range: range, notes: [
            "left side \(shown(left)) is \(left.kindDescription)",
            "right side \(shown(right)) is \(right.kindDescription)",
        ])
        let plainSide = [left, right].contains { $0.quantity?.dimension.isPlain == true }
        let unitSide = [left, right].contains { $0.quantity.map { !$0.dimension.isPlain } ?? false }
        if plainSide && unitSide {
            diagnostic.help = "give the plain number a unit, e.g. 25bp, 45B or 3 months"
        }
        return diagnostic
    }

    static func cannotNegate(_ value: Value, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "cannot negate \(shown(value)): \(value.kindDescription)", range: range)
    }

    /// "'and' needs a true or false on each side, not 45B": a number where a condition belongs.
    static func logicalNeedsBooleans(_ operation: LogicalOperator, _ value: Value, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "'\(operation.word)' needs a condition on each side, not \(shown(value)) "
                   + "(\(value.kindDescription))", range: range,
                   help: "compare it to something, as in purchases == 0 \(operation.word) qt == off")
    }

    static func notNeedsBoolean(_ value: Value, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "'not' needs a condition, not \(shown(value)) (\(value.kindDescription))", range: range,
                   help: "write a comparison after it, as in not (purchases == 0)")
    }

    /// "cannot show $45B/month in bp: a pace of money is not a ratio".
    static func cannotConvert(_ value: Value, to target: UnitTarget, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "cannot show \(shown(value)) in \(target.text): \(value.kindDescription), "
                   + "not \(target.dimension.description)", range: range,
                   help: "'->' changes the unit, not the kind: 45B/month -> T/year, 25bp -> %, 18 months -> years")
    }

    package static func divisionByZero(range: SourceRange) -> Diagnostic {
        Diagnostic(message: "division by zero", range: range)
    }

    package static func overflow(range: SourceRange) -> Diagnostic {
        Diagnostic(message: "result is too large", range: range)
    }

    package static func underflow(range: SourceRange) -> Diagnostic {
        Diagnostic(message: "result is too small to hold (it would read as 0)", range: range)
    }

    static func notFinite(_ name: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "'\(name)' has no finite value", range: range)
    }

    static func misplacedMember(range: SourceRange) -> Diagnostic {
        Diagnostic(message: "only an output has members, as in btc.p10", range: range)
    }

    static func misplacedIndex(range: SourceRange) -> Diagnostic {
        Diagnostic(message: "only a variable or output can be indexed, once, as in reserves[3]", range: range)
    }

    static func invalidIndex(_ value: Value, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "index must be a whole number of months from 0, not \(shown(value))", range: range)
    }

    /// For resolvers: "unknown variable 'purchse'" with a suggestion among `candidates`.
    package static func unknownVariable(_ name: String, range: SourceRange, candidates: [String]) -> Diagnostic {
        Diagnostic(message: "unknown variable '\(name)'", range: range,
                   suggestion: Suggestion.closest(to: name, among: candidates))
    }

    /// For resolvers: a plain variable used with `.member` or `[index]`.
    package static func noMembersOrIndex(_ name: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "'\(name)' is a single value: it has no members or months", range: range)
    }
}
