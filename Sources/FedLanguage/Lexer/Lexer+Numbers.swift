extension Lexer {
    /// Reads a number (`45`, `0.25`, `1e9`, `1_000`) or a date (`2026-04`).
    mutating func number() -> Token {
        let start = position
        if let date = date() { return date }
        var digits: [UInt8] = []
        var fractionLength = 0
        readDigits(into: &digits)
        // A `.` is a decimal point only before a digit, so `1..2` is a range.
        if byte(at: position) == UInt8(ascii: "."), let next = byte(at: position + 1), Lexer.isDigit(next) {
            position += 1
            let before = digits.count
            readDigits(into: &digits)
            fractionLength = digits.count - before
        }
        let exponent = readExponent()
        let number = DecimalNumber(
            digits: String(decoding: digits, as: UTF8.self),
            exponent: exponent - fractionLength
        )
        lastNumberEnd = position
        // Too large even in basis points (the smallest unit, 10^-4): `1.7e310%` is a finite
        // fraction and is how the formatter prints one, so the unit is checked by the parser.
        if !number.shifted(by: -4).doubleValue.isFinite { return makeToken(.invalid(.numberTooLarge), from: start) }
        return makeToken(.number(number), from: start)
    }

    /// Digits with single underscores between them, as in `1_000`, or grouped by commas as
    /// reports print them (`6,847`, `$92,000`): a comma followed by exactly three digits.
    private mutating func readDigits(into digits: inout [UInt8]) {
        var group = 0
        var grouped = false
        while let current = byte(at: position) {
            if Lexer.isDigit(current) {
                digits.append(current)
                group += 1
                position += 1
            } else if current == UInt8(ascii: "_"), let next = byte(at: position + 1), Lexer.isDigit(next),
                      !digits.isEmpty {
                position += 1
            } else if current == UInt8(ascii: ","), grouped ? group == 3 : (1...3).contains(group),
                      (1...3).allSatisfy({ byte(at: position + $0).map(Lexer.isDigit) ?? false }),
                      !(byte(at: position + 4).map(Lexer.isDigit) ?? false) {
                grouped = true
                group = 0
                position += 1
            } else {
                return
            }
        }
    }

    /// An optional `e9`, `e-5` or `E+10`; an `e` not followed by digits is left alone.
    private mutating func readExponent() -> Int {
        guard let marker = byte(at: position), marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") else {
            return 0
        }
        var index = position + 1
        var sign = 1
        if let signByte = byte(at: index), signByte == UInt8(ascii: "+") || signByte == UInt8(ascii: "-") {
            sign = signByte == UInt8(ascii: "-") ? -1 : 1
            index += 1
        }
        guard let firstDigit = byte(at: index), Lexer.isDigit(firstDigit) else { return 0 }
        var value = 0
        while let current = byte(at: index), Lexer.isDigit(current) {
            // Saturate: anything this large is already infinite or zero as a Double.
            if value < 1_000_000 { value = value * 10 + Int(current - UInt8(ascii: "0")) }
            index += 1
        }
        position = index
        return sign * value
    }

    /// A date is exactly four digits, `-`, and one or two digits, with no spaces; a day adds `-` and
    /// two more digits (`2024-06-12`).
    private mutating func date() -> Token? {
        let start = position
        for offset in 0..<4 {
            guard let current = byte(at: start + offset), Lexer.isDigit(current) else { return nil }
        }
        guard byte(at: start + 4) == UInt8(ascii: "-"), let monthFirst = byte(at: start + 5),
              Lexer.isDigit(monthFirst) else { return nil }
        var monthLength = 1
        if let monthSecond = byte(at: start + 6), Lexer.isDigit(monthSecond) { monthLength = 2 }
        if let after = byte(at: start + 5 + monthLength), Lexer.isDigit(after) { return nil }
        let year = Int(String(decoding: bytes[start..<start + 4], as: UTF8.self)) ?? 0
        let month = Int(String(decoding: bytes[(start + 5)..<(start + 5 + monthLength)], as: UTF8.self)) ?? 0
        position = start + 5 + monthLength
        guard (1...12).contains(month) else { return makeToken(.invalid(.invalidMonth(month)), from: start) }
        if monthLength == 2, byte(at: position) == UInt8(ascii: "-"), let first = byte(at: position + 1),
           let second = byte(at: position + 2), Lexer.isDigit(first), Lexer.isDigit(second),
           !(byte(at: position + 3).map(Lexer.isDigit) ?? false) {
            let day = Int(first - UInt8(ascii: "0")) * 10 + Int(second - UInt8(ascii: "0"))
            position += 3
            guard (1...31).contains(day) else { return makeToken(.invalid(.invalidDay(day)), from: start) }
            return makeToken(.day(year: year, month: month, day: day), from: start)
        }
        return makeToken(.date(year: year, month: month), from: start)
    }
}
