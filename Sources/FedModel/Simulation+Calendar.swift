import Foundation

/// The month's worst day: the model keeps its monthly step (the balance sheet and the monthly average
/// spreads), and evaluates each of the month's pressure dates (`MonthCalendar`) on that month's balance
/// sheet. On a date the TGA moves by its fitted swing and, at a month end, money funds put cash into ON
/// RRP as TGCR − ON RRP sets; both drain reserves for the day. The date with the highest repo peak is
/// the month's worst day; the SRF lends on that day only, overnight, and damps the peak more the more it
/// lends (docs/MODEL.md §3d).
extension Simulation {
    /// One day's repo pressure.
    package struct PeakDay: Sendable, Equatable {
        package var day: CalendarDay
        package var kinds: MonthCalendar.Kinds
        /// SOFR − IORB at the day's peak, after the SRF, and before it: the strain banks met (bp).
        package var peakSpread: Double
        package var pressureSpread: Double
        /// SRF loans that day ($B; they mature the next morning).
        package var standingRepoLoans: Double
        /// The TGA's move over its monthly level and the ON RRP's inflow that day ($B).
        package var treasuryAccountSwing: Double
        package var reverseRepoInflow: Double
    }

    /// The SRF's aggregate daily limit before the 10 Dec 2025 decision removed it ($B).
    package static let standingRepoAggregateLimit = 500.0
    package static let aggregateLimitRemoved = CalendarDay(year: 2025, month: 12, day: 10)
    /// TGCR − ON RRP rate (bp) within which the month-end ON RRP fit applies.
    static let reverseRepoSpreads = 0.0...15.0

    /// The start day.
    package var startDay: CalendarDay {
        CalendarDay(year: start.calendarYear, month: start.calendarMonth, day: start.calendarDay)
    }

    /// The day `month` months after the start (the start's day of month, or the month's last day).
    package func day(month: Int) -> CalendarDay { Self.day(month: month, after: start) }

    static func day(month: Int, after start: StartState) -> CalendarDay {
        let calendar = MonthCalendar(year: start.calendarYear, month: start.calendarMonth, plus: month)
        let last = CalendarDay.monthEnd(year: calendar.year, month: calendar.month)
        return CalendarDay(year: calendar.year, month: calendar.month, day: min(start.calendarDay, last.components.day))
    }

    /// The pressure dates of month `month` ≥ 1: those after the day a month earlier, up to its own day
    /// (10 Dec 2025's month 1 runs to 10 Jan 2026 and holds 15 and 31 Dec). Months up to the horizon come
    /// from the table shared by every simulation from the same start day (`PressureDateTable`).
    package func pressureDates(month: Int) -> [MonthCalendar.Date] {
        month < pressureDatesByMonth.count
            ? pressureDatesByMonth[month] : Self.pressureDates(month: month, after: start)
    }

    static func pressureDates(month: Int, after start: StartState) -> [MonthCalendar.Date] {
        guard month > 0 else { return [] }
        let from = day(month: month - 1, after: start), through = day(month: month, after: start)
        return [month - 1, month].flatMap { offset in
            MonthCalendar(year: start.calendarYear, month: start.calendarMonth, plus: offset).dates
        }.filter { $0.day > from && $0.day <= through }
    }

    /// The worst day of `month` on `sheet` (the month's balance sheet before any SRF loans). Month 0
    /// is the start day alone: its TGA and ON RRP are the data's, and it has the SRF loans the data show.
    func worstDay(month: Int, sheet: BalanceSheet, bankAssets: Double) -> PeakDay {
        guard month > 0 else {
            let day = startDay
            let kinds = MonthCalendar(year: start.calendarYear, month: start.calendarMonth).kinds(of: day)
            let point = curve.point(sheet.reserves / bankAssets * 100)
            let peak = kinds.isEmpty ? point.repoSpread : point.repoPeakSpread
            return PeakDay(day: day, kinds: kinds, peakSpread: peak, pressureSpread: peak,
                           standingRepoLoans: start.standingRepoLoans, treasuryAccountSwing: 0, reverseRepoInflow: 0)
        }
        // The worst day is the one the market finds tightest, before the facility lends.
        var worst: (date: MonthCalendar.Date, pressure: Pressure)?
        for date in pressureDates(month: month) {
            let pressure = pressure(on: date, sheet: sheet, bankAssets: bankAssets)
            if worst == nil || pressure.peakSpread >= worst!.pressure.peakSpread { worst = (date, pressure) }
        }
        guard let worst else {
            // Every month holds a 15th or a month end; a month without either reads its own day.
            let date = MonthCalendar.Date(day: day(month: month), kinds: [])
            return lend(on: date, pressure(on: date, sheet: sheet, bankAssets: bankAssets), bankAssets: bankAssets)
        }
        return lend(on: worst.date, worst.pressure, bankAssets: bankAssets)
    }

