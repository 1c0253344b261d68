import Foundation

/// The monthly simulation: balance sheet → reserves → regime → money markets → assets.
///
/// Pure and deterministic for given parameters; Monte Carlo calls it once per draw.
package struct Simulation: Sendable {
    package let scenario: Scenario
    package let start: StartState
    package let parameters: ParameterValues
    package let corridor: Corridor
    package let curve: ReserveDemandCurve

    package init(scenario: Scenario, parameters: ParameterValues = .central) {
        self.scenario = scenario
        start = scenario.startState
        self.parameters = parameters
        corridor = Corridor(start: start, rateCut: scenario.rateCut)
        curve = ReserveDemandCurve(parameters)
    }

    /// Months 0 through the horizon.
    package func run() -> [MonthResult] {
        var results: [MonthResult] = []
        results.reserveCapacity(scenario.horizon + 1)
        var sheet = BalanceSheet(start: start)
        let baseReverseRepo = scenario.startingReverseRepo ?? start.overnightReverseRepo
        if let level = scenario.tgaLevel { sheet.treasuryGeneralAccount = level }
        var bankAssets = start.bankAssets
        var gdp = start.nominalGDP
        let monthlyGDP = pow(1 + scenario.gdpGrowth, 1.0 / 12) - 1

        for month in 0...scenario.horizon {
            var flows = MonthFlows()
            let previous = sheet
            // Last month end's SRF loans have matured; the ON RRP returns to its base before this
            // month's spill-over is worked out.
            sheet.standingRepoLoans = 0
            sheet.overnightReverseRepo = baseReverseRepo
            if month > 0 {
                let bought = scenario.purchaseRule == .automatic
                    ? automaticPurchases(month: month, sheet: sheet, bankAssets: bankAssets)
                    : scenario.purchases(inMonth: month)
                advance(month: month, sheet: &sheet, flows: &flows, bought: bought)
                bankAssets *= 1 + monthlyBankAssets
                gdp *= 1 + monthlyGDP
            }
            var result = settleMoneyMarkets(sheet: &sheet, bankAssets: bankAssets, month: month)
            if month > 0 {
                flows.reverseRepoChange = sheet.cents(.overnightReverseRepo) - previous.cents(.overnightReverseRepo)
                flows.standingRepoChange = sheet.cents(.standingRepoLoans) - previous.cents(.standingRepoLoans)
            }
            result.flows = flows
            result.nominalGDP = gdp
            results.append(result)
        }
        let startNetLiquidity = results[0].balanceSheet.netLiquidity
        let startStress = stress(results[0].repoPeakSpread)
        let tenYearEquivalentsByMonth = durationPieces(
            purchases: results.map { MonthFlows.billions($0.flows.purchases) }).map(\.total)
        for index in results.indices {
            results[index].assets = assetMoves(
                month: index, results: results, startNetLiquidity: startNetLiquidity,
                startStress: startStress, tenYearEquivalents: tenYearEquivalentsByMonth[index])
        }
        return results
    }

    // MARK: Balance sheet

    private func isApril(_ month: Int) -> Bool {
        (start.calendarMonth - 1 + month) % 12 == 3
    }

    /// Growth of currency and of bank assets per month, and the TGA level outside April.
    var monthlyCurrency: Double { pow(1 + scenario.currencyGrowth + parameters.currencyGrowthMiss, 1.0 / 12) - 1 }
    var monthlyBankAssets: Double { pow(1 + scenario.bankAssetGrowth + parameters.bankAssetGrowthMiss, 1.0 / 12) - 1 }
    private var tgaLevel: Double { scenario.tgaLevel ?? start.treasuryGeneralAccount }

    /// One month's balance-sheet changes, before money markets settle: purchases (`bought`), MBS
    /// paydowns and runoff, currency growth and the TGA path.
    func advance(month: Int, sheet: inout BalanceSheet, flows: inout MonthFlows, bought: Double) {
        applyPolicy(month: month, bought: bought, to: &sheet, flows: &flows)
        let operations = scenario.repoOperations(inMonth: month) - scenario.repoOperations(inMonth: month - 1)
        flows.repoOperationsChange = sheet.add(operations, to: .otherAssets)
        flows.currencyChange = sheet.add(sheet.currency * monthlyCurrency, to: .currency)
        // The TGA forecast error grows over the first year: next month's cash balance is
        // better known than next year's.
        let miss = parameters.treasuryAccountMiss * min(1, Double(month) / 12)
        let tga = max(0, tgaLevel + miss + (isApril(month) ? scenario.tgaAprilSwing : 0))
        flows.treasuryAccountChange = sheet.add(tga - sheet.treasuryGeneralAccount, to: .treasuryGeneralAccount)
    }

    private func applyPolicy(month: Int, bought: Double, to sheet: inout BalanceSheet, flows: inout MonthFlows) {
        flows.purchases = sheet.add(bought, to: scenario.instrument == .bills ? .bills : .coupons)
        let paydown = min(parameters.mortgagePaydown, sheet.mortgageBackedSecurities)
        flows.mortgagePaydown = -sheet.add(-paydown, to: .mortgageBackedSecurities)
        if scenario.quantitativeTightening {
            let runoff = min(parameters.treasuryRunoffCap, sheet.coupons)
            flows.treasuryRunoff = -sheet.add(-runoff, to: .coupons)
        } else {
            flows.mortgageReinvestedInBills = sheet.add(paydown, to: .bills)
        }
    }

    // MARK: Money markets

    private func settleMoneyMarkets(sheet: inout BalanceSheet, bankAssets: Double, month: Int) -> MonthResult {
        // Floor spill-over: reserves beyond the abundant threshold partly move into ON RRP.
        let abundantRatio = curve.ratio(whereSlopeMagnitudeIs: ReserveRegime.abundantBelow)
        let abundantReserves = abundantRatio / 100 * bankAssets
        if sheet.reserves > abundantReserves {
            sheet.add(parameters.reverseRepoSpill * (sheet.reserves - abundantReserves), to: .overnightReverseRepo)
        }
        let ratio = sheet.reserves / bankAssets * 100
        let slope = curve.slope(ratio)
        var repo = curve.repoSpread(ratio)
        var peak = curve.repoPeakSpread(ratio)
        if let ceiling = corridor.standingRepoSpread, peak > ceiling {
            let excess = peak - ceiling
            sheet.standingRepoLoans = parameters.standingRepoTakeUp * excess
            peak = ceiling + excess * (1 - parameters.standingRepoDamping)
            if repo > ceiling { repo = ceiling + (repo - ceiling) * (1 - parameters.standingRepoDamping) }
        } else if corridor.standingRepoSpread == nil, scenario.repoOperations(inMonth: month) > 0 {
            // Without a standing facility, the Fed's repo operations cap repo near the top of the range
            // as the SRF would, their size fixed by the scenario rather than by take-up.
            let ceiling = corridor.rangeTopSpread
            let damping = parameters.repoOperationDamping
            if peak > ceiling { peak = ceiling + (peak - ceiling) * (1 - damping) }
            if repo > ceiling { repo = ceiling + (repo - ceiling) * (1 - damping) }
        }
        var result = MonthResult(
            month: month, balanceSheet: sheet, flows: MonthFlows(), bankAssets: bankAssets, nominalGDP: 0,
            reserveRatio: ratio, demandSlope: slope, regime: ReserveRegime(slope: slope),
            fundsSpread: curve.fundsSpread(ratio), repoSpread: repo, repoPeakSpread: peak, assets: AssetMoves())
        result.triPartySpread = repo - parameters.triPartyBelowRepo
        result.peakDay = start.monthEndDay(month: month)
        return result
    }

    // MARK: Assets

    private func stress(_ peakSpread: Double) -> Double { max(0, peakSpread - parameters.stressThreshold) }

    /// Net liquidity change ($B) `lag` months before `month`, interpolating a fractional lag.
    package func laggedNetLiquidityChange(month: Int, results: [MonthResult], start: Double) -> Double {
        let position = Double(month) - parameters.liquidityLag
        guard position > 0 else { return 0 }
        let lower = Int(position.rounded(.down))
        let weight = position - Double(lower)
        let lowerValue = results[lower].balanceSheet.netLiquidity - start
        guard weight > 0, lower + 1 < results.count else { return lowerValue }
        let upperValue = results[lower + 1].balanceSheet.netLiquidity - start
        return lowerValue + (upperValue - lowerValue) * weight
    }

    private func assetMoves(month: Int, results: [MonthResult], startNetLiquidity: Double, startStress: Double,
                            tenYearEquivalents: Double) -> AssetMoves {
        let surprise = scenario.surprise
        let path = scenario.pathSurprise
        let termPremium = -parameters.termPremiumPerTenYearEquivalent * tenYearEquivalents / 100
        let liquidityChange = laggedNetLiquidityChange(month: month, results: results, start: startNetLiquidity)
        let stressChange = stress(results[month].repoPeakSpread) - startStress

        var moves = AssetMoves()
        moves.twoYear = ChannelContributions(
            surprise: -parameters.surpriseTwoYear * surprise + parameters.pathTwoYear * path,
            duration: parameters.twoYearDurationShare * termPremium)
        moves.tenYear = ChannelContributions(
            surprise: -parameters.surpriseTenYear * surprise + parameters.pathTenYear * path, duration: termPremium)
        moves.spx = ChannelContributions(
            surprise: parameters.surpriseEquity * surprise + parameters.expectedEquity * scenario.expectedCut
                - parameters.pathEquity * path,
            liquidity: parameters.liquidityEquity * liquidityChange / 100,
            duration: -parameters.equityPerTermPremium * termPremium,
            fundingStress: -parameters.stressEquity * stressChange)
        moves.ndx = moves.spx * parameters.techMultiplier
        moves.btc = moves.ndx * parameters.bitcoinBeta
        moves.eth = moves.btc * parameters.etherBeta
        return moves
    }
}
