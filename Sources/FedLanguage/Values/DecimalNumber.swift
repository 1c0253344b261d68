/// A non-negative decimal number as written: a string of digits times a power of ten.
///
/// Scale words (`B`, `bp`, `%`) shift the decimal exponent instead of multiplying by an
/// inexact binary factor, so `0.25%` and `25bp` read as exactly the same `Double`, and the
/// formatter can print any `Double` with a scale word and read it back unchanged.
package struct DecimalNumber: Sendable, Hashable, CustomStringConvertible {
    /// Decimal digits without leading zeros (`"0"` for zero).
    package let digits: String
    /// The value is `digits × 10^exponent`.
    package let exponent: Int

    package init(digits: String, exponent: Int) {
        let trimmed = digits.drop { $0 == "0" }
        if trimmed.isEmpty {
            self.digits = "0"
            self.exponent = 0
        } else {
            // Trailing zeros move into the exponent so equal numbers compare equal.
            var kept = Substring(trimmed)
            var shift = 0
            while kept.count > 1 && kept.last == "0" {
                kept.removeLast()
                shift += 1
            }
            self.digits = String(kept)
            self.exponent = exponent + shift
        }
    }

    /// The shortest decimal that reads back as `value` (its magnitude; the sign is dropped);
    /// nil for infinity and NaN, which have no decimal form.
    package init?(_ value: Double) {
        guard value.isFinite else { return nil }
        // Swift prints the shortest digits that round-trip, e.g. "4.5e+20" or "0.0025".
        let text = value.magnitude.description
        let parts = text.split(separator: "e")
        let mantissa = parts[0]
        let writtenExponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = pieces[0]
        let fraction = pieces.count > 1 ? pieces[1] : ""
        self.init(digits: String(whole + fraction), exponent: writtenExponent - fraction.count)
    }

    package var isZero: Bool { digits == "0" }

    /// The power of ten of the leading digit: 2 for 450, -3 for 0.0025.
    package var order: Int { digits.count - 1 + exponent }

    package func shifted(by places: Int) -> DecimalNumber {
        isZero ? self : DecimalNumber(digits: digits, exponent: exponent + places)
    }

    /// The nearest `Double`, infinite when too large.
    package var doubleValue: Double {
        Double("\(digits)e\(exponent)") ?? .infinity
    }

    /// Rounded half away from zero to at most `count` significant digits.
    package func rounded(toSignificantDigits count: Int) -> DecimalNumber {
        guard digits.count > count else { return self }
        var kept = Array(digits.utf8.prefix(count))
        let dropped = digits.count - count
        let roundsUp = Array(digits.utf8)[count] >= UInt8(ascii: "5")
        if roundsUp {
            var index = kept.count - 1
            while index >= 0 {
                if kept[index] == UInt8(ascii: "9") {
                    kept[index] = UInt8(ascii: "0")
                    index -= 1
                } else {
                    kept[index] += 1
                    break
                }
            }
            if index < 0 { kept.insert(UInt8(ascii: "1"), at: 0) }
        }
        let newExponent = exponent + dropped
        return DecimalNumber(digits: String(decoding: kept, as: UTF8.self), exponent: newExponent)
    }

    /// Rounded half away from zero to at most `places` digits after the decimal point.
    package func rounded(toDecimalPlaces places: Int) -> DecimalNumber {
        guard !isZero, exponent < -places else { return self }
        let kept = order + places + 1
        if kept > 0 { return rounded(toSignificantDigits: kept) }
        let roundsUp = kept == 0 && digits.utf8.first! >= UInt8(ascii: "5")
        return roundsUp ? DecimalNumber(digits: "1", exponent: -places) : DecimalNumber(digits: "0", exponent: 0)
    }

    /// Plain positional text (`45`, `1.35`, `0.0025`) unless that would be very long,
    /// then scientific text (`1.35e25`) that the lexer also reads.
    package var text: String {
        if isZero { return "0" }
        if exponent >= 0 {
            if order <= 21 { return digits + String(repeating: "0", count: exponent) }
        } else if order >= -7 {
            let fractionLength = -exponent
            if fractionLength < digits.count {
                let split = digits.index(digits.endIndex, offsetBy: -fractionLength)
                return digits[..<split] + "." + digits[split...]
            }
            return "0." + String(repeating: "0", count: fractionLength - digits.count) + digits
        }
        let first = digits.prefix(1)
        let rest = digits.dropFirst()
        return first + (rest.isEmpty ? "" : "." + rest) + "e\(order)"
    }

    package var description: String { text }
}