    /// One date before the SRF: the reserves the TGA swing and the ON RRP inflow leave, and the peak the
    /// curve reads there.
    struct Pressure {
        var reserves: Double
        var peakSpread: Double
        var treasuryAccountSwing: Double
        var reverseRepoInflow: Double
    }

    func pressure(on date: MonthCalendar.Date, sheet: BalanceSheet, bankAssets: Double) -> Pressure {
        // The TGA cannot go below zero, nor take more than the reserves there are.
        let swing = min(max(treasuryAccountSwing(date.kinds), -sheet.treasuryGeneralAccount), max(0, sheet.reserves))
        var reserves = sheet.reserves - swing
        var point = curve.point(reserves / bankAssets * 100)
        var inflow = 0.0
        if date.kinds.contains(.monthEnd) {
            // The model's repo rate stands for TGCR here (SOFR − TGCR is a few bp), held to the spreads the
            // fit saw (TGCR − ON RRP of 0 to 15bp in 2023–25): a line fitted there says nothing of 2019's +50bp.
            let spread = min(max(point.repoSpread - corridor.reverseRepoSpread, Self.reverseRepoSpreads.lowerBound),
                             Self.reverseRepoSpreads.upperBound)
            let quarterEnd = date.kinds.contains(.quarterEnd) ? parameters.reverseRepoQuarterEndInflow : 0
            let wanted = parameters.reverseRepoPeakInflow + quarterEnd
                + parameters.reverseRepoPeakInflowPerSpread * spread
            inflow = min(max(0, wanted), max(0, reserves))
            if inflow > 0 {
                reserves -= inflow
                point = curve.point(reserves / bankAssets * 100)
            }
        }
        return Pressure(reserves: reserves, peakSpread: point.repoPeakSpread, treasuryAccountSwing: swing,
                        reverseRepoInflow: inflow)
    }

    /// The SRF on the worst day: it lends if the peak passes its rate, overnight, and removes more of the
    /// excess the more it lends (morning and afternoon operations, and no aggregate limit from December 2025).
    func lend(on date: MonthCalendar.Date, _ pressure: Pressure, bankAssets: Double) -> PeakDay {
        var day = PeakDay(day: date.day, kinds: date.kinds, peakSpread: pressure.peakSpread,
                          pressureSpread: pressure.peakSpread, standingRepoLoans: 0,
                          treasuryAccountSwing: pressure.treasuryAccountSwing,
                          reverseRepoInflow: pressure.reverseRepoInflow)
        guard let ceiling = corridor.standingRepoSpread, pressure.peakSpread > ceiling else { return day }
        let excess = pressure.peakSpread - ceiling
        var loans = min(parameters.standingRepoTakeUp * excess,
                        standingRepoLimit(ratio: pressure.reserves / bankAssets * 100, ceiling: ceiling,
                                          bankAssets: bankAssets))
        if startDay < Self.aggregateLimitRemoved { loans = min(loans, Self.standingRepoAggregateLimit) }
        // The share of the excess removed rises with the loans: none without loans, srf_damping at
        // srf_damping_scale, all of it in the limit; the peak left still rises with the pressure.
        let share = parameters.standingRepoDamping, lent = share * loans / max(1, parameters.standingRepoDampingScale)
        let damping = lent + (1 - share) > 0 ? lent / (lent + (1 - share)) : 1
        day.standingRepoLoans = loans
        day.peakSpread = ceiling + excess * (1 - damping)
        return day
    }

    /// The TGA's fitted move on a date of these kinds over its monthly level ($B).
    private func treasuryAccountSwing(_ kinds: MonthCalendar.Kinds) -> Double {
        if kinds.contains(.monthEnd) {
            return kinds.contains(.quarterEnd) ? parameters.treasuryAccountQuarterEndSwing
                : parameters.treasuryAccountMonthEndSwing
        }
        return kinds.contains(.taxDate) ? parameters.treasuryAccountTaxDateSwing
            : parameters.treasuryAccountSettlementSwing
    }
}
