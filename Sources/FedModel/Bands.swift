/// p10 / p50 / p90 of every output, for every month, from a Monte Carlo run.
package struct Bands: Sendable, Equatable {
    /// One output's band in one month.
    package struct Band: Sendable, Equatable {
        package var p10: Double
        package var p50: Double
        package var p90: Double
    }

    package let draws: Int
    package let seed: Int
    /// Indexed by output, then month.
    package let bands: [Output: [Band]]
    /// Share of draws in each regime, by month.
    package let regimeShares: [[ReserveRegime: Double]]

    package func band(_ output: Output, month: Int) -> Band? {
        guard let series = bands[output], series.indices.contains(month) else { return nil }
        return series[month]
    }
}
