// The scenario variables. Names are fixed for scripts: more may be added, none renamed.
extension ScenarioVariable {
    private static func number(
        _ name: String, _ unit: Unit, allowed: ClosedRange<Double>, plausible: ClosedRange<Double>? = nil,
        whole: Bool = false, meaning: String, source: String,
        _ keyPath: WritableKeyPath<Scenario, Double> & Sendable
    ) -> ScenarioVariable {
        ScenarioVariable(
            name: name, kind: .number(unit, allowed: allowed, plausible: plausible ?? allowed, wholeNumber: whole),
            meaning: meaning, source: source,
            get: { .number($0[keyPath: keyPath]) },
            set: { scenario, value in if case .number(let number) = value { scenario[keyPath: keyPath] = number } },
            clear: { $0[keyPath: keyPath] = Scenario()[keyPath: keyPath] })
    }

    private static func whole(
        _ name: String, _ unit: Unit, allowed: ClosedRange<Double>, plausible: ClosedRange<Double>? = nil,
        meaning: String, source: String, _ keyPath: WritableKeyPath<Scenario, Int> & Sendable
    ) -> ScenarioVariable {
        ScenarioVariable(
            name: name, kind: .number(unit, allowed: allowed, plausible: plausible ?? allowed, wholeNumber: true),
            meaning: meaning, source: source,
            get: { .number(Double($0[keyPath: keyPath])) },
            set: { scenario, value in if case .number(let number) = value { scenario[keyPath: keyPath] = Int(number) }
            },
            clear: { $0[keyPath: keyPath] = Scenario()[keyPath: keyPath] })
    }

    /// A number whose default comes from the start state when the user has not set it.
    private static func startDefault(
        _ name: String, allowed: ClosedRange<Double>, meaning: String, source: String,
        _ keyPath: WritableKeyPath<Scenario, Double?> & Sendable, fromStart: @escaping @Sendable (StartState) -> Double
    ) -> ScenarioVariable {
        ScenarioVariable(
            name: name, kind: .number(.billionsOfDollars, allowed: allowed, plausible: allowed, wholeNumber: false),
            meaning: meaning, source: source,
            get: { .number($0[keyPath: keyPath] ?? fromStart($0.startState)) },
            set: { scenario, value in if case .number(let number) = value { scenario[keyPath: keyPath] = number } },
            clear: { $0[keyPath: keyPath] = nil })
    }

