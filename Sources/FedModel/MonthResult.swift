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
    /// EFFR − IORB, SOFR − IORB (monthly average) and SOFR − IORB at the month-end peak (bp).
    package var fundsSpread: Double
    package var repoSpread: Double
    package var repoPeakSpread: Double
    /// TGCR − IORB, monthly average (bp), and the day of the month's peak (days since 1 Jan 1970).
    package var triPartySpread = 0.0
    package var peakDay = 0
    /// Markets, central values by channel.
    package var assets: AssetMoves
    /// What the reserves floor took this month ($B): ON RRP, TGA and currency it cut and QT runoff it
    /// held back so that reserves stay at zero or above; 0 in any ordinary scenario.
    package var reserveFloorCut: Double = 0
}
