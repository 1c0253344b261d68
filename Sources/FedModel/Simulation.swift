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
    /// Where this run sits in each exogenous path's measured band (a calibrated start only).
    package let exogenous: ExogenousDraw
    /// Reserves over bank assets at the start (%).
    private let startRatio: Double

    package init(scenario: Scenario, parameters: ParameterValues? = nil, exogenous: ExogenousDraw = .central) {
        self.scenario = scenario
        start = scenario.startState
        let parameters = parameters ?? scenario.centralParameters
        self.parameters = parameters
        self.exogenous = exogenous
        startRatio = BalanceSheet(start: scenario.startState).reserves / scenario.startState.bankAssets * 100
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
        let monthlyCurrency = pow(1 + scenario.currencyGrowth + parameters.currencyGrowthMiss, 1.0 / 12) - 1
        let monthlyBankAssets = pow(1 + scenario.bankAssetGrowth + parameters.bankAssetGrowthMiss, 1.0 / 12) - 1
        let monthlyGDP = pow(1 + scenario.gdpGrowth, 1.0 / 12) - 1
        let tgaLevel = scenario.tgaLevel ?? start.treasuryGeneralAccount
        let bands = scenario.calibration?.exogenous
        let realised = scenario.realised
        func band(_ spread: KeyPath<ExogenousBands, ExogenousBands.Spread>, _ level: Double, _ month: Int) -> Double {
            bands?[keyPath: spread].miss(month: month, level: level) ?? 0
        }
        func realisedValue(_ path: KeyPath<RealisedInputs, [Double]>, _ month: Int) -> Double? {
            guard let values = realised?[keyPath: path], values.indices.contains(month) else { return nil }
            return values[month]
        }

        for month in 0...scenario.horizon {
            var flows = MonthFlows()
            var floorCut = 0.0
            let previous = sheet
            // Last month end's SRF loans have matured; the ON RRP returns to its base before this
            // month's spill-over is worked out.
            sheet.standingRepoLoans = 0
            sheet.overnightReverseRepo = max(0, baseReverseRepo
                                                + band(\.overnightReverseRepo, exogenous.overnightReverseRepo, month))
            if month > 0 {
                floorCut += applyPolicy(month: month, to: &sheet, flows: &flows)
                if let securities = realisedValue(\.securities, month) {
                    let held = sheet.bills + sheet.coupons + sheet.mortgageBackedSecurities
                    flows.purchases += sheet.add(securities - held, to: .coupons)
                }
                if let otherAssets = realisedValue(\.otherAssets, month) { sheet.otherAssets = otherAssets }
                sheet.add(band(\.otherLiabilities, exogenous.otherLiabilities, month)
                          - band(\.otherLiabilities, exogenous.otherLiabilities, month - 1), to: .otherLiabilities)
                let currencyMiss = band(\.currency, exogenous.currency, month) - band(\.currency, exogenous.currency, month - 1)
                let currencyChange = realisedValue(\.currency, month).map { $0 - sheet.currency }
                    ?? sheet.currency * monthlyCurrency + currencyMiss
                flows.currencyChange = sheet.add(currencyChange, to: .currency)
                // The TGA forecast error grows over the first year: next month's cash balance is
                // better known than next year's (a calibrated start uses the measured band instead).
                let miss = parameters.treasuryAccountMiss * min(1, Double(month) / 12)
                    + band(\.treasuryGeneralAccount, exogenous.treasuryGeneralAccount, month)
                let tga = realisedValue(\.treasuryGeneralAccount, month)
                    ?? max(0, tgaLevel + miss + (isApril(month) ? scenario.tgaAprilSwing : 0))
                flows.treasuryAccountChange = sheet.add(tga - sheet.treasuryGeneralAccount, to: .treasuryGeneralAccount)
                bankAssets = realisedValue(\.bankAssets, month) ?? bankAssets * (1 + monthlyBankAssets)
                    + band(\.bankAssets, exogenous.bankAssets, month) - band(\.bankAssets, exogenous.bankAssets, month - 1)
                gdp *= 1 + monthlyGDP
            }
            floorCut += Self.keepReservesNonNegative(&sheet, flows: &flows)
            var result = settleMoneyMarkets(sheet: &sheet, bankAssets: bankAssets, month: month)
            result.reserveFloorCut = floorCut
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
        let tenYearEquivalentsByMonth = cumulativeTenYearEquivalents()
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

    /// Books the month's purchases, paydown and runoff; returns the runoff ($B) the reserves floor
    /// held back (under QT, runoff never takes reserves below zero).
    private func applyPolicy(month: Int, to sheet: inout BalanceSheet, flows: inout MonthFlows) -> Double {
        let bought = scenario.purchases(inMonth: month)
        flows.purchases = sheet.add(bought, to: scenario.instrument == .bills ? .bills : .coupons)
        guard scenario.quantitativeTightening else {
            let paydown = min(parameters.mortgagePaydown, sheet.mortgageBackedSecurities)
            flows.mortgagePaydown = -sheet.add(-paydown, to: .mortgageBackedSecurities)
            flows.mortgageReinvestedInBills = sheet.add(paydown, to: .bills)
            return 0
        }
        var room = max(0, sheet.reserves)
        let wantedPaydown = min(parameters.mortgagePaydown, sheet.mortgageBackedSecurities)
        let paydown = min(wantedPaydown, room)
        room -= paydown
        flows.mortgagePaydown = -sheet.add(-paydown, to: .mortgageBackedSecurities)
        let wantedRunoff = min(parameters.treasuryRunoffCap, sheet.coupons)
        let runoff = min(wantedRunoff, room)
        flows.treasuryRunoff = -sheet.add(-runoff, to: .coupons)
        return (wantedPaydown - paydown) + (wantedRunoff - runoff)
    }

    /// 10-year equivalents taken out of private hands by the end of each month ($B): purchases and
    /// reinvestment add them, Treasury runoff gives them back.
    package func cumulativeTenYearEquivalents() -> [Double] {
        var total = 0.0
        var byMonth = [0.0]
        let perBill = parameters.billDuration / parameters.tenYearDuration
        let perCoupon = parameters.couponDuration / parameters.tenYearDuration
        for month in stride(from: 1, through: scenario.horizon, by: 1) {
            let bought = scenario.purchases(inMonth: month)
            total += bought * (scenario.instrument == .bills ? perBill : perCoupon)
            if scenario.quantitativeTightening {
                total -= parameters.treasuryRunoffCap * perCoupon
            } else {
                total += parameters.mortgagePaydown * perBill
            }
            byMonth.append(total)
        }
        return byMonth
    }

    // MARK: Money markets

    private func settleMoneyMarkets(sheet: inout BalanceSheet, bankAssets: Double, month: Int) -> MonthResult {
        // Floor spill-over: reserves beyond the abundant threshold partly move into ON RRP.
        // A fitted curve may be flat where reserves start: then only reserves beyond the start's ratio spill.
        var abundantRatio = curve.ratio(whereSlopeMagnitudeIs: ReserveRegime.abundantBelow)
        if scenario.calibration != nil { abundantRatio = max(abundantRatio, startRatio) }
        // At zero or more, so that the spill-over never takes more than the reserves there are (a very
        // flat curve puts its abundant ratio below zero).
        let abundantReserves = max(0, abundantRatio / 100 * bankAssets)
        if sheet.reserves > abundantReserves {
            // In cents, and never more than the reserves (a share of 1 must not overshoot by a cent).
            let spill = BalanceSheet.cents(parameters.reverseRepoSpill * (sheet.reserves - abundantReserves))
            sheet.add(cents: min(spill, sheet.reservesCents), to: .overnightReverseRepo)
        }
        let ratio = sheet.reserves / bankAssets * 100
        let slope = curve.slope(ratio)
        var repo = curve.repoSpread(ratio)
        var peak = curve.repoPeakSpread(ratio)
        if let ceiling = corridor.standingRepoSpread, peak > ceiling {
            let excess = peak - ceiling
            sheet.standingRepoLoans = min(parameters.standingRepoTakeUp * excess,
                                          standingRepoLimit(ratio: ratio, ceiling: ceiling, bankAssets: bankAssets))
            peak = ceiling + excess * (1 - parameters.standingRepoDamping)
            if repo > ceiling { repo = ceiling + (repo - ceiling) * (1 - parameters.standingRepoDamping) }
        }
        return MonthResult(
            month: month, balanceSheet: sheet, flows: MonthFlows(), bankAssets: bankAssets, nominalGDP: 0,
            reserveRatio: ratio, demandSlope: slope, regime: ReserveRegime(slope: slope),
            fundsSpread: curve.fundsSpread(ratio), repoSpread: repo, repoPeakSpread: peak, assets: AssetMoves())
    }

    // MARK: Assets

    private func stress(_ peakSpread: Double) -> Double { max(0, peakSpread - parameters.stressThreshold) }

    /// Net liquidity change ($B) `lag` months before `month`, interpolating a fractional lag.
    package func laggedNetLiquidityChange(month: Int, results: [MonthResult], start: Double) -> Double {
        let position = Double(month) - parameters.liquidityLag
        guard position > 0 else { return 0 }
        // The domain keeps the lag at zero or more, so the month read is never a later one.
        let lower = min(Int(position.rounded(.down)), month)
        let weight = position - Double(lower)
        let lowerValue = results[lower].balanceSheet.netLiquidity - start
        guard weight > 0, lower + 1 < results.count else { return lowerValue }
        let upperValue = results[lower + 1].balanceSheet.netLiquidity - start
        return lowerValue + (upperValue - lowerValue) * weight
    }

    private func assetMoves(month: Int, results: [MonthResult], startNetLiquidity: Double, startStress: Double,
                            tenYearEquivalents: Double) -> AssetMoves {
        let surprise = scenario.surprise
        let termPremium = -parameters.termPremiumPerTenYearEquivalent * tenYearEquivalents / 100
        let liquidityChange = laggedNetLiquidityChange(month: month, results: results, start: startNetLiquidity)
        let stressChange = stress(results[month].repoPeakSpread) - startStress

        var moves = AssetMoves()
        moves.twoYear = ChannelContributions(
            surprise: -parameters.surpriseTwoYear * surprise,
            duration: parameters.twoYearDurationShare * termPremium)
        moves.tenYear = ChannelContributions(
            surprise: -parameters.surpriseTenYear * surprise, duration: termPremium)
        moves.spx = ChannelContributions(
            surprise: parameters.surpriseEquity * surprise + parameters.expectedEquity * scenario.expectedCut,
            liquidity: parameters.liquidityEquity * liquidityChange / 100,
            duration: -parameters.equityPerTermPremium * termPremium,
            fundingStress: -parameters.stressEquity * stressChange)
        moves.ndx = moves.spx * parameters.techMultiplier
        moves.btc = moves.ndx * parameters.bitcoinBeta
        moves.eth = moves.btc * parameters.etherBeta
        return moves
    }
}
