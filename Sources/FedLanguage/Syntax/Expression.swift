/// An expression with the source range it was read from.
package struct Expression: Sendable, Hashable {
    package var kind: ExpressionKind
    package var range: SourceRange

    package init(_ kind: ExpressionKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The shapes an expression can take.
package indirect enum ExpressionKind: Sendable, Hashable {
    /// `45`, `$45B`, `25bp`, `18 months`.
    case number(NumberLiteral)
    /// A unit on its own after `/`, as in `45B/month`: one of that unit.
    case unit(UnitWord)
    case boolean(Bool)
    case date(year: Int, month: Int)
    case day(year: Int, month: Int, day: Int)
    case string(String)
    /// A name, lowercased.
    case name(String)
    /// `btc.p10`: the member name is lowercased.
    case member(Expression, name: String, nameRange: SourceRange)
    /// `reserves[3]`.
    case index(Expression, Expression)
    case negate(Expression)
    case binary(BinaryOperator, Expression, Expression)
    case parenthesized(Expression)
}

/// A number as written, with its optional `$` and unit word.
package struct NumberLiteral: Sendable, Hashable {
    package var number: DecimalNumber
    package var unit: UnitWord?
    package var hasDollarSign: Bool

    package init(number: DecimalNumber, unit: UnitWord? = nil, hasDollarSign: Bool = false) {
        self.number = number
        self.unit = unit
        self.hasDollarSign = hasDollarSign
    }

    /// The quantity the literal stands for; its value is infinite when too large.
    package var quantity: Quantity {
        let unit = unit ?? (hasDollarSign ? UnitWord.dollars : nil)
        guard let unit else { return Quantity(number.doubleValue) }
        return Quantity(unit.value(of: number), unit.dimension)
    }
}

/// The binary operators, from comparison down to multiplication.
package enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    package var symbol: String { rawValue }

    /// The verb used in messages: "cannot add $45B and 25bp".
    package var verb: String {
        switch self {
        case .add: "add"
        case .subtract: "subtract"
        case .multiply: "multiply"
        case .divide: "divide"
        default: "compare"
        }
    }

    package var isComparison: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide: false
        default: true
        }
    }
}
