import FedModel

/// The one-line warnings under a report: where repo passes the SRF rate, regime changes, spikes
/// with no facility, and how small the policy effect is beside the noise.
struct ReportWarnings {
    let results: Results

    var lines: [String] {
        var lines: [String] = []
        let corridor = Corridor(start: results.start, rateCut: results.scenario.rateCut)
        let path = results.path
        // The model capping itself comes first: the headline shows only the first note.
        let floorMonths = path.filter { $0.reserveFloorCut > 0 }.map(\.month)
        if !floorMonths.isEmpty {
            let most = path.map(\.reserveFloorCut).max() ?? 0
            // The balance sheet cannot fund the ON RRP, TGA and currency asked for: docs/MODEL.md §4d′.
            lines.append("reserves floor: ON RRP, TGA, currency cut by up to \(ReportFormat.money(most)) "
                + "in \(Self.months(floorMonths)) (MODEL.md §4d′)")
        }
        let srfMonths = path.filter { $0.peakDayStandingRepoLoans > 0.5 }.map(\.month)
        if let ceiling = corridor.standingRepoSpread, !srfMonths.isEmpty {
            let peak = path.map(\.peakDayStandingRepoLoans).max() ?? 0
            lines.append(
                """
                    repo peaks pass the SRF rate (\(ReportFormat.signed(ceiling, decimals: 0, unit: "bp"))) in \
                    \(Self.months(srfMonths)); SRF loans up to \(ReportFormat.money(peak))
                    """
            )
        }
        if corridor.standingRepoSpread == nil, let worst = path.max(by: { $0.repoPeakSpread < $1.repoPeakSpread }),
            worst.repoPeakSpread > 25
        {
            lines.append(
                """
                    no standing repo facility: month-end repo reaches \
                    \(ReportFormat.signed(worst.repoPeakSpread, decimals: 0, unit: "bp")) over IORB in month \
                    \(worst.month)
                    """
            )
        }
        if let change = path.first(where: { $0.regime != path[0].regime }) {
            lines.append(
                "regime moves from \(path[0].regime.rawValue) to \(change.regime.rawValue) in month \(change.month)")
        }
        let horizon = path.count - 1
        let scarceShare = results.bands.regimeShares[horizon][.scarce] ?? 0
        if path[horizon].regime != .scarce, scarceShare >= 0.05 {
            lines.append("scarce at month \(horizon) in \(Int((scarceShare * 100).rounded()))% of draws")
        }
        let spill = path.map(\.balanceSheet.overnightReverseRepo).max() ?? 0
        if spill > (path.first?.balanceSheet.overnightReverseRepo ?? 0) + 1 {
            lines.append(
                "reserves beyond the abundant threshold spill into ON RRP (up to \(ReportFormat.money(spill)))")
        }
        if let band = results.bands.band(.btc, month: horizon) {
            let effect = path[horizon].assets.btc.total
            lines.append(
                """
                    Bitcoin: policy effect \(ReportFormat.signed(effect, decimals: 1, unit: "%")) beside a noise band \
                    of \(ReportFormat.band(.btc, band))
                    """
            )
        }
        if path[horizon].assets.spx.liquidity != 0 {
            lines.append("liquidity channel: weak evidence, its range includes zero ('help liquidity')")
        }
        if results.bands.draws < 500 {
            lines.append("only \(results.bands.draws) draws: the bands are rough")
        }
        return lines
    }

    /// "months 0–4, 6": runs of consecutive months.
    static func months(_ months: [Int]) -> String {
        var runs: [String] = []
        var index = 0
        while index < months.count {
            var end = index
            while end + 1 < months.count, months[end + 1] == months[end] + 1 { end += 1 }
            runs.append(end == index ? "\(months[index])" : "\(months[index])–\(months[end])")
            index = end + 1
        }
        return (months.count == 1 ? "month " : "months ") + runs.joined(separator: ", ")
    }
}
