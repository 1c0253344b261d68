import Foundation

/// The monthly simulation: balance sheet → reserves → regime → money markets → assets.
///
/// Pure and deterministic for given parameters. A run advances one `SimulationPath` month by month;
/// Monte Carlo advances every draw's path one month at a time with the same `advance`.
package struct Simulation: Sendable {
    package let scenario: Scenario
    package let start: StartState
    package private(set) var parameters: ParameterValues
    package let corridor: Corridor
    package private(set) var curve: ReserveDemandCurve
    /// Where this run sits in each exogenous path's measured band (a calibrated start only).
    package private(set) var exogenous: ExogenousDraw
    /// Each month's pressure dates, 0 … horizon at least (`pressureDates(month:)`), shared by the
    /// simulations from the same start day (`PressureDateTable`).
    let pressureDatesByMonth: [[MonthCalendar.Date]]

    /// `parameters` nil: the scenario's central parameters (the calibration's fits on a data-built start).
    package init(scenario: Scenario, parameters: ParameterValues? = nil, exogenous: ExogenousDraw = .central) {
        self.scenario = scenario
        start = scenario.startState
        let parameters = parameters ?? scenario.centralParameters
        self.parameters = parameters
        self.exogenous = exogenous
        corridor = Corridor(start: start, rateCut: scenario.rateCut)
        curve = ReserveDemandCurve(parameters)
        pressureDatesByMonth = PressureDateTable.byMonth(after: start, through: max(0, scenario.horizon))
    }

    /// Switches to another parameter set and exogenous draw (a Monte Carlo draw) without copying the
    /// scenario or start.
    mutating func use(_ values: ParameterValues, exogenous draw: ExogenousDraw = .central) {
        parameters = values
        exogenous = draw
        curve = ReserveDemandCurve(values)
    }

    /// Months 0 through the horizon.
    package func run() -> [MonthResult] {
        var results: [MonthResult] = []
        results.reserveCapacity(scenario.horizon + 1)
        var path = SimulationPath(self)
        var netLiquidity = [Double](repeating: 0, count: scenario.horizon + 1)
        netLiquidity.withUnsafeMutableBufferPointer { history in
            for _ in 0...scenario.horizon { results.append(advance(&path, netLiquidity: history)) }
        }
        return results
    }

    /// Simulates the path's next month and moves the path on. `history` is a ring (month m at
    /// m % count) of the path's net liquidity, longer than the liquidity lag by at least two months.
    func advance(_ path: inout SimulationPath,
                 netLiquidity history: UnsafeMutableBufferPointer<Double>) -> MonthResult {
        let month = path.month
        var flows = MonthFlows()
        var floorCut = 0.0
        let previousReverseRepo = path.sheet.cents(.overnightReverseRepo)
        let previousStandingRepo = path.sheet.cents(.standingRepoLoans)
        // Last month end's SRF loans have matured; the ON RRP returns to its base before this
        // month's spill-over is worked out.
        path.sheet.standingRepoLoans = 0
        path.sheet.overnightReverseRepo = max(0, path.baseReverseRepo
                                                 + band(\.overnightReverseRepo, exogenous.overnightReverseRepo, month))
        if month > 0 {
            let bought = scenario.purchaseRule == .automatic
                ? automaticPurchases(month: month, path: path)
                : scenario.purchases(inMonth: month)
            floorCut += book(month: month, bought: bought, path: &path, flows: &flows)
            path.gdp *= 1 + path.monthlyGDP
            addDuration(bought: bought, to: &path.duration)
        }
        floorCut += Self.keepReservesNonNegative(&path.sheet, flows: &flows)
        var result = settleMoneyMarkets(sheet: &path.sheet, bankAssets: path.bankAssets, month: month,
                                        abundantRatio: path.abundantRatio)
        result.reserveFloorCut = floorCut
        if month > 0 {
            flows.reverseRepoChange = path.sheet.cents(.overnightReverseRepo) - previousReverseRepo
            flows.standingRepoChange = path.sheet.cents(.standingRepoLoans) - previousStandingRepo
        }
        result.flows = flows
        result.nominalGDP = path.gdp
        let netLiquidity = result.balanceSheet.netLiquidity
        history[month % history.count] = netLiquidity
        if month == 0 {
            path.startNetLiquidity = netLiquidity
            path.baseline = baselineDays(sheet: result.balanceSheet, bankAssets: path.bankAssets)
        }
        // Stress moves prices only beyond what the same dates would bring on the start's balance sheet:
        // the calendar's known peaks are no news.
        result.fundingStress = stress(pressure: result.peakDayPressure, loans: result.peakDayStandingRepoLoans)
        result.baselineFundingStress = month > 0 ? baselineStress(month: month, path.baseline) : result.fundingStress
        let start = path.startNetLiquidity
        let liquidityChange = laggedChange(month: month) { history[$0 % history.count] - start }
        result.assets = assetMoves(result: result, liquidityChange: liquidityChange,
                                   tenYearEquivalents: path.duration.total)
        path.month += 1
        return result
    }

    // MARK: Balance sheet

    /// Currency, the TGA, bank assets and other liabilities for the month: the scenario's paths, moved
    /// within their measured bands on a calibrated start, or the realised values a conditional backtest
    /// feeds (which also sets securities and other assets).
    private func applyExogenousPaths(month: Int, to path: inout SimulationPath, flows: inout MonthFlows) {
        if let securities = realisedValue(\.securities, month) {
            let held = path.sheet.bills + path.sheet.coupons + path.sheet.mortgageBackedSecurities
            flows.purchases += path.sheet.add(securities - held, to: .coupons)
        }
        if let otherAssets = realisedValue(\.otherAssets, month) { path.sheet.otherAssets = otherAssets }
        path.sheet.add(bandChange(\.otherLiabilities, exogenous.otherLiabilities, month), to: .otherLiabilities)
        let currencyChange = realisedValue(\.currency, month).map { $0 - path.sheet.currency }
            ?? path.sheet.currency * path.monthlyCurrency + bandChange(\.currency, exogenous.currency, month)
        flows.currencyChange = path.sheet.add(currencyChange, to: .currency)
        // The TGA forecast error grows over the first year: next month's cash balance is
        // better known than next year's (a calibrated start uses the measured band instead).
        let miss = parameters.treasuryAccountMiss * min(1, Double(month) / 12)
            + band(\.treasuryGeneralAccount, exogenous.treasuryGeneralAccount, month)
        let tga = realisedValue(\.treasuryGeneralAccount, month)
            ?? max(0, path.treasuryAccountLevel + miss + (isApril(month) ? scenario.tgaAprilSwing : 0))
        flows.treasuryAccountChange = path.sheet.add(tga - path.sheet.treasuryGeneralAccount,
                                                     to: .treasuryGeneralAccount)
        path.bankAssets = realisedValue(\.bankAssets, month)
            ?? path.bankAssets * (1 + path.monthlyBankAssets) + bandChange(\.bankAssets, exogenous.bankAssets, month)
    }

    // These helpers take their key paths as functions: a key path object, looked up and reference
    // counted at each call, cost more than the rest of a Monte Carlo draw-month together.

    /// The measured band's miss ($B) at `level` in `month` (0 without a calibration).
    private func band(_ spread: (ExogenousBands) -> ExogenousBands.Spread, _ level: Double,
                      _ month: Int) -> Double {
        guard let bands = scenario.calibration?.exogenous else { return 0 }
        return spread(bands).miss(month: month, level: level)
    }

    /// How far the band's miss moves from the month before to `month`.
    private func bandChange(_ spread: (ExogenousBands) -> ExogenousBands.Spread, _ level: Double,
                            _ month: Int) -> Double {
        band(spread, level, month) - band(spread, level, month - 1)
    }

    private func realisedValue(_ path: (RealisedInputs) -> [Double], _ month: Int) -> Double? {
        guard let realised = scenario.realised else { return nil }
        let values = path(realised)
        guard values.indices.contains(month) else { return nil }
        return values[month]
    }

    private func isApril(_ month: Int) -> Bool {
        (start.calendarMonth - 1 + month) % 12 == 3
    }

    /// One month's balance-sheet changes before money markets settle: purchases (`bought`), MBS
    /// paydown and runoff, Fed repo operations, then the exogenous paths (currency, TGA, bank assets).
    /// Returns the runoff ($B) the reserves floor held back. The Desk's rule projects months ahead
    /// with it too, on a copy of the path.
    func book(month: Int, bought: Double, path: inout SimulationPath, flows: inout MonthFlows) -> Double {
        let floorCut = applyPolicy(month: month, bought: bought, to: &path.sheet, flows: &flows)
        var operations = scenario.repoOperations(inMonth: month) - scenario.repoOperations(inMonth: month - 1)
        // Maturing operations take reserves; like runoff, never more than the reserves floor can fund
        // (reserves and the ON RRP, TGA and currency it may cut), in extreme scenarios only.
        let sheet = path.sheet
        operations = max(operations, -(max(0, sheet.reserves) + sheet.overnightReverseRepo
                                         + sheet.treasuryGeneralAccount + sheet.currency))
        flows.repoOperationsChange = path.sheet.add(operations, to: .otherAssets)
        applyExogenousPaths(month: month, to: &path, flows: &flows)
        return floorCut
    }

    /// Books the month's purchases, paydown and runoff; returns the runoff ($B) the reserves floor
    /// held back (under QT, runoff never takes reserves below zero).
    private func applyPolicy(month: Int, bought: Double, to sheet: inout BalanceSheet,
                             flows: inout MonthFlows) -> Double {
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

    // MARK: Money markets

    private func settleMoneyMarkets(sheet: inout BalanceSheet, bankAssets: Double, month: Int,
                                    abundantRatio: Double) -> MonthResult {
        // Floor spill-over: reserves beyond the abundant threshold partly move into ON RRP.
        // At zero or more, so that the spill-over never takes more than the reserves there are (a very
        // flat curve puts its abundant ratio below zero).
        let abundantReserves = max(0, abundantRatio / 100 * bankAssets)
        if sheet.reserves > abundantReserves {
            // In cents, and never more than the reserves (a share of 1 must not overshoot by a cent).
            let spill = BalanceSheet.cents(parameters.reverseRepoSpill * (sheet.reserves - abundantReserves))
            sheet.add(cents: min(spill, sheet.reservesCents), to: .overnightReverseRepo)
        }
        let ratio = sheet.reserves / bankAssets * 100
        let point = curve.point(ratio)
        let slope = point.slope
        var repo = point.repoSpread
        if let ceiling = corridor.standingRepoSpread, repo > ceiling {
            repo = ceiling + (repo - ceiling) * (1 - parameters.standingRepoDamping)
        }
        // The peak is the month's worst day, and the SRF lends on that day only (Simulation+Calendar): its
        // loans mature the next morning, so the month's balance sheet holds none (month 0: the data's).
        var worst = worstDay(month: month, sheet: sheet, bankAssets: bankAssets)
        if month == 0 { sheet.standingRepoLoans = start.standingRepoLoans }
        if corridor.standingRepoSpread == nil, scenario.repoOperations(inMonth: month) > 0 {
            // Without a standing facility, the Fed's repo operations cap repo near the top of the range
            // as the SRF would, their size fixed by the scenario rather than by take-up.
            let ceiling = corridor.rangeTopSpread
            let damping = parameters.repoOperationDamping
            if worst.peakSpread > ceiling { worst.peakSpread = ceiling + (worst.peakSpread - ceiling) * (1 - damping) }
            worst.pressureSpread = worst.peakSpread
            if repo > ceiling { repo = ceiling + (repo - ceiling) * (1 - damping) }
        }
        var result = MonthResult(
            month: month, balanceSheet: sheet, flows: MonthFlows(), bankAssets: bankAssets, nominalGDP: 0,
            reserveRatio: ratio, demandSlope: slope, regime: ReserveRegime(slope: slope),
            fundsSpread: point.fundsSpread, repoSpread: repo, repoPeakSpread: worst.peakSpread, assets: AssetMoves())
        result.triPartySpread = repo - parameters.triPartyBelowRepo
        result.peakDay = worst.day.number
        result.peakDayStandingRepoLoans = worst.standingRepoLoans
        result.peakDayPressure = worst.pressureSpread
        result.peakDayTreasurySwing = worst.treasuryAccountSwing
        result.peakDayReverseRepoInflow = worst.reverseRepoInflow
        return result
    }

    // MARK: Assets

    /// Funding stress (bp): the worst day's repo peak beyond the threshold before the SRF eases it (the
    /// strain banks met), and heavy SRF use that day: more take-up never reads as less stress.
    func stress(pressure: Double, loans: Double) -> Double {
        max(0, pressure - parameters.stressThreshold) + parameters.standingRepoStress * loans / 10
    }

    /// Net liquidity change ($B) `lag` months before `month`, interpolating a fractional lag.
    package func laggedNetLiquidityChange(month: Int, results: [MonthResult], start: Double) -> Double {
        laggedChange(month: month) { results[$0].balanceSheet.netLiquidity - start }
    }

    /// A lagged value from `change(m)` of earlier months (never later than `month`: the lag is
    /// at least zero, which the parameter ranges keep).
    private func laggedChange(month: Int, _ change: (Int) -> Double) -> Double {
        let position = Double(month) - parameters.liquidityLag
        guard position > 0 else { return 0 }
        // The domain keeps the lag at zero or more, so the month read is never a later one.
        let lower = min(Int(position.rounded(.down)), month)
        let weight = position - Double(lower)
        let lowerValue = change(lower)
        guard weight > 0 else { return lowerValue }
        let upperValue = change(lower + 1)
        return lowerValue + (upperValue - lowerValue) * weight
    }

    private func assetMoves(result: MonthResult, liquidityChange: Double, tenYearEquivalents: Double) -> AssetMoves {
        let surprise = scenario.surprise
        let path = scenario.pathSurprise
        let termPremium = -parameters.termPremiumPerTenYearEquivalent * tenYearEquivalents / 100
        // Month 0 is the baseline itself.
        let stressChange = result.month == 0 ? 0 : result.fundingStress - result.baselineFundingStress

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
