/// The Desk's reserve-management rule (`set purchases auto`): each month it buys what keeps
/// projected reserves above the floor over the next few month ends (so the April tax drain is met
/// before it comes), never more than the maximum pace.
extension Simulation {
    /// Month ends the rule looks ahead (this one and the next two): a shortfall `k` months ahead is
    /// spread over the `k + 1` months left to meet it.
    static let lookAheadMonths = 3

    /// The floor in a month: the level, or the share of that month's bank assets, whichever is higher ($B).
    func reserveFloor(bankAssets: Double) -> Double {
        max(scenario.reserveFloor, scenario.reserveFloorShare * bankAssets)
    }

    /// Purchases in `month` ($B) given the path at the end of the month before.
    func automaticPurchases(month: Int, path: SimulationPath) -> Double {
        var projected = path
        var needed = 0.0
        for ahead in 0..<Self.lookAheadMonths where month + ahead <= scenario.horizon {
            var flows = MonthFlows()
            _ = book(month: month + ahead, bought: 0, path: &projected, flows: &flows)
            let shortfall = reserveFloor(bankAssets: projected.bankAssets) - projected.sheet.reserves
            needed = max(needed, shortfall / Double(ahead + 1))
        }
        return min(scenario.maximumPurchasePace, max(0, needed))
    }
}
