/// The two rules that keep every balance-sheet line and the reserve ratio at zero or above, whatever
/// the scenario asks for (docs/MODEL.md, "Reserves floor"). Neither binds in an ordinary scenario.
extension Simulation {
    /// The liabilities the balance sheet cannot fund, cut in a fixed order: ON RRP first (money funds
    /// can only place cash the Fed's assets back), then the TGA, then currency in circulation, each
    /// down to zero at most, until reserves are zero. Returns the amount cut ($B).
    ///
    /// Assets never fall below the other liabilities (QT runoff stops at zero reserves, and the start
    /// states have assets well above them), so cutting these three lines always suffices.
    static func keepReservesNonNegative(_ sheet: inout BalanceSheet, flows: inout MonthFlows) -> Double {
        var shortfall = -sheet.reservesCents
        guard shortfall > 0 else { return 0 }
        let order: [BalanceSheet.Entry] = [.overnightReverseRepo, .treasuryGeneralAccount, .currency]
        var cut: Int64 = 0
        for entry in order where shortfall > 0 {
            let taken = min(shortfall, max(0, sheet.cents(entry)))
            sheet.add(cents: -taken, to: entry)
            shortfall -= taken
            cut += taken
            // The ON RRP's flow is read from the month's change in the line; the others are booked.
            if entry == .treasuryGeneralAccount { flows.treasuryAccountChange -= taken }
            if entry == .currency { flows.currencyChange -= taken }
        }
        return MonthFlows.billions(cut)
    }

    /// The most the SRF lends at a month end ($B): the reserves that would bring the repo peak back
    /// down to the SRF rate. Banks borrow to remove the premium, not beyond it; without the limit a
    /// steep curve far below its data would lend many times the balance sheet.
    func standingRepoLimit(ratio: Double, ceiling: Double, bankAssets: Double) -> Double {
        let target = curve.ratio(wherePeakSpreadIs: ceiling)
            ?? curve.ratio(whereSlopeMagnitudeIs: ReserveRegime.abundantBelow)
        return max(0, (target - ratio) / 100 * bankAssets)
    }
}
