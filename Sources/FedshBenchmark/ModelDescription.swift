import FedModel

/// `fedsh-bench --model-json`: the bench scenario, its start state, its calendar and every parameter's
/// triangle as JSON, so scripts/montecarlo_numpy.py computes the same Monte Carlo from the same numbers.
/// `--bands-json`: fedsh's own p10/p50/p90 for that scenario, which the script's `--compare` checks its
/// bands against.
enum ModelDescription {
    static func json(_ scenario: Scenario) -> String {
        let simulation = Simulation(scenario: scenario)
        let start = simulation.start
        let purchases = (0...scenario.horizon).map { scenario.purchases(inMonth: $0) }
        let repoOperations = (0...scenario.horizon).map { scenario.repoOperations(inMonth: $0) }
        let startFields: [(String, Double)] = [
            ("bills", start.bills), ("coupons", start.coupons), ("mbs", start.mortgageBackedSecurities),
            ("srf", start.standingRepoLoans), ("other_assets", start.otherAssets), ("currency", start.currency),
            ("tga", start.treasuryGeneralAccount), ("rrp", start.overnightReverseRepo),
            ("other_liabilities", start.otherLiabilities + start.residual), ("bank_assets", start.bankAssets),
            ("calendar_month", Double(start.calendarMonth)), ("day", Double(simulation.startDay.number)),
        ]
        let scenarioFields: [(String, Double)] = [
            ("horizon", Double(scenario.horizon)), ("draws", Double(scenario.draws)),
            // 0 bills, 1 short coupons, 2 coupons (Scenario.Instrument's order).
            ("instrument", Double(Scenario.Instrument.allCases.firstIndex(of: scenario.instrument)!)),
            ("qt", scenario.quantitativeTightening ? 1 : 0), ("surprise", scenario.surprise),
            ("path_surprise", scenario.pathSurprise),
            ("expected_cut", scenario.expectedCut), ("tga_april_swing", scenario.tgaAprilSwing),
            ("currency_growth", scenario.currencyGrowth), ("bank_asset_growth", scenario.bankAssetGrowth),
            ("srf_spread", simulation.corridor.standingRepoSpread ?? .infinity),
            ("rrp_spread", simulation.corridor.reverseRepoSpread),
            ("srf_aggregate_limit", simulation.startDay < Simulation.aggregateLimitRemoved
                ? Simulation.standingRepoAggregateLimit : .infinity),
            ("abundant_below", ReserveRegime.abundantBelow), ("scarce_above", ReserveRegime.scarceAbove),
        ]
        func object(_ fields: [(String, Double)]) -> String {
            "{" + fields.map { "\"\($0.0)\": \($0.1.isFinite ? "\($0.1)" : "1e300")" }.joined(separator: ", ") + "}"
        }
        let parameters = ModelParameter.catalog.map {
            "[\"\($0.name)\", \($0.low), \($0.central), \($0.high)]"
        }.joined(separator: ", ")
        // Each month's pressure dates as [day number, kinds bits] (MonthCalendar.Kinds), and the start day's kinds.
        let dates = (0...scenario.horizon).map { month in
            "[" + simulation.pressureDates(month: month).map { "[\($0.day.number), \($0.kinds.rawValue)]" }
                .joined(separator: ", ") + "]"
        }.joined(separator: ", ")
        let startKinds = MonthCalendar(year: start.calendarYear, month: start.calendarMonth)
            .kinds(of: simulation.startDay).rawValue
        return "{\"start\": \(object(startFields)), \"scenario\": \(object(scenarioFields)), "
            + "\"purchases\": \(purchases), \"repo_operations\": \(repoOperations), "
            + "\"pressure_dates\": [\(dates)], \"start_kinds\": \(startKinds), \"parameters\": [\(parameters)]}"
    }

    /// Every output's p10/p50/p90 by month, and the regime shares, for `scenario`'s Monte Carlo.
    static func bandsJSON(_ scenario: Scenario) -> String {
        let bands = MonteCarlo.run(scenario: scenario)!
        let outputs = Output.allCases.map { output in
            let months = (0...scenario.horizon).map { month in
                let band = bands.band(output, month: month)!
                return "[\(band.p10), \(band.p50), \(band.p90)]"
            }
            return "\"\(output.rawValue)\": [\(months.joined(separator: ", "))]"
        }
        return "{" + outputs.joined(separator: ", ") + "}"
    }
}
