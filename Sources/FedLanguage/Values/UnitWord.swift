/// A unit written after a number (`45B`, `25bp`, `18 months`) or after `/` (`/month`).
package struct UnitWord: Sendable, Hashable {
    /// How a unit turns a written number into a value in base units.
    package enum Conversion: Sendable, Hashable {
        /// Moves the decimal point, so the reading is exact: `B` is 9, `bp` is -4.
        case decimalShift(Int)
        /// Multiplies by a factor: `year` is 12 months, `week` 12/52 of a month.
        case factor(Double)
    }

    /// The spelling as written in the table (the canonical spelling).
    package let spelling: String
    package let dimension: Dimension
    package let conversion: Conversion

    /// Applies the unit to a written number; infinite when the result is too large.
    package func value(of number: DecimalNumber) -> Double {
        switch conversion {
        case .decimalShift(let places): number.shifted(by: places).doubleValue
        case .factor(let factor): number.doubleValue * factor
        }
    }

    /// The value of one unit, used for `/month`.
    package var unitValue: Double { value(of: DecimalNumber(digits: "1", exponent: 0)) }

    /// Whether this is a dollar scale (`k`, `M`, `B`, `T`), the only units allowed after `$`.
    package var isMoneyScale: Bool { dimension == .money }
}

extension UnitWord {
    /// Every unit word. Single letters are case-sensitive (`M` is million, `m` is nothing);
    /// longer words also match in any case.
    package static let all: [UnitWord] = {
        func shift(_ words: [String], _ dimension: Dimension, _ places: Int) -> [UnitWord] {
            words.map { UnitWord(spelling: $0, dimension: dimension, conversion: .decimalShift(places)) }
        }
        func factor(_ words: [String], _ factor: Double) -> [UnitWord] {
            words.map { UnitWord(spelling: $0, dimension: .time, conversion: .factor(factor)) }
        }
        return shift(["k", "K"], .money, 3) + shift(["M"], .money, 6)
            + shift(["B", "bn"], .money, 9) + shift(["T", "tn"], .money, 12)
            + shift(["bp"], .ratio, -4) + shift(["%", "pp"], .ratio, -2)
            + factor(["month", "months", "mo"], 1)
            + factor(["y", "yr", "year", "years"], 12)
            + factor(["w", "week", "weeks"], 12.0 / 52.0)
            + factor(["d", "day", "days"], 12.0 / 365.0)
            + factor(["quarter", "quarters"], 3)
    }()

    private static let bySpelling: [String: UnitWord] = {
        Dictionary(all.map { ($0.spelling, $0) }, uniquingKeysWith: { first, _ in first })
    }()

    /// Looks up a unit word by its spelling.
    package static func named(_ word: String) -> UnitWord? {
        if let exact = bySpelling[word] { return exact }
        guard word.count > 1 else { return nil }
        return bySpelling[word.lowercased()]
    }

    /// The plain dollar unit implied by a `$` with no scale word.
    package static let dollars = UnitWord(spelling: "$", dimension: .money, conversion: .decimalShift(0))
}
