/// A day as a count of days since 1 Jan 1970, with the civil-calendar arithmetic the model's
/// in-month calendar needs (no time zones, no holidays: weekends only).
package struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1 Jan 1970.
    package var number: Int

    package init(number: Int) { self.number = number }

    /// The day of `year`-`month`-`day` (month 1 … 12); days past the month's end roll over.
    package init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil: the year starts in March so that February comes last.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month (1 … 12) and day of month.
    package var components: (year: Int, month: Int, day: Int) {
        let shifted = number + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 Monday … 6 Sunday (1 Jan 1970 was a Thursday).
    package var weekday: Int { ((number % 7) + 7 + 3) % 7 }

    package var isWeekend: Bool { weekday >= 5 }

    /// The last day of the month `year`-`month`.
    package static func monthEnd(year: Int, month: Int) -> CalendarDay {
        CalendarDay(number: CalendarDay(year: month == 12 ? year + 1 : year, month: month % 12 + 1, day: 1).number - 1)
    }

    /// This day, or the next weekday if it falls on a weekend.
    package var onOrAfterWeekend: CalendarDay {
        var day = self
        while day.isWeekend { day.number += 1 }
        return day
    }

    /// This day, or the weekday before it if it falls on a weekend.
    package var onOrBeforeWeekend: CalendarDay {
        var day = self
        while day.isWeekend { day.number -= 1 }
        return day
    }

    /// "2025-12-15", as the shell writes every date.
    package var description: String {
        let (year, month, day) = components
        func padded(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(year)-\(padded(month))-\(padded(day))"
    }

    package static func < (left: CalendarDay, right: CalendarDay) -> Bool { left.number < right.number }
}
