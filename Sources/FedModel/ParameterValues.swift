/// The values of every model parameter for one run: the central set, a Monte Carlo draw, or a set
/// with a user's overrides. Field meanings, units and sources are in `ModelParameter.catalog`.
package struct ParameterValues: Sendable, Equatable {
    // Reserve demand curve: spread(r) = floor + scale · exp(−decay · (r − 12)), r in % of bank assets.
    package var demandFloor = 0.0
    package var demandScale = 0.0
    package var demandDecay = 0.0
    // Repo over fed funds, and month-end peaks.
    package var repoPremiumBase = 0.0
    package var repoPremiumPerSlope = 0.0
    package var peakPerSlope = 0.0
    package var triPartyBelowRepo = 0.0
    package var standingRepoTakeUp = 0.0
    package var standingRepoDamping = 0.0
    package var reverseRepoSpill = 0.0
    package var standingRepoDampingScale = 0.0
    // The in-month calendar: the TGA's swings on its dates, ON RRP's month-end inflow.
    package var treasuryAccountTaxDateSwing = 0.0
    package var treasuryAccountSettlementSwing = 0.0
    package var treasuryAccountMonthEndSwing = 0.0
    package var treasuryAccountQuarterEndSwing = 0.0
    package var reverseRepoPeakInflow = 0.0
    package var reverseRepoQuarterEndInflow = 0.0
    package var reverseRepoPeakInflowPerSpread = 0.0
    package var repoOperationDamping = 0.0
    // Balance sheet.
    package var mortgagePaydown = 0.0
    package var treasuryRunoffCap = 0.0
    package var treasuryAccountMiss = 0.0
    package var currencyGrowthMiss = 0.0
    package var bankAssetGrowthMiss = 0.0
    // Surprise channel.
    package var surpriseTwoYear = 0.0
    package var surpriseTenYear = 0.0
    package var surpriseEquity = 0.0
    package var expectedEquity = 0.0
    package var pathTwoYear = 0.0
    package var pathTenYear = 0.0
    package var pathEquity = 0.0
    package var techMultiplier = 0.0
    package var bitcoinBeta = 0.0
    package var etherBeta = 0.0
    // Liquidity channel.
    package var liquidityEquity = 0.0
    package var liquidityLag = 0.0
    // Duration channel.
    package var billDuration = 0.0
    package var shortCouponDuration = 0.0
    package var couponDuration = 0.0
    package var mortgageDuration = 0.0
    package var tenYearDuration = 0.0
    package var termPremiumPerTenYearEquivalent = 0.0
    package var twoYearDurationShare = 0.0
    package var equityPerTermPremium = 0.0
    // Funding-stress channel.
    package var stressThreshold = 0.0
    package var stressEquity = 0.0
    package var standingRepoStress = 0.0
    // Market noise (annualised).
    package var volatilitySPX = 0.0
    package var volatilityNDX = 0.0
    package var volatilityBTC = 0.0
    package var volatilityETH = 0.0
    package var volatilityTwoYear = 0.0
    package var volatilityTenYear = 0.0

    /// Every parameter at its central value.
    package static let central: ParameterValues = {
        var values = ParameterValues()
        for parameter in ModelParameter.catalog { values[keyPath: parameter.keyPath] = parameter.central }
        return values
    }()

    /// The value of the named parameter, if there is one.
    package func value(named name: String) -> Double? {
        ModelParameter.named(name).map { self[keyPath: $0.keyPath] }
    }
}
