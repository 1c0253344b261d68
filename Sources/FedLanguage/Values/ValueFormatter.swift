/// Prints values in the style users type them: `$45B/month`, `25bp`, `18 months`.
///
/// In `.exact` precision the text reads back (through the lexer, parser and evaluator) as
/// exactly the same `Double` and dimension: the digits are the shortest that round-trip, and
/// scale words only move the decimal point. `.short` keeps at most four significant digits,
/// for reports.
package struct ValueFormatter: Sendable {
    /// How many digits to print.
    package enum Precision: Sendable, Hashable {
        /// The shortest digits that read back as the same `Double`.
        case exact
        /// At most four significant digits.
        case short
        /// What `print` shows: four significant digits, and at most one decimal in basis points,
        /// as the report prints them (`−19.3bp`, `$3.291T`, `2.35%`).
        case display
    }

    /// The unit a caller prefers; ignored when it does not fit the value's dimension.
    package enum DisplayUnit: Sendable, Hashable {
        /// Picks a unit and scale from the dimension and size.
        case automatic
        /// `$45B`, scaled by size.
        case dollars
        /// `$45B/month`, scaled by size.
        case dollarsPerMonth
        /// `25bp`.
        case basisPoints
        /// `3.5%`.
        case percent
        /// `2.3pp`: a difference of percentages, as written.
        case percentagePoints
        /// The unit written after `->`: `$0.54T/year`, `1.5 years`.
        case written(UnitTarget)
        /// `18 months`.
        case months
        /// A bare number.
        case plain
    }

    package var precision: Precision
    /// The sign before a negative number: `-` in text read back (saved scripts), `−` (U+2212) for
    /// people, as reports print it; the lexer reads both.
    package var minusSign: String

    package init(precision: Precision = .exact, minusSign: String = "-") {
        self.precision = precision
        self.minusSign = minusSign
    }

    /// The sign reports print before a negative number.
    package static let typographicMinus = "\u{2212}"


    package func format(_ value: Value, in unit: DisplayUnit = .automatic) -> String {
        switch value {
        case .quantity(let quantity): format(quantity, in: unit)
        case .bool(let truth): truth ? "on" : "off"
        case .word(let word): word
        case .date(let year, let month): ValueFormatter.dateText(year: year, month: month)
        case .day(let year, let month, let day):
            ValueFormatter.dateText(year: year, month: month) + (day < 10 ? "-0" : "-") + String(day)
        case .string(let text): ValueFormatter.quoted(text)
        }
    }

    package func format(_ quantity: Quantity, in unit: DisplayUnit = .automatic) -> String {
        if case .written(let target) = unit, target.dimension == quantity.dimension {
            return written(quantity.value, in: target)
        }
        guard var number = DecimalNumber(quantity.value) else {
            return quantity.value.isNaN ? "nan" : "\(quantity.value)"
        }
        if precision != .exact { number = number.rounded(toSignificantDigits: 4) }
        let layout = Layout.preferred(unit, for: quantity.dimension, order: number.order)
            ?? Layout.automatic(for: quantity.dimension, order: number.order)
        if precision == .display, layout.suffix.hasPrefix("bp") { number = number.rounded(toDecimalPlaces: 5) }
        let sign = quantity.value < 0 && !number.isZero ? minusSign : ""
        let mantissa = number.shifted(by: -layout.shift).text
        let suffix = layout.pluralSuffix != nil && mantissa != "1" ? layout.pluralSuffix! : layout.suffix
        return sign + layout.prefix + mantissa + suffix
    }

    /// A value in the unit written after `->`: the scale moves the decimal point, a time unit divides.
    private func written(_ value: Double, in target: UnitTarget) -> String {
        var number: DecimalNumber?
        if target.per == nil, case .decimalShift(let places) = target.unit.conversion {
            number = DecimalNumber(value)?.shifted(by: -places)
        } else {
            number = DecimalNumber(value / target.unitValue)
        }
        guard var number else { return value.isNaN ? "nan" : "\(value)" }
        if precision != .exact { number = number.rounded(toSignificantDigits: 4) }
        let sign = value < 0 && !number.isZero ? minusSign : ""
        let unit = target.unit
        let prefix = unit.isMoneyScale ? "$" : ""
        let word = unit == .dollars ? "" : (unit.dimension == .time && target.per == nil ? " " : "") + unit.spelling
        return sign + prefix + number.text + word + (target.per.map { "/" + $0.spelling } ?? "")
    }

    static func dateText(year: Int, month: Int) -> String {
        let yearText = String(year)
        let padded = String(repeating: "0", count: Swift.max(0, 4 - yearText.count)) + yearText
        return padded + "-" + (month < 10 ? "0" : "") + String(month)
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            // The lexer refuses these in a string, so only a string built some other way could hold
            // one: it is shown, never sent to the terminal.
            case _ where character.unicodeScalars.contains(where: TextSanitizer.isUnsafe):
                result += TextSanitizer.visible(String(character))
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
