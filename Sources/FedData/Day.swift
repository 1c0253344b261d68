import FedModel

/// A calendar day (proleptic Gregorian), as the data's ISO dates name it. Ordered by date.
package struct Day: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    package let ordinal: Int

    package init(ordinal: Int) { self.ordinal = ordinal }

    /// `nil` unless year, month and day name a real date.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.length(ofMonth: month, year: year) else { return nil }
        ordinal = CalendarDay(year: year, month: month, day: day).number
    }

    /// Parses `YYYY-MM-DD` exactly; `nil` for anything else.
    package init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month (1 … 12) and day of month: the civil arithmetic is FedModel's `CalendarDay`'s.
    package var components: (year: Int, month: Int, day: Int) { CalendarDay(number: ordinal).components }

    /// `YYYY-MM-DD`.
    package var description: String {
        let (year, month, day) = components
        func padded(_ number: Int, _ width: Int) -> String {
            let text = String(number)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    package static func < (left: Day, right: Day) -> Bool { left.ordinal < right.ordinal }

    package func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    private static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension Day {
    /// The last day of fedsh's shipped data: the 10 Dec 2025 FOMC decision.
    package static let snapshotEnd = Day(year: 2025, month: 12, day: 10)!
}
