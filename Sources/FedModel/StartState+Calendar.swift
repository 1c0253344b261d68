extension StartState {
    /// The last weekday of the calendar month `month` months after the start, as days since
    /// 1 Jan 1970: the month end of that month's calendar (`MonthCalendar`).
    package func monthEndDay(month: Int) -> Int {
        MonthCalendar(year: calendarYear, month: calendarMonth, plus: month).dates[1].day.number
    }
}
