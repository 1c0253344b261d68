import FedModel

/// `fedsh-bench --model-json`: the bench scenario, its start state and every parameter's triangle as
/// JSON, so scripts/montecarlo_numpy.py computes the same Monte Carlo from the same numbers.
enum ModelDescription {
    static func json(_ scenario: Scenario) -> String {
        let simulation = Simulation(scenario: scenario)
        let start = simulation.start
        let purchases = (0...scenario.horizon).map { scenario.purchases(inMonth: $0) }
        let startFields: [(String, Double)] = [
            ("bills", start.bills), ("coupons", start.coupons), ("mbs", start.mortgageBackedSecurities),
            ("other_assets", start.otherAssets), ("currency", start.currency), ("tga", start.treasuryGeneralAccount),
            ("rrp", start.overnightReverseRepo), ("other_liabilities", start.otherLiabilities),
            ("bank_assets", start.bankAssets), ("calendar_month", Double(start.calendarMonth)),
        ]
        let scenarioFields: [(String, Double)] = [
            ("horizon", Double(scenario.horizon)), ("draws", Double(scenario.draws)),
            ("coupons_instrument", scenario.instrument == .coupons ? 1 : 0),
            ("qt", scenario.quantitativeTightening ? 1 : 0), ("surprise", scenario.surprise),
            ("expected_cut", scenario.expectedCut), ("tga_april_swing", scenario.tgaAprilSwing),
            ("currency_growth", scenario.currencyGrowth), ("bank_asset_growth", scenario.bankAssetGrowth),
            ("srf_spread", simulation.corridor.standingRepoSpread ?? .infinity),
            ("abundant_below", ReserveRegime.abundantBelow), ("scarce_above", ReserveRegime.scarceAbove),
        ]
        func object(_ fields: [(String, Double)]) -> String {
            "{" + fields.map { "\"\($0.0)\": \($0.1.isFinite ? "\($0.1)" : "1e300")" }.joined(separator: ", ") + "}"
        }
        let parameters = ModelParameter.catalog.map {
            "[\"\($0.name)\", \($0.low), \($0.central), \($0.high)]"
        }.joined(separator: ", ")
        return "{\"start\": \(object(startFields)), \"scenario\": \(object(scenarioFields)), "
            + "\"purchases\": \(purchases), \"parameters\": [\(parameters)]}"
    }
}
