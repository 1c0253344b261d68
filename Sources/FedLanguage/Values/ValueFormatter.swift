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
        /// `18 months`.
        case months
        /// A bare number.
        case plain
    }

    package var precision: Precision

    package init(precision: Precision = .exact) {
        self.precision = precision
    }

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
        guard var number = DecimalNumber(quantity.value) else {
            return quantity.value.isNaN ? "nan" : "\(quantity.value)"
        }
        if precision == .short { number = number.rounded(toSignificantDigits: 4) }
        let sign = quantity.value < 0 && !number.isZero ? "-" : ""
        let layout = Layout.preferred(unit, for: quantity.dimension, order: number.order)
            ?? Layout.automatic(for: quantity.dimension, order: number.order)
        let mantissa = number.shifted(by: -layout.shift).text
        let suffix = layout.pluralSuffix != nil && mantissa != "1" ? layout.pluralSuffix! : layout.suffix
        return sign + layout.prefix + mantissa + suffix
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
