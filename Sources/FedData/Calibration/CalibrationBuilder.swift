import Foundation
import FedModel

/// Estimates the data-driven parameters for a start date from observations dated on or before it
/// (docs/MODEL.md §3a gives the method). Deterministic and fast: a few thousand rows of arithmetic.
///
/// - Reserve demand: the local slope of EFFR − IORB on reserves / bank assets, by least squares over
///   the last `demandWeeks` weeks (so the curve shifts as the window moves), clipped at zero; the level
///   from the last `levelWeeks` weeks. The exponential shape keeps the catalogue's `demand_decay`, and
///   `demand_scale`, `demand_floor` are set so that the curve has the fitted level and slope at the start.
/// - Repo premium: SOFR − EFFR over the last `repoWeeks` weeks, less the slope term the model adds.
/// - Month-end peak: SOFR − IORB on the days around each of the last six month ends over that month's
///   mean, per unit of fitted slope (at least 0.5 bp/pp).
/// - Exogenous bands: see `CalibrationBuilder+Exogenous.swift`; market volatilities:
///   `CalibrationBuilder+Markets.swift`.
package struct CalibrationBuilder: Sendable {
    package static let demandWeeks = 26
    package static let levelWeeks = 4
    package static let repoWeeks = 8
    package static let monthEnds = 6

    package let library: SeriesLibrary

    package init(library: SeriesLibrary) { self.library = library }

    package func build(on day: Day) throws(DataError) -> CalibrationReport {
        let panel = try WeeklyPanel(library: library, through: day)
        let window = Array(panel.weeks.suffix(Self.demandWeeks))
        guard let last = window.last, let first = window.first,
              let line = LineFit(x: window.map(\.ratio), y: window.map(\.fundsSpread)) else {
            throw DataError(file: "WRESBAL", .noObservation(identifier: "WRESBAL", day: day))
        }
        let decay = ModelParameter.named("demand_decay")!.central
        let slope = min(0, line.slope)
        let slopeLow = min(0, line.slope - Statistics.ninetyPercent * line.slopeError)
        let slopeHigh = min(0, line.slope + Statistics.ninetyPercent * line.slopeError)
        let recent = window.suffix(Self.levelWeeks).map(\.fundsSpread)
        let level = Statistics.mean(recent)
        // A predictive band: the weekly scatter about the fitted line (the level moves by about that
        // much within months); EFFR prints in whole bp, so never under half a bp.
        let levelError = max(0.5, line.residualError)
        // demand_scale is held to its domain (at least 0.5bp): a flat fit keeps a slight slope, and the
        // floor is set so that the curve still passes through the level at the start's ratio.
        let least = ModelParameter.named("demand_scale")!.domain.lowerBound
        let toScale = { (magnitude: Double) in max(least, magnitude / decay * exp(decay * (last.ratio - 12))) }
        let floor = level - toScale(-slope) * exp(-decay * (last.ratio - 12))
        let reserveRateName = ReserveRate.identifier(on: last.day)
        let demandSource = "fit to EFFR, \(reserveRateName), WRESBAL, TLAACBW027SBOG, \(first.day)..\(last.day), "
            + "\(window.count) weeks"
        var fits: [Calibration.Fit] = [
            .init(
                name: "demand_scale", central: toScale(-slope), low: toScale(-slopeHigh), high: toScale(-slopeLow),
                source: demandSource + " (local slope \(Self.number(slope)) bp/pp at \(Self.number(last.ratio))%)"),
            .init(
                name: "demand_floor", central: floor,
                low: floor - Statistics.ninetyPercent * levelError, high: floor + Statistics.ninetyPercent * levelError,
                source: demandSource + " (level \(Self.number(level))bp over the last \(recent.count) weeks)"),
        ]
        let repoWindow = panel.weeks.suffix(Self.repoWeeks).compactMap(\.repoOverFunds)
        let repoScatter = window.compactMap(\.repoOverFunds)
        let perSlope = ModelParameter.named("repo_premium_per_slope")!.central
        if repoWindow.count >= 4, let repoFirst = panel.weeks.suffix(Self.repoWeeks).first {
            let premium = Statistics.mean(repoWindow) - perSlope * abs(slope)
            // Predictive, like the level: the week-to-week scatter of SOFR − EFFR over the demand window.
            let error = max(1, Statistics.standardDeviation(repoScatter))
            fits.append(
                .init(
                    name: "repo_premium_base", central: premium,
                    low: premium - Statistics.ninetyPercent * error, high: premium + Statistics.ninetyPercent * error,
                    source: "fit to SOFR, EFFR, \(repoFirst.day)..\(last.day), \(repoWindow.count) weeks"))
        }
        let peaks = try monthEndExcess(through: day)
        if peaks.excess.count >= 3 {
            let magnitude = max(0.5, abs(slope))
            let perUnit = max(0, Statistics.mean(peaks.excess) / magnitude)
            let error = Statistics.standardDeviation(peaks.excess) / Double(peaks.excess.count).squareRoot() / magnitude
            fits.append(.init(name: "peak_per_slope", central: perUnit,
                              low: max(0, perUnit - Statistics.ninetyPercent * error),
                              high: perUnit + Statistics.ninetyPercent * error,
                              source: "fit to SOFR, \(reserveRateName), month ends \(peaks.first)..\(peaks.last), "
                                  + "\(peaks.excess.count) months"))
        }
        fits += try calendarFits(through: day)
        let exogenous = try exogenousBands(through: day)
        fits += exogenous.replacedMisses
        fits += try marketVolatilityFits(through: day)
        let calibration = Calibration(asOf: day.description, fits: fits, exogenous: exogenous.bands)
        return CalibrationReport(
            day: day, calibration: calibration, demandWindow: window.map { ($0.day, $0.ratio, $0.fundsSpread) },
            line: line, slope: slope, slopeLow: slopeLow, slopeHigh: slopeHigh, level: level, ratio: last.ratio)
    }

    /// Each of the last `monthEnds` month ends: the highest SOFR − IORB from two days before to two
    /// days after it, less the month's mean SOFR − IORB (bp).
    private func monthEndExcess(through day: Day) throws(DataError) -> (excess: [Double], first: Day, last: Day) {
        guard let sofr = try? WeeklyPanel.values("SOFR", library, through: day), !sofr.isEmpty else {
            return ([], day, day)
        }
        let reserveRate = try ReserveRate(library: library, through: day)
        var byMonth: [Int: [(Day, Double)]] = [:]
        for (date, value) in sofr {
            guard let rate = reserveRate.rate(on: date) else { continue }
            let (year, month, _) = date.components
            byMonth[year * 12 + month - 1, default: []].append((date, (value - rate) * 100))
        }
        // Complete months only: the month end and the two days after it must be on or before `day`.
        let months = byMonth.keys.sorted().filter { key in
            guard let next = byMonth[key + 1], let lastDay = next.last?.0 else { return false }
            return lastDay.ordinal - (next.first?.0.ordinal ?? 0) >= 2
        }.suffix(Self.monthEnds)
        var excess: [Double] = []
        var firstEnd = day, lastEnd = day
        for (index, key) in months.enumerated() {
            let rows = byMonth[key]!
            let end = rows.last!.0
            let around = (rows + (byMonth[key + 1] ?? [])).filter { abs($0.0.ordinal - end.ordinal) <= 2 }.map(\.1)
            excess.append((around.max() ?? 0) - Statistics.mean(rows.map(\.1)))
            if index == 0 { firstEnd = end }
            lastEnd = end
        }
        return (excess, firstEnd, lastEnd)
    }

    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
}
