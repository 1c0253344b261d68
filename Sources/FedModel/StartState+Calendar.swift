import Foundation

extension StartState {
    /// The last weekday of the calendar month `month` months after the start, as days since
    /// 1 Jan 1970: the month-end date the model's repo peak stands for.
    package func monthEndDay(month: Int) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let index = calendarYear * 12 + calendarMonth - 1 + month
        // Day 0 of the next month is the last day of this one.
        let components = DateComponents(year: index / 12, month: index % 12 + 2, day: 0)
        guard let date = calendar.date(from: components) else { return 0 }
        var day = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        // 1 Jan 1970 was a Thursday: (day + 4) mod 7 is 0 on Sundays, 6 on Saturdays.
        while [0, 6].contains((day % 7 + 11) % 7) { day -= 1 }
        return day
    }
}