    /// Every scenario variable, in the order `show` lists them.
    package static let catalog: [ScenarioVariable] = [
        ScenarioVariable(
            name: "start", kind: .choice(StartState.Identifier.allCases.map(\.rawValue)),
            meaning: "start state: the 10 Dec 2025 FOMC (dec-2025) or the September 2019 repo spike (sep-2019)",
            source: "H.4.1 and the figures in docs/MODEL.md",
            get: { .choice($0.builtStart?.name ?? $0.start.rawValue) },
            set: { scenario, value in
                if case .choice(let name) = value, let start = StartState.Identifier(rawValue: name) {
                    scenario.start = start
                    scenario.builtStart = nil
                    scenario.calibration = nil
                }
            },
            clear: {
                $0.start = .december2025
                $0.builtStart = nil
                $0.calibration = nil
            }),
        number("purchases", .billionsOfDollarsPerMonth, allowed: 0...5_000, plausible: 0...150,
               meaning: "reserve-management purchases per month (the elevated pace when front-loaded)",
               source: "FOMC 10 Dec 2025: ~$40B in the first month; forecasts $35B (Evercore ISI) to $45B (Cabana)",
               \.purchases),
        ScenarioVariable(
            name: "purchase_rule", kind: .choice(Scenario.PurchaseRule.allCases.map(\.rawValue)),
            meaning:
                """
                    fixed (the purchases schedule) or auto: bills sized each month to keep projected reserves above \
                    reserve_floor
                    """,
            source: "NY Fed RMP FAQ, 10 Dec 2025: purchases sized to keep reserves ample through tax dates",
            get: { .choice($0.purchaseRule.rawValue) },
            set: { scenario, value in
                if case .choice(let name) = value, let rule = Scenario.PurchaseRule(rawValue: name) {
                    scenario.purchaseRule = rule
                }
            },
            clear: { $0.purchaseRule = .fixed }),
        number("reserve_floor", .billionsOfDollars, allowed: 0...20_000, plausible: 0...6_000,
               meaning: "auto rule: keep projected reserves at or above this level (0 = no level floor)",
            source: "Oct 2019: reserves at or above early-September 2019's (~$1.5T); 2025: ~$2.8–3.0T", \.reserveFloor),
        number("reserve_floor_share", .shareOfBankAssets, allowed: 0...0.5, plausible: 0...0.2,
               meaning: "auto rule: keep projected reserves at or above this share of bank assets (0 = none)",
               source: "AGLW (NY Fed SR 1019): demand satiated above ~12–13% of bank assets", \.reserveFloorShare),
        number("max_purchase_pace", .billionsOfDollarsPerMonth, allowed: 0...5_000, plausible: 0...150,
               meaning: "auto rule: the most it buys in a month",
               source: "$60B/month in 2019 (FOMC 11 Oct 2019), the largest RMP pace so far", \.maximumPurchasePace),
        whole("purchase_start", .monthIndex, allowed: 1...60,
              meaning: "first month with purchases (1 = the month after the decision)",
              source: "RMPs began 12 Dec 2025, two days after the decision", \.purchaseStart),
        whole("purchase_months", .months, allowed: 0...60,
              meaning: "how many months purchases last", source: "open-ended in the FOMC directive", \.purchaseMonths),
        ScenarioVariable(
            name: "schedule", kind: .choice(Scenario.Schedule.allCases.map(\.rawValue)),
            meaning: "flat, or front-loaded: `purchases` for `elevated_months`, then `later_purchases`",
            source: "NY Fed: elevated until mid-April 2026, then reduced substantially",
            get: { .choice($0.schedule.rawValue) },
            set: { scenario, value in
                if case .choice(let name) = value, let schedule = Scenario.Schedule(rawValue: name) {
                    scenario.schedule = schedule
                }
            },
            clear: { $0.schedule = .flat }),
        whole("elevated_months", .months, allowed: 0...60,
              meaning: "front-loaded schedule: months at the elevated pace",
              source: "Dec 2025 minutes: elevated until late April (about 4 months)", \.elevatedMonths),
        number("later_purchases", .billionsOfDollarsPerMonth, allowed: 0...5_000, plausible: 0...150,
               meaning: "front-loaded schedule: the pace after the elevated months",
               source: "survey: ~$220B over the first 12 months (Dec 2025 minutes)", \.laterPurchases),
        ScenarioVariable(
            name: "instrument", kind: .choice(Scenario.Instrument.allCases.map(\.rawValue)),
            meaning:
                """
                    what is bought: bills (reserve management), short-coupons (Treasuries ≤ 3 years, ~2y duration) or \
                    coupons (QE-like duration)
                    """,
            source: "FOMC directive: bills and, if needed, Treasuries up to 3 years",
            get: { .choice($0.instrument.rawValue) },
            set: { scenario, value in
                if case .choice(let name) = value, let instrument = Scenario.Instrument(rawValue: name) {
                    scenario.instrument = instrument
                }
            },
            clear: { $0.instrument = .bills }),
        ScenarioVariable(
            name: "qt", kind: .toggle,
            meaning:
                """
                    quantitative tightening: on = Treasury runoff to the cap and MBS runoff; off = roll over and \
                    reinvest MBS in bills
                    """,
            source: "QT ended 1 Dec 2025 (FOMC 29 Oct 2025)",
            get: { .toggle($0.quantitativeTightening) },
            set: { scenario, value in if case .toggle(let on) = value { scenario.quantitativeTightening = on } },
            clear: { $0.quantitativeTightening = false }),
        number("rate_cut", .basisPoints, allowed: -200...300, plausible: -75...100,
               meaning: "cut in the target range at the meeting (negative = hike)",
               source: "10 Dec 2025: 25bp, to 3.50–3.75%", \.rateCut),
        number("expected_cut", .basisPoints, allowed: -200...300, plausible: -75...100,
               meaning: "cut the market had priced in; only the surprise moves prices on the day",
               source: "CME FedWatch 87–89% for 25bp on 8–9 Dec 2025", \.expectedCut),
        number(
            "path_surprise", .basisPoints, allowed: -200...200, plausible: -50...50,
            meaning:
                """
                    path news: bp change in the policy rate expected a year out, beyond what was priced (negative = \
                    dovish)
                    """,
            source: "the path factor of Gürkaynak–Sack–Swanson (2005); 10 Dec 2025 ≈ −8bp (docs/MODEL.md §5)",
            \.pathSurprise),
        number(
            "repo_operations", .billionsOfDollars, allowed: 0...2_000, plausible: 0...500,
            meaning: "Fed repo operations outstanding (overnight and term), $B, from month 1 for repo_operation_months",
            source: "from 20 Sep 2019: ≥$75B overnight and ≥$30B term daily, later $100B and $60B (NY Fed)",
            \.repoOperations),
        whole("repo_operation_months", .months, allowed: 0...60,
              meaning: "months the repo operations last",
              source: "FOMC 11 Oct 2019: repo operations at least through January 2020 (about 4 months)",
              \.repoOperationMonths),
        whole("horizon", .months, allowed: 1...60, meaning: "months simulated after the decision",
              source: "default one year", \.horizon).with(role: .horizon),
        whole("seed", .count, allowed: 0...2_147_483_647, meaning: "random seed for the Monte Carlo bands",
              source: "same seed, same bands", \.seed).with(role: .monteCarlo),
        whole("draws", .count, allowed: 1...100_000, plausible: 100...20_000,
              meaning: "Monte Carlo draws for the bands", source: "more draws, steadier bands, slower", \.draws)
            .with(role: .monteCarlo),
        startDefault("tga_level", allowed: 0...3_000,
                     meaning: "Treasury General Account level outside April",
                     source: "Treasury's end-Dec 2025 assumption: $850B", \.tgaLevel) { $0.treasuryGeneralAccount },
        number("tga_april_swing", .billionsOfDollars, allowed: -1_000...1_000,
               meaning: "extra TGA at the end of April (tax receipts), drained from reserves",
               source: "assumption: April tax receipts lift the TGA by ~$100–200B", \.tgaAprilSwing),
        number(
            "currency_growth", .fractionPerYear, allowed: -0.2...0.3, plausible: -0.02...0.10,
            meaning: "growth of currency in circulation (drains reserves)", source: "~2–4%/year recently [unconfirmed]",
            \.currencyGrowth),
        number(
            "bank_asset_growth", .fractionPerYear, allowed: -0.3...0.5, plausible: -0.05...0.12,
            meaning: "growth of commercial-bank assets (the ratio's denominator)",
            source: "H.8 trend ~4%/year [unconfirmed]",
            \.bankAssetGrowth),
        number("gdp_growth", .fractionPerYear, allowed: -0.3...0.5, plausible: -0.05...0.12,
               meaning: "nominal GDP growth", source: "~4–5%/year nominal [unconfirmed]", \.gdpGrowth),
        startDefault("starting_rrp", allowed: 0...3_000,
                     meaning: "ON RRP balance that stays in the facility whatever the rates",
                     source: "$7.6B (26 Nov) to $20.3B (26 Dec 2025); the '$59B' of market commentary",
                     \.startingReverseRepo) { $0.overnightReverseRepo },
    ]
}
