import FedModel

/// The fits of the in-month calendar (docs/MODEL.md §3d), from data dated on or before the start:
/// - TGA swings: on each of the last `calendarMonths` complete months, the daily TGA (TGA_DTS) on the
///   15th (next weekday) and on the last weekday, less the month's mean; by kind of date, the median is
///   the central value and p10 … p90 the band (April month ends aside: `tga_april_swing` is the scenario's).
/// - SRF take-up: RPONTSYD against SOFR − the SRF rate (the top of the range), on the days of the last
///   two years when SOFR printed above it; a line through zero, its 90% band from the slope's error.
/// - ON RRP at month ends: RRPONTSYD on the last day of each of the last `reverseRepoMonths` months over
///   its mean of the five days before, on a constant, a quarter-end indicator and TGCR − the ON RRP rate
///   (RRPONTSYAWARD) over those days.
extension CalibrationBuilder {
    package static let calendarMonths = 36
    package static let reverseRepoMonths = 24
    package static let facilityWindowDays = 730
    static let facilityStart = Day(year: 2021, month: 7, day: 28)!

    func calendarFits(through day: Day) throws(DataError) -> [Calibration.Fit] {
        var fits = try treasuryAccountSwings(through: day)
        if let fit = try standingRepoTakeUp(through: day) { fits.append(fit) }
        fits += try reverseRepoInflow(through: day)
        return fits
    }

    /// Complete calendar months of a daily series on or before `day`, oldest first (a month is complete
    /// when a later month has an observation).
    private func months(_ identifier: String, through day: Day) throws(DataError) -> [[(Day, Double)]] {
        var byMonth: [Int: [(Day, Double)]] = [:]
        for (date, value) in (try? WeeklyPanel.values(identifier, library, through: day)) ?? [] {
            let (year, month, _) = date.components
            byMonth[year * 12 + month - 1, default: []].append((date, value))
        }
        let keys = byMonth.keys.sorted()
        return keys.dropLast().map { byMonth[$0]! }
    }

    private func treasuryAccountSwings(through day: Day) throws(DataError) -> [Calibration.Fit] {
        let recent = try months("TGA_DTS", through: day).suffix(Self.calendarMonths)
        var swings: [String: [Double]] = [:]
        for rows in recent {
            let mean = Statistics.mean(rows.map(\.1))
            let month = rows[0].0.components.month
            if let middle = rows.first(where: { $0.0.components.day >= 15 }) {
                let name = MonthCalendar.taxMonths.contains(month) ? "tga_tax_date_swing" : "tga_settlement_swing"
                swings[name, default: []].append(middle.1 - mean)
            }
            if month != 4, let end = rows.last {
                let name = month % 3 == 0 ? "tga_quarter_end_swing" : "tga_month_end_swing"
                swings[name, default: []].append(end.1 - mean)
            }
        }
        guard let first = recent.first?.first?.0, let last = recent.last?.last?.0 else { return [] }
        return swings.keys.sorted().compactMap { name in
            let values = swings[name]!.sorted()
            guard values.count >= 4 else { return nil }
            return Calibration.Fit(
                name: name, central: Statistics.quantile(values, 0.5), low: Statistics.quantile(values, 0.1),
                high: Statistics.quantile(values, 0.9),
                source: "fit to TGA_DTS, \(first)..\(last), \(values.count) dates (median; p10 … p90 of the dates)")
        }
    }

    private func standingRepoTakeUp(through day: Day) throws(DataError) -> Calibration.Fit? {
        guard day >= Self.facilityStart,
              let sofr = try? WeeklyPanel.values("SOFR", library, through: day),
              let top = try? WeeklyPanel.dictionary("DFEDTARU", library, through: day) else { return nil }
        let loans = (try? WeeklyPanel.dictionary("RPONTSYD", library, through: day)) ?? [:]
        let from = max(Self.facilityStart, day.adding(days: -Self.facilityWindowDays))
        var excess: [Double] = [], taken: [Double] = []
        for (date, rate) in sofr where date >= from {
            guard let ceiling = top[date], rate > ceiling else { continue }
            excess.append((rate - ceiling) * 100)
            taken.append(loans[date] ?? 0)
        }
        guard excess.count >= 3 else { return nil }
        let sxx = zip(excess, excess).reduce(0) { $0 + $1.0 * $1.1 }
        let slope = zip(excess, taken).reduce(0) { $0 + $1.0 * $1.1 } / sxx
        let residual = zip(excess, taken).reduce(0) { $0 + ($1.1 - slope * $1.0) * ($1.1 - slope * $1.0) }
        let error = (residual / Double(excess.count - 1) / sxx).squareRoot()
        return Calibration.Fit(
            name: "srf_take_up", central: slope, low: max(0, slope - Statistics.ninetyPercent * error),
            high: slope + Statistics.ninetyPercent * error,
            source: "fit to RPONTSYD, SOFR, DFEDTARU, \(from)..\(day), \(excess.count) days with SOFR above "
                + "the SRF rate")
    }

    private func reverseRepoInflow(through day: Day) throws(DataError) -> [Calibration.Fit] {
        guard let balances = try? WeeklyPanel.values("RRPONTSYD", library, through: day),
              let award = try? WeeklyPanel.dictionary("RRPONTSYAWARD", library, through: day),
              let triParty = try? WeeklyPanel.dictionary("TGCR", library, through: day) else { return [] }
        var spreads: [Double] = [], inflows: [Double] = [], quarterEnds: [Bool] = [], dates: [Day] = []
        let ends = balances.indices.filter { index in
            index >= 5 && index + 1 < balances.count
                && balances[index].0.components.month != balances[index + 1].0.components.month
        }
        for index in ends {
            let before = balances[(index - 5)..<index]
            let spread = before.compactMap { date, _ in
                triParty[date].flatMap { rate in award[date].map { (rate - $0) * 100 } }
            }
            guard spread.count >= 3 else { continue }
            spreads.append(Statistics.mean(spread))
            inflows.append(balances[index].1 - Statistics.mean(before.map(\.1)))
            quarterEnds.append(balances[index].0.components.month % 3 == 0)
            dates.append(balances[index].0)
        }
        let recent = max(0, spreads.count - Self.reverseRepoMonths)
        guard let line = IndicatorLineFit(indicator: Array(quarterEnds[recent...]), x: Array(spreads[recent...]),
                                          y: Array(inflows[recent...])),
              let first = dates.dropFirst(recent).first, let last = dates.last else { return [] }
        let source = "fit to RRPONTSYD, TGCR, RRPONTSYAWARD, month ends \(first)..\(last), "
            + "\(dates.count - recent) months"
        let z = Statistics.ninetyPercent
        let names = ["rrp_peak_inflow", "rrp_quarter_end_inflow", "rrp_peak_inflow_per_bp"]
        let roles = ["intercept", "quarter ends", "slope on TGCR − ON RRP"]
        return (0..<3).map { index in
            let value = line.coefficients[index], error = line.errors[index]
            return .init(name: names[index], central: value, low: value - z * error, high: value + z * error,
                         source: source + " (\(roles[index]))")
        }
    }
}
