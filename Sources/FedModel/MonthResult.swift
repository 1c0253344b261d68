/// Everything the model knows about one month end: the balance sheet, money markets and assets.
package struct MonthResult: Sendable, Equatable {
    /// 0 is the decision; month t is t months later.
    package var month: Int
    package var balanceSheet: BalanceSheet
    package var flows: MonthFlows
    /// Commercial-bank total assets and nominal GDP ($B).
    package var bankAssets: Double
    package var nominalGDP: Double
    /// Reserves as % of bank assets (before the month-end SRF loans, which last a day).
    package var reserveRatio: Double
    /// Slope of the reserve demand curve at that ratio (bp per pp; negative).
    package var demandSlope: Double
    package var regime: ReserveRegime
    /// EFFR − IORB, SOFR − IORB (monthly average) and SOFR − IORB on the month's worst day (bp).
    package var fundsSpread: Double
    package var repoSpread: Double
    package var repoPeakSpread: Double
    /// TGCR − IORB, monthly average (bp).
    package var triPartySpread = 0.0
    /// The month's worst day (days since 1 Jan 1970), the SRF loans that day (overnight: not in the month's
    /// balance sheet after month 0), the TGA's swing and ON RRP's inflow on it ($B).
    package var peakDay = 0
    package var peakDayStandingRepoLoans = 0.0
    /// The worst day's peak before the SRF (bp): the funding stress the channel reads.
    package var peakDayPressure = 0.0
    package var peakDayTreasurySwing = 0.0
    package var peakDayReverseRepoInflow = 0.0
    /// Funding stress on the worst day (bp: the peak before the SRF beyond the threshold, plus SRF use),
    /// and on the same dates with the start's balance sheet: the channel moves prices by the difference.
    package var fundingStress = 0.0
    package var baselineFundingStress = 0.0
    /// Markets, central values by channel.
    package var assets: AssetMoves
    /// What the reserves floor took this month ($B): ON RRP, TGA and currency it cut and QT runoff it
    /// held back so that reserves stay at zero or above; 0 in any ordinary scenario.
    package var reserveFloorCut: Double = 0
}
