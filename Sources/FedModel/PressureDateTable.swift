import Foundation

/// Each month's pressure dates after one start day (`Simulation.pressureDates(month:after:)`), months 0 … n.
/// They depend on the start's date alone, so the simulations from one start (a sweep's thousand runs, a
/// solve's bisection, each Monte Carlo) share one table instead of each building its own, which cost more
/// than a 12-month central run itself.
enum PressureDateTable {
    /// The months a table covers at least: the longest horizon `set horizon` allows.
    static let minimumMonths = 61

    private struct Entry {
        let year: Int, month: Int, day: Int
        let byMonth: [[MonthCalendar.Date]]
    }

    private static let lock = NSLock()
    // Guarded by `lock`: the last start's table (a session works from one start at a time).
    nonisolated(unsafe) private static var latest: Entry?

    /// The dates of months 0 … `horizon` at least after `start`, built once per start day.
    static func byMonth(after start: StartState, through horizon: Int) -> [[MonthCalendar.Date]] {
        let key = (start.calendarYear, start.calendarMonth, start.calendarDay)
        lock.lock()
        defer { lock.unlock() }
        if let latest, (latest.year, latest.month, latest.day) == key, latest.byMonth.count > horizon {
            return latest.byMonth
        }
        let months = max(horizon + 1, minimumMonths)
        let byMonth = (0..<months).map { Simulation.pressureDates(month: $0, after: start) }
        latest = Entry(year: key.0, month: key.1, day: key.2, byMonth: byMonth)
        return byMonth
    }
}
