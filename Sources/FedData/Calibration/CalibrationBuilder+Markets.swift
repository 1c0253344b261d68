import Foundation
import FedModel

/// Market volatilities measured from each price's or yield's own daily history before the start, in place
/// of the catalogue's round figures (which were one year's, 2024's): a start in 2022 meets 2022's bond
/// market, a start in 2024 a calm one.
///
/// - Central: the standard deviation of daily changes (log changes for prices, bp for yields) over the last
///   year of observations, annualised by the observations a year holds (252 trading days; 365 for crypto,
///   which trades every day).
/// - Band: the 5th and 95th percentiles of the same figure over every quarter-long window ending in that
///   year, so the Monte Carlo also draws calmer and rougher quarters than the year's average (vol moves
///   within months; the estimation error of a year's SD, about 4%, is far smaller).
/// A series with less than half a year of history before the start keeps the catalogue's figure.
extension CalibrationBuilder {
    /// One market-noise parameter and the series that measures it.
    struct MarketVolatility {
        let parameter: String
        let identifier: String
        /// Observations in a year: 252 trading days, or 365 where the market never closes.
        let perYear: Int
        /// Prices move in percent of their level (log changes × 100); yields in bp (changes × 100).
        let isPrice: Bool
    }

    static let marketVolatilities: [MarketVolatility] = [
        .init(parameter: "vol_spx", identifier: "SP500", perYear: 252, isPrice: true),
        .init(parameter: "vol_ndx", identifier: "NASDAQCOM", perYear: 252, isPrice: true),
        .init(parameter: "vol_btc", identifier: "BTC-USD", perYear: 365, isPrice: true),
        .init(parameter: "vol_eth", identifier: "ETH-USD", perYear: 365, isPrice: true),
        .init(parameter: "vol_y2", identifier: "DGS2", perYear: 252, isPrice: false),
        .init(parameter: "vol_y10", identifier: "DGS10", perYear: 252, isPrice: false),
    ]

    func marketVolatilityFits(through day: Day) throws(DataError) -> [Calibration.Fit] {
        var fits: [Calibration.Fit] = []
        for market in Self.marketVolatilities {
            let history = Array(
                try WeeklyPanel.values(market.identifier, library, through: day).suffix(market.perYear + 1))
            guard history.count > market.perYear / 2, let first = history.first, let last = history.last else {
                continue
            }
            let changes = zip(history.dropFirst(), history).map { next, previous in
                market.isPrice ? 100 * log(next.1 / previous.1) : 100 * (next.1 - previous.1)
            }
            guard changes.allSatisfy(\.isFinite) else { continue }
            let annualised = { (window: ArraySlice<Double>) in
                Statistics.standardDeviation(Array(window)) * Double(market.perYear).squareRoot()
            }
            let quarter = market.perYear / 4
            let quarters = stride(from: quarter, through: changes.count, by: 1).map { end in
                annualised(changes[(end - quarter)..<end])
            }.sorted()
            let central = annualised(changes[...])
            fits.append(
                .init(
                    name: market.parameter, central: central,
                    low: Statistics.quantile(quarters, 0.05), high: Statistics.quantile(quarters, 0.95),
                    source: "fit to \(market.identifier), \(first.0)..\(last.0), \(changes.count) daily changes "
                        + "(band: quarter-long windows, p5 … p95)"))
        }
        return fits
    }
}
