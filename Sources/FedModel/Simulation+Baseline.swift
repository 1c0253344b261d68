/// The funding-stress channel's baseline: what a month's worst day would bring on the start's balance
/// sheet (the calendar's known peaks are no news to prices). A date's pressure depends on its kind alone
/// (a 15th, a tax-date 15th, a month end, a quarter end: the TGA swing and ON RRP inflow it brings), so
/// each path works the four kinds out once, at month 0, and each month picks its worst day from them
/// exactly as `worstDay` picks it from the month's dates.
extension Simulation {
    /// For each kind of pressure date (`kind(of:)`): the start sheet's repo peak before the SRF, and the
    /// funding stress that day brings after it.
    struct BaselineDays: Sendable {
        var peakSpread = SIMD4<Double>()
        var stress = SIMD4<Double>()
    }

    /// The kinds that set a date's pressure, one of each kind (`kind(of:)` gives their index).
    private static let representativeKinds: [MonthCalendar.Kinds] = [
        [], [.taxDate], [.monthEnd], [.monthEnd, .quarterEnd],
    ]

    /// Which of the four kinds a date is: the distinctions `pressure(on:sheet:bankAssets:)` draws.
    static func kind(of kinds: MonthCalendar.Kinds) -> Int {
        kinds.contains(.monthEnd) ? (kinds.contains(.quarterEnd) ? 3 : 2) : (kinds.contains(.taxDate) ? 1 : 0)
    }

    /// Each kind of date on `sheet`, the start's balance sheet.
    func baselineDays(sheet: BalanceSheet, bankAssets: Double) -> BaselineDays {
        var days = BaselineDays()
        for (index, kinds) in Self.representativeKinds.enumerated() {
            let date = MonthCalendar.Date(day: startDay, kinds: kinds)
            let day = lend(on: date, pressure(on: date, sheet: sheet, bankAssets: bankAssets), bankAssets: bankAssets)
            days.peakSpread[index] = day.pressureSpread
            days.stress[index] = stress(pressure: day.pressureSpread, loans: day.standingRepoLoans)
        }
        return days
    }

    /// The baseline stress of `month` ≥ 1: that of the day `worstDay` would pick among the month's dates
    /// on the start's sheet (the highest peak before the SRF, the later date on a tie).
    func baselineStress(month: Int, _ days: BaselineDays) -> Double {
        var worst: Int?
        for date in pressureDates(month: month) {
            let kind = Self.kind(of: date.kinds)
            if worst == nil || days.peakSpread[kind] >= days.peakSpread[worst!] { worst = kind }
        }
        // A month without dates reads its own day, a date of no kind.
        return days.stress[worst ?? 0]
    }
}
