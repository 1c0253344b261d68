import Foundation

/// One path through the months: what carries from one month end to the next, and the rates that
/// stay fixed along the path. Small and free of references, so Monte Carlo can keep one per draw
/// and advance them all a month at a time.
package struct SimulationPath: Sendable {
    /// The next month to simulate (0 is the decision).
    package internal(set) var month = 0
    var sheet: BalanceSheet
    var bankAssets: Double
    var gdp: Double
    /// 10-year equivalents taken out of private hands so far ($B), by where they come from.
    var duration = DurationPieces()
    /// Month 0's net liquidity, the level the liquidity channel moves from.
    var startNetLiquidity = 0.0
    /// Each kind of pressure date on month 0's balance sheet: the funding-stress channel's baseline.
    var baseline = Simulation.BaselineDays()

    let monthlyCurrency: Double
    let monthlyBankAssets: Double
    let monthlyGDP: Double
    let treasuryAccountLevel: Double
    let baseReverseRepo: Double
    /// Reserves (% of bank assets) above which reserves spill into ON RRP: where the curve turns
    /// abundant, or (a fitted curve may be flat where reserves start) the start's ratio if higher.
    let abundantRatio: Double

    /// The path at month 0 of `simulation`'s scenario, start state and parameters.
    init(_ simulation: Simulation) {
        let scenario = simulation.scenario, start = simulation.start, parameters = simulation.parameters
        sheet = BalanceSheet(start: start)
        baseReverseRepo = scenario.startingReverseRepo ?? start.overnightReverseRepo
        if let level = scenario.tgaLevel { sheet.treasuryGeneralAccount = level }
        bankAssets = start.bankAssets
        gdp = start.nominalGDP
        monthlyCurrency = pow(1 + scenario.currencyGrowth + parameters.currencyGrowthMiss, 1.0 / 12) - 1
        monthlyBankAssets = pow(1 + scenario.bankAssetGrowth + parameters.bankAssetGrowthMiss, 1.0 / 12) - 1
        monthlyGDP = pow(1 + scenario.gdpGrowth, 1.0 / 12) - 1
        treasuryAccountLevel = scenario.tgaLevel ?? start.treasuryGeneralAccount
        let curveRatio = simulation.curve.ratio(whereSlopeMagnitudeIs: ReserveRegime.abundantBelow)
        if scenario.calibration != nil {
            abundantRatio = max(curveRatio, BalanceSheet(start: start).reserves / start.bankAssets * 100)
        } else {
            abundantRatio = curveRatio
        }
    }

    /// Months of net-liquidity history `advance` reads back for a liquidity lag of at most `lag`.
    static func historyLength(forLag lag: Double, months: Int) -> Int {
        guard lag.isFinite, lag >= 0 else { return months }
        return min(months, Int(lag.rounded(.down)) + 2)
    }
}

