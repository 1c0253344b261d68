/// The known dates inside one calendar month that move the TGA and the repo market: the 15th (coupon
/// settlement, and a tax date in January, March, April, June, September and December) and the month
/// end (a quarter end in March, June, September and December, the year end in December). A date on a
/// weekend moves to the next weekday (the 15th) or the weekday before (the month end); holidays are
/// not modelled.
package struct MonthCalendar: Sendable, Equatable {
    /// What makes a date a pressure date.
    package struct Kinds: OptionSet, Sendable, Hashable {
        package let rawValue: Int
        package init(rawValue: Int) { self.rawValue = rawValue }

        /// Mid-month tax date (15 Jan, Mar, Apr, Jun, Sep, Dec: estimated and corporate taxes).
        package static let taxDate = Kinds(rawValue: 1)
        /// Treasury coupon settlement (the 15th and the month end).
        package static let couponSettlement = Kinds(rawValue: 2)
        package static let monthEnd = Kinds(rawValue: 4)
        package static let quarterEnd = Kinds(rawValue: 8)
        package static let yearEnd = Kinds(rawValue: 16)
    }

    /// One pressure date.
    package struct Date: Sendable, Equatable {
        package var day: CalendarDay
        package var kinds: Kinds
    }

    /// The calendar months whose 15th is a tax date.
    package static let taxMonths: Set<Int> = [1, 3, 4, 6, 9, 12]

    package var year: Int
    package var month: Int
    /// The month's pressure dates in order: the 15th, then the month end.
    package var dates: [Date]

    package init(year: Int, month: Int) {
        self.year = year
        self.month = month
        var middle: Kinds = [.couponSettlement]
        if Self.taxMonths.contains(month) { middle.insert(.taxDate) }
        var end: Kinds = [.couponSettlement, .monthEnd]
        if month % 3 == 0 { end.insert(.quarterEnd) }
        if month == 12 { end.insert(.yearEnd) }
        dates = [
            Date(day: CalendarDay(year: year, month: month, day: 15).onOrAfterWeekend, kinds: middle),
            Date(day: CalendarDay.monthEnd(year: year, month: month).onOrBeforeWeekend, kinds: end),
        ]
    }

    /// The calendar month `months` after `year`-`month`.
    package init(year: Int, month: Int, plus months: Int) {
        let index = year * 12 + month - 1 + months
        self.init(year: index / 12, month: index % 12 + 1)
    }

    /// The kinds of `day` in this calendar (empty when it is no pressure date).
    package func kinds(of day: CalendarDay) -> Kinds {
        dates.first { $0.day == day }?.kinds ?? []
    }
}
