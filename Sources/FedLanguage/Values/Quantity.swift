/// A finite number with a dimension, in base units: dollars, months, fractions.
package struct Quantity: Sendable, Hashable {
    package var value: Double
    package var dimension: Dimension

    package init(_ value: Double, _ dimension: Dimension = .none) {
        self.value = value
        self.dimension = dimension
    }

    package static func money(_ dollars: Double) -> Quantity { Quantity(dollars, .money) }
    package static func months(_ months: Double) -> Quantity { Quantity(months, .time) }
    package static func ratio(_ fraction: Double) -> Quantity { Quantity(fraction, .ratio) }
    package static func plain(_ number: Double) -> Quantity { Quantity(number, .none) }

    /// The value as a whole number, when it is one and fits an `Int`.
    package var wholeNumber: Int? {
        guard value.isFinite, value.rounded() == value, value.magnitude < 1e15 else { return nil }
        return Int(value)
    }
}

/// The failure of a quantity operation, turned into a diagnostic by the evaluator.
package enum ArithmeticFailure: Error, Sendable, Equatable {
    case dimensionMismatch
    case divisionByZero
    case overflow
    /// A product or quotient of non-zero numbers too small to hold: it would read as 0.
    case underflow
}

extension Quantity {
    // Equality allows a relative error of 1e-12 because decimal inputs such as
    // `0.1 + 0.2 == 0.3` should hold as a user reads them.
    static let equalityTolerance = 1e-12

    package func adding(_ other: Quantity) -> Result<Quantity, ArithmeticFailure> {
        guard dimension == other.dimension else { return .failure(.dimensionMismatch) }
        return Quantity.checked(value + other.value, dimension)
    }

    package func subtracting(_ other: Quantity) -> Result<Quantity, ArithmeticFailure> {
        guard dimension == other.dimension else { return .failure(.dimensionMismatch) }
        return Quantity.checked(value - other.value, dimension)
    }

    package func multiplied(by other: Quantity) -> Result<Quantity, ArithmeticFailure> {
        Quantity.checked(value * other.value, dimension * other.dimension, fromNonZero: value != 0 && other.value != 0)
    }

    package func divided(by other: Quantity) -> Result<Quantity, ArithmeticFailure> {
        guard other.value != 0 else { return .failure(.divisionByZero) }
        return Quantity.checked(value / other.value, dimension / other.dimension, fromNonZero: value != 0)
    }

    /// Orders two quantities of the same dimension; values within the tolerance are equal.
    /// Compares quantities of one dimension. A plain zero compares with anything, so
    /// `btc.p50 > 0` reads as it is meant; any other plain number needs a unit.
    package func compare(to other: Quantity) -> Result<ComparisonOrder, ArithmeticFailure> {
        let zeroOnOneSide = (dimension.isPlain && value == 0) || (other.dimension.isPlain && other.value == 0)
        guard dimension == other.dimension || zeroOnOneSide else { return .failure(.dimensionMismatch) }
        let scale = Swift.max(value.magnitude, other.value.magnitude)
        if (value - other.value).magnitude <= scale * Quantity.equalityTolerance { return .success(.equal) }
        return .success(value < other.value ? .less : .greater)
    }

    private static func checked(_ value: Double, _ dimension: Dimension,
                                fromNonZero: Bool = false) -> Result<Quantity, ArithmeticFailure> {
        guard value.isFinite else { return .failure(.overflow) }
        if fromNonZero, value == 0 { return .failure(.underflow) }
        return .success(Quantity(value, dimension))
    }
}

/// The outcome of comparing two values.
package enum ComparisonOrder: Sendable {
    case less, equal, greater
}
