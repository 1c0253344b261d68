/// 10-year equivalents (TYE, $B) taken out of private hands since month 0, by where they come from:
/// positive when the Fed holds more duration (term premium down), negative when it hands some back.
package struct DurationPieces: Sendable, Equatable {
    /// Purchases: bills carry almost none, short coupons some, coupons most.
    package var purchases = 0.0
    /// MBS principal paid down: the Fed's MBS duration goes back to the market.
    package var mortgageRunoff = 0.0
    /// The paydowns reinvested in bills (QT off).
    package var reinvestment = 0.0
    /// Treasury coupons run off under QT.
    package var treasuryRunoff = 0.0

    package init() {}

    package var total: Double { purchases + mortgageRunoff + reinvestment + treasuryRunoff }
}

extension Simulation {
    /// Duration of what is bought (years).
    func duration(of instrument: Scenario.Instrument) -> Double {
        switch instrument {
        case .bills: parameters.billDuration
        case .shortCoupons: parameters.shortCouponDuration
        case .coupons: parameters.couponDuration
        }
    }

    /// The pieces at the end of each month, for the scenario's own purchases (the rule's, if automatic).
    package func durationPieces() -> [DurationPieces] {
        if scenario.purchaseRule == .automatic {
            return durationPieces(purchases: run().map { MonthFlows.billions($0.flows.purchases) })
        }
        return durationPieces(purchases: (0...scenario.horizon).map { scenario.purchases(inMonth: $0) })
    }

    /// 10-year equivalents at the end of each month ($B), the sum of the pieces.
    package func cumulativeTenYearEquivalents() -> [Double] { durationPieces().map(\.total) }

    /// The pieces for the purchases made in each month (index = month; month 0 is ignored).
    func durationPieces(purchases: [Double]) -> [DurationPieces] {
        var pieces = DurationPieces()
        var byMonth = [pieces]
        byMonth.reserveCapacity(scenario.horizon + 1)
        for month in stride(from: 1, through: scenario.horizon, by: 1) {
            addDuration(bought: purchases[month], to: &pieces)
            byMonth.append(pieces)
        }
        return byMonth
    }

    /// Adds one month's pieces: what was bought, the MBS paydown, and runoff or reinvestment.
    func addDuration(bought: Double, to pieces: inout DurationPieces) {
        let tenYear = parameters.tenYearDuration
        let paydown = parameters.mortgagePaydown
        pieces.purchases += bought * duration(of: scenario.instrument) / tenYear
        pieces.mortgageRunoff -= paydown * parameters.mortgageDuration / tenYear
        if scenario.quantitativeTightening {
            pieces.treasuryRunoff -= parameters.treasuryRunoffCap * parameters.couponDuration / tenYear
        } else {
            pieces.reinvestment += paydown * parameters.billDuration / tenYear
        }
    }
}
