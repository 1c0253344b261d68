/// How far the exogenous paths (TGA, ON RRP, currency, bank assets) may move from the scenario's
/// path at each horizon, measured from their own history: for each month t, quantiles of the
/// t-month changes, centred on their median so the central path is the scenario's.
package struct ExogenousBands: Sendable, Equatable {
    /// The quantiles of t-month changes ($B), for t = 1 … `quantiles.count`.
    package struct Spread: Sendable, Equatable {
        /// The probability levels of each row's values (0, 0.1, …, 1).
        package static let levels: [Double] = (0...10).map { Double($0) / 10 }
        /// quantiles[t − 1][k]: the change over t months at `levels[k]`, less the median.
        package var quantiles: [[Double]]
        /// The recent trend ($B per month) the central path follows (ON RRP's; 0 for the others,
        /// whose central path the scenario sets).
        package var drift: Double

        package init(quantiles: [[Double]], drift: Double = 0) {
            self.quantiles = quantiles
            self.drift = drift
        }

        /// The change ($B) at quantile `level` in month `month` (0 at month 0; the drift at the median).
        package func miss(month: Int, level: Double) -> Double {
            guard month > 0, !quantiles.isEmpty else { return 0 }
            return drift * Double(month) + centredMiss(month: month, level: level)
        }

        private func centredMiss(month: Int, level: Double) -> Double {
            let row = quantiles[min(month, quantiles.count) - 1]
            let position = min(max(level, 0), 1) * Double(row.count - 1)
            let lower = Int(position.rounded(.down)), upper = min(lower + 1, row.count - 1)
            let weight = position - Double(lower)
            return row[lower] + (row[upper] - row[lower]) * weight
        }

        /// p10 … p90 width at a month ($B).
        package func width(month: Int) -> Double {
            centredMiss(month: month, level: 0.9) - centredMiss(month: month, level: 0.1)
        }
    }

    package var treasuryGeneralAccount: Spread
    package var overnightReverseRepo: Spread
    package var currency: Spread
    package var bankAssets: Spread
    /// Everything else between total assets and reserves (foreign and other deposits, capital, the
    /// week-average gap): the model holds it flat, the data do not.
    package var otherLiabilities: Spread

    package init(treasuryGeneralAccount: Spread, overnightReverseRepo: Spread, currency: Spread, bankAssets: Spread,
                 otherLiabilities: Spread) {
        self.treasuryGeneralAccount = treasuryGeneralAccount
        self.overnightReverseRepo = overnightReverseRepo
        self.currency = currency
        self.bankAssets = bankAssets
        self.otherLiabilities = otherLiabilities
    }
}

/// One Monte Carlo draw's quantile level for each exogenous path (0.5: the central path).
package struct ExogenousDraw: Sendable, Equatable {
    package var treasuryGeneralAccount = 0.5
    package var overnightReverseRepo = 0.5
    package var currency = 0.5
    package var bankAssets = 0.5
    package var otherLiabilities = 0.5

    package init() {}

    package static let central = ExogenousDraw()

    /// Five uniforms from `random`, drawn after the parameters, in the order of the properties.
    init(random: inout RandomSource) {
        treasuryGeneralAccount = random.uniform()
        overnightReverseRepo = random.uniform()
        currency = random.uniform()
        bankAssets = random.uniform()
        otherLiabilities = random.uniform()
    }
}

/// Realised paths a conditional backtest feeds the model, by month (index 0 is the start).
package struct RealisedInputs: Sendable, Equatable {
    /// Securities held outright (bills + coupons + MBS), other assets (loans and the rest, SRF loans
    /// aside), TGA, currency, bank assets ($B).
    package var securities: [Double]
    package var otherAssets: [Double]
    package var treasuryGeneralAccount: [Double]
    package var currency: [Double]
    package var bankAssets: [Double]

    package init(securities: [Double], otherAssets: [Double], treasuryGeneralAccount: [Double], currency: [Double],
                 bankAssets: [Double]) {
        self.securities = securities
        self.otherAssets = otherAssets
        self.treasuryGeneralAccount = treasuryGeneralAccount
        self.currency = currency
        self.bankAssets = bankAssets
    }
}
