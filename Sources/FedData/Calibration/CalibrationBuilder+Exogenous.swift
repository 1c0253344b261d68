import FedModel

/// The exogenous paths' uncertainty, measured from their own history: for each horizon t of 1 to 12
/// months, the quantiles of every t-month change in the last `historyWeeks` weeks of the series
/// (weekly data; t months = round(52t/12) weeks), centred on the median.
extension CalibrationBuilder {
    package static let historyWeeks = 104
    package static let bandMonths = 12
    /// The weeks (a quarter) over which ON RRP's trend is measured.
    package static let trendWeeks = 13

    func exogenousBands(through day: Day) throws(DataError) -> (
        bands: ExogenousBands, replacedMisses: [Calibration.Fit]
    ) {
        var sources: [String] = []
        func spread(_ identifier: String, trend: Bool = false) throws(DataError) -> ExogenousBands.Spread {
            let history = Array(try WeeklyPanel.values(identifier, library, through: day).suffix(Self.historyWeeks + 1))
            if let first = history.first, let last = history.last {
                sources.append("\(identifier) \(first.0)..\(last.0)")
            }
            var spread = Self.spread(of: history.map(\.1))
            // ON RRP follows its last quarter's trend (money funds leave it over months as bills and
            // repo pay more); the scenario sets no path for it.
            if trend, history.count > Self.trendWeeks {
                spread.drift = (history[history.count - 1].1 - history[history.count - 1 - Self.trendWeeks].1) / 3
            }
            return spread
        }
        let bands = ExogenousBands(
            treasuryGeneralAccount: try spread("WDTGAL"), overnightReverseRepo: try spread("WLRRAOL", trend: true),
            currency: try spread("WCICL"), bankAssets: try spread("TLAACBW027SBOG"),
            otherLiabilities: try otherLiabilities(through: day, sources: &sources))
        let source = "replaced by the band of measured t-month changes (\(sources.joined(separator: ", ")))"
        let misses = ["tga_miss", "currency_growth_miss", "bank_asset_growth_miss"].map { name in
            Calibration.Fit(name: name, central: 0, low: 0, high: 0, source: source)
        }
        return (bands, misses)
    }

    /// WALCL less reserves, currency, TGA and ON RRP, week by week: the lines the model holds flat.
    private func otherLiabilities(through day: Day, sources: inout [String]) throws(DataError) -> ExogenousBands.Spread
    {
        let total = try WeeklyPanel.values("WALCL", library, through: day)
        var lines: [[Day: Double]] = []
        for identifier in ["WRESBAL", "WCICL", "WDTGAL", "WLRRAOL"] {
            lines.append(try WeeklyPanel.dictionary(identifier, library, through: day))
        }
        let rest = total.compactMap { week, assets -> (Day, Double)? in
            let listed = lines.compactMap { $0[week] }
            return listed.count == lines.count ? (week, assets - listed.reduce(0, +)) : nil
        }.suffix(Self.historyWeeks + 1)
        if let first = rest.first, let last = rest.last {
            sources.append("WALCL − WRESBAL − WCICL − WDTGAL − WLRRAOL \(first.0)..\(last.0)")
        }
        return Self.spread(of: rest.map(\.1))
    }

    /// The centred quantiles of t-month changes, t = 1 … `bandMonths`, of weekly `values` ($B).
    static func spread(of values: [Double]) -> ExogenousBands.Spread {
        var rows: [[Double]] = []
        for month in 1...bandMonths {
            let weeks = Int((Double(month) * 52 / 12).rounded())
            guard values.count > weeks else { break }
            let changes = (weeks..<values.count).map { values[$0] - values[$0 - weeks] }.sorted()
            let median = Statistics.quantile(changes, 0.5)
            rows.append(ExogenousBands.Spread.levels.map { Statistics.quantile(changes, $0) - median })
        }
        return ExogenousBands.Spread(quantiles: rows)
    }
}
