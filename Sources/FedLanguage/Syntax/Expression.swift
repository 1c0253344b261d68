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
    /// `not qt`: the opposite of a boolean.
    case not(Expression)
    /// `qt == off and purchases == 0`: evaluated left to right, the right side only when needed.
    case logical(LogicalOperator, Expression, Expression)
    /// `45B/month -> T/year`: the same value, to be shown in the unit written after `->`.
    case converted(Expression, to: UnitTarget)
}

/// `and` and `or`, which join booleans.
package enum LogicalOperator: String, Sendable, Hashable, CaseIterable {
    case and
    case or

    /// The word as written, which is also how messages name it.
    package var word: String { rawValue }
}

/// The unit written after `->`: `T/year`, `$B`, `bp`, `years`.
package struct UnitTarget: Sendable, Hashable {
    /// The unit word (or `$` alone for dollars).
    package var unit: UnitWord
    /// The time unit after `/`, for a rate.
    package var per: UnitWord?
    package var range: SourceRange

    package init(unit: UnitWord, per: UnitWord? = nil, range: SourceRange) {
        self.unit = unit
        self.per = per
        self.range = range
    }

    /// The dimension a value must have to be shown in this unit.
    package var dimension: Dimension {
        per.map { unit.dimension / $0.dimension } ?? unit.dimension
    }

    /// The value of one of this unit, in base units.
    package var unitValue: Double {
        unit.unitValue / (per?.unitValue ?? 1)
    }

    /// The unit as written: `T/year`, `bp`.
    package var text: String {
        (unit.isMoneyScale && unit != .dollars ? "$" : "") + unit.spelling + (per.map { "/" + $0.spelling } ?? "")
    }
}

/// A number as written, with its optional `$` and unit word.
package struct NumberLiteral: Sendable, Hashable {
    package var number: DecimalNumber
    package var unit: UnitWord?
    package var hasDollarSign: Bool

    package init(number: DecimalNumber, unit: UnitWord? = nil, hasDollarSign: Bool = false, per: UnitWord? = nil) {
        self.per = per
        self.number = number
        self.unit = unit
        self.hasDollarSign = hasDollarSign
    }

    /// The time unit of a rate written as one literal, `30B/month` (so `45B/month / 30B/month` is 1.5).
    package var per: UnitWord?

    /// The quantity the literal stands for; its value is infinite when too large.
    package var quantity: Quantity {
        let unit = unit ?? (hasDollarSign ? UnitWord.dollars : nil)
        guard let unit else { return Quantity(number.doubleValue) }
        guard let per else { return Quantity(unit.value(of: number), unit.dimension) }
        return Quantity(unit.value(of: number) / per.unitValue, unit.dimension / per.dimension)
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
