// The parameter table. docs/MODEL.md prints the same table; a test checks that it names every parameter.
extension ModelParameter {
    /// The parameter with this name, if any.
    package static func named(_ name: String) -> ModelParameter? {
        catalog.first { $0.name == name }
    }

    /// Every calibrated parameter of the model, in the order the chain uses them.
    package static let catalog: [ModelParameter] = reserveDemand + calendar + balanceSheet + surprise + liquidity
        + duration + fundingStress + noise

    static let reserveDemand: [ModelParameter] = [
        .init("demand_floor", \.demandFloor, central: -8, low: -9, high: -7, domain: -50...0, unit: "bp",
              meaning: "EFFR − IORB when reserves are abundant (the flat end of the curve)",
              source: "EFFR − IORB ≈ −7bp in the abundant years 2021–22 (NY Fed SR 1019)", status: .derived),
        .init("demand_scale", \.demandScale, central: 6, low: 4.5, high: 7.5, domain: 0.5...50, unit: "bp",
              meaning: "height of the curve above its floor at 12% of bank assets",
            source: "anchor: spread ≈ −2bp at ~12% of bank assets, late 2025 (plumbing.md §3b, §4c)", status: .derived),
        .init(
            "demand_decay", \.demandDecay, central: 0.30, low: 0.22, high: 0.38, domain: 0.05...1, unit: "1/pp",
              meaning: "how fast the spread rises as reserves fall (per pp of bank assets)",
            source: "anchor: clearly positive spread at ~8% of bank assets, Sep 2019 (EFFR − IOER +5 to +20bp)",
            status: .derived),
        .init(
            "repo_premium_base", \.repoPremiumBase, central: -4, low: -6, high: -2, domain: -50...5, unit: "bp",
              meaning: "SOFR − EFFR when reserves are abundant",
              source: "SOFR ≈ 10bp under IORB in 2021 with EFFR 7bp under", status: .derived),
        .init("repo_premium_per_slope", \.repoPremiumPerSlope, central: 6, low: 4, high: 8,
              domain: 0...50, unit: "bp per bp/pp",
              meaning: "extra repo premium per unit of curve steepness",
            source: "anchor: SOFR ≈ 5bp over IORB on average in Nov 2025 (sofrrate prints, plumbing.md §3b)",
            status: .derived),
        .init(
            "peak_per_slope", \.peakPerSlope, central: 8, low: 5, high: 12, domain: 0...50, unit: "bp per bp/pp",
              meaning: "month-end and tax-date repo peak above the monthly average, per unit of steepness",
              source: "peaks of +15bp (26 Nov) to +32bp (31 Oct 2025) over IORB (plumbing.md §3b)", status: .derived),
        .init("tgcr_below_sofr", \.triPartyBelowRepo, central: 2.4, low: 1, high: 4, domain: 0...50, unit: "bp",
              meaning: "TGCR below SOFR (tri-party repo excludes the dearer cleared and bilateral trades)",
            source:
                "SOFR − TGCR averaged 2.4bp, p10 1bp, p90 4bp (132 days, Jun–Dec 2025; 2.4bp in 2019; data/SOFR, TGCR)",
            status: .derived),
        .init(
            "srf_take_up", \.standingRepoTakeUp, central: 3, low: 1.5, high: 5, domain: 0...100, unit: "$B per bp",
              meaning: "Standing Repo Facility loans per bp that the repo peak would pass the SRF rate",
            source: "$50B at +22bp (31 Oct 2025), $75B at ~+25bp (31 Dec 2025) (plumbing.md §3c)", status: .derived),
        .init(
            "srf_damping", \.standingRepoDamping, central: 0.5, low: 0.3, high: 0.8, domain: 0...1, unit: "share",
            meaning:
                "share of the repo peak above the SRF rate that the facility removes when it lends srf_damping_scale",
              source: "repo still printed above the SRF rate on peak days in 2025", status: .assumption),
        .init("srf_damping_scale", \.standingRepoDampingScale, central: 25, low: 10, high: 75, domain: 1...10_000,
              unit: "$B",
            meaning:
                "SRF loans on a day at which the facility removes srf_damping of the excess (more as it lends more)",
              source: "peak-day use of $26–50B in Oct–Dec 2025 (plumbing.md §3c); morning operations since Jun 2025 "
                  + "and no aggregate limit from 10 Dec 2025 let take-up follow the need; the rate is a judgement",
              status: .assumption),
        .init("repo_op_damping", \.repoOperationDamping, central: 0.7, low: 0.4, high: 0.9, domain: 0...1,
              unit: "share",
              meaning: "share of repo above the top of the range that Fed repo operations remove (no SRF)",
            source:
                "SOFR 5.25% on 17 Sep 2019, 1.86% by 20 Sep after $75B+ operations (plumbing.md §5); size a judgement",
            status: .assumption),
        .init(
            "rrp_spill", \.reverseRepoSpill, central: 0.5, low: 0.2, high: 0.8, domain: 0...1, unit: "share",
              meaning: "share of reserves above the abundant threshold that money funds move into ON RRP",
              source: "ON RRP filled when repo sat at the floor (2021–22); size is a judgement", status: .assumption),
    ]

    /// The in-month calendar (the catalogue's values are the fits at 10 Dec 2025; a data-built start refits).
    static let calendar: [ModelParameter] = [
        .init("tga_tax_date_swing", \.treasuryAccountTaxDateSwing, central: 35.5, low: -46.2, high: 100.7,
              domain: -1_000...1_000, unit: "$B", meaning: "TGA on the mid-month tax date over its monthly level",
            source: "TGA_DTS Dec 2022..Nov 2025, 18 dates: median, p10 … p90 (calibrate at 2025-12-10)",
            status: .derived),
        .init(
            "tga_settlement_swing", \.treasuryAccountSettlementSwing, central: -30.8, low: -64.7, high: 15.1,
              domain: -1_000...1_000, unit: "$B",
              meaning: "TGA on the 15th of a month without a tax date (coupon settlement) over its monthly level",
            source: "TGA_DTS Dec 2022..Nov 2025, 18 dates: median, p10 … p90 (calibrate at 2025-12-10)",
            status: .derived),
        .init(
            "tga_month_end_swing", \.treasuryAccountMonthEndSwing, central: 28.8, low: -71.4, high: 97.3,
            domain: -1_000...1_000, unit: "$B",
            meaning: "TGA at a month end (not a quarter end) over its monthly level",
            source:
                "TGA_DTS Dec 2022..Nov 2025, 21 month ends, Aprils aside: median, p10 … p90 (calibrate at 2025-12-10)",
              status: .derived),
        .init("tga_quarter_end_swing", \.treasuryAccountQuarterEndSwing, central: 55.5, low: -48, high: 132.6,
              domain: -1_000...1_000, unit: "$B", meaning: "TGA at a quarter end over its monthly level",
              source: "TGA_DTS Dec 2022..Nov 2025, 12 quarter ends: median, p10 … p90 (calibrate at 2025-12-10)",
              status: .derived),
        .init("rrp_peak_inflow", \.reverseRepoPeakInflow, central: 31.6, low: -2.1, high: 65.3, domain: -2_000...5_000,
              unit: "$B", meaning: "cash money funds put into ON RRP at a month end when TGCR sits at the ON RRP rate",
              source: "RRPONTSYD month ends Oct 2023..Sep 2025 on TGCR − RRPONTSYAWARD and quarter ends, 24 months: "
                  + "intercept, 90% band (calibrate at 2025-12-10)", status: .derived),
        .init("rrp_quarter_end_inflow", \.reverseRepoQuarterEndInflow, central: 96.9, low: 46.8, high: 147.1,
              domain: -2_000...5_000, unit: "$B", meaning: "extra month-end ON RRP inflow at a quarter end",
              source: "the same fit: quarter-end coefficient, 90% band (calibrate at 2025-12-10)", status: .derived),
        .init("rrp_peak_inflow_per_bp", \.reverseRepoPeakInflowPerSpread, central: 4.62, low: -1.1, high: 10.3,
              domain: -500...500, unit: "$B per bp",
              meaning: "month-end ON RRP inflow per bp of TGCR − ON RRP rate (the model's repo rate stands for TGCR)",
              source: "the same fit: slope, 90% band (calibrate at 2025-12-10)", status: .derived),
    ]

    static let balanceSheet: [ModelParameter] = [
        .init("mbs_paydown", \.mortgagePaydown, central: 16, low: 14, high: 18, domain: 0...100, unit: "$B/month",
              meaning: "MBS principal paid down each month (run off under QT, reinvested in bills without)",
            source: "~$15B/month (Perli, NY Fed, Mar 2025); $16–16.8B Sep–Nov 2025 (Wolf Street)", status: .confirmed),
        .init(
            "treasury_cap", \.treasuryRunoffCap, central: 5, low: 4, high: 5, domain: 0...100, unit: "$B/month",
              meaning: "Treasury runoff under QT (cap since Apr 2025; actual $4–5B)",
            source: "FOMC statement 19 Mar 2025; Wolf Street monthly figures", status: .confirmed),
        .init(
            "tga_miss", \.treasuryAccountMiss, central: 0, low: -150, high: 150, domain: -1_000...1_000, unit: "$B",
            meaning: "how far the TGA may sit from the path the scenario sets (reached at 12 months, growing linearly)",
              source: "TGA swung from $313B (Jul) to >$1T (Oct 2025); judgement", status: .assumption),
        .init("currency_growth_miss", \.currencyGrowthMiss, central: 0, low: -0.01, high: 0.01,
              domain: -0.1...0.1, unit: "per year",
              meaning: "error in the currency growth rate the scenario sets", source: "judgement", status: .assumption),
        .init("bank_asset_growth_miss", \.bankAssetGrowthMiss, central: 0, low: -0.02, high: 0.02,
              domain: -0.1...0.1, unit: "per year",
            meaning: "error in the bank-asset growth rate the scenario sets", source: "judgement", status: .assumption),
    ]

    static let surprise: [ModelParameter] = [
        .init("surprise_y2", \.surpriseTwoYear, central: 0.614, low: 0.535, high: 0.70,
              domain: 0...2, unit: "bp per bp",
              meaning: "fall in the 2-year yield per bp of unexpected cut, on the day",
              source: "Kuttner (2001) Table 3 (61.4bp per pp) and Table 5 (53.5)", status: .confirmed),
        .init("surprise_y10", \.surpriseTenYear, central: 0.315, low: 0.22, high: 0.35,
              domain: 0...2, unit: "bp per bp",
              meaning: "fall in the 10-year yield per bp of unexpected cut, on the day",
              source: "Kuttner (2001) Table 3 (31.5bp per pp) and Table 5 (22.0)", status: .confirmed),
        .init("surprise_equity", \.surpriseEquity, central: 0.04, low: 0.0255, high: 0.0468,
              domain: 0...0.2, unit: "% per bp",
              meaning: "S&P 500 rise per bp of unexpected cut, on the day (+1% per 25bp)",
              source: "Bernanke–Kuttner (2005) Table II: 4.68%/pp, 2.55%/pp without outliers", status: .confirmed),
        .init("expected_equity", \.expectedEquity, central: 0, low: -0.012, high: 0.008,
              domain: -0.1...0.1, unit: "% per bp",
              meaning: "S&P 500 move per bp of expected cut (priced in already)",
            source: "Bernanke–Kuttner (2005) Table II: expected component small, insignificant ex-outliers",
            status: .derived),
        .init(
            "path_y2", \.pathTwoYear, central: 0.75, low: 0.5, high: 1.0, domain: 0...2, unit: "bp per bp",
              meaning: "rise in the 2-year yield per bp of path news (expected policy rate a year out), on the day",
            source:
                """
                    expectations arithmetic: a path shift reaching x at 1 year and held lifts the 2-year average by \
                    ~0.75x; GSS (2005) path factor
                    """,
            status: .derived),
        .init(
            "path_y10", \.pathTenYear, central: 0.32, low: 0.15, high: 0.6, domain: 0...2, unit: "bp per bp",
              meaning: "rise in the 10-year yield per bp of path news, on the day",
            source: "Hanson–Stein (FEDS 2012-46): 42bp of 10-year forward per 100bp of 2-year on FOMC days × path_y2",
            status: .derived),
        .init(
            "path_equity", \.pathEquity, central: 0.025, low: 0, high: 0.06, domain: -0.2...0.2, unit: "% per bp",
              meaning: "S&P 500 fall per bp of path news (a higher expected path), on the day",
            source:
                "judgement: below the target factor's 0.04%/bp (GSS 2005: stocks respond mainly to the target factor)",
            status: .assumption),
        .init(
            "tech_multiplier", \.techMultiplier, central: 1.3, low: 1.1, high: 1.5, domain: 0...5, unit: "×",
              meaning: "Nasdaq response as a multiple of the S&P 500's",
              source: "Bernanke–Kuttner (2005) Table IX: high-tech 1.29× the market", status: .derived),
        .init("btc_beta", \.bitcoinBeta, central: 1.5, low: 0.7, high: 2.5, domain: -5...10, unit: "×",
              meaning: "Bitcoin move per 1% Nasdaq move (risk factor)",
              source: "betas 0.56–0.94 daily, ~4.6 weekly; ρ·σ ratio 1.2–2.2 (assets.md §3.4)", status: .derived),
        .init("eth_beta", \.etherBeta, central: 1.2, low: 0.9, high: 1.6, domain: -5...5, unit: "×",
              meaning: "Ether move per 1% Bitcoin move",
              source: "vol ratio 64/53 with ρ 0.7–0.9; Delphi 1.5 (assets.md §3.4)", status: .derived),
    ]

    static let liquidity: [ModelParameter] = [
        .init("liquidity_equity", \.liquidityEquity, central: 0.1, low: -0.6, high: 1.3,
              domain: -5...5, unit: "% per $100B",
            meaning:
                "S&P 500 move per $100B of net liquidity (Fed assets less SRF loans − TGA − ON RRP), after the lag",
            source:
                """
                    no causal estimate; R² ≈ 0–0.1 on changes, so centred near zero with both signs; 1.3 is the \
                    proponents' fair-value rule (assets.md §4)
                    """,
            status: .assumption),
        .init(
            "liquidity_lag", \.liquidityLag, central: 3, low: 1, high: 4, domain: 0...24, unit: "months",
              meaning: "delay before net liquidity shows in prices",
              source: "Howell: liquidity leads BTC by 11–13 weeks (assets.md §3.3)", status: .derived),
    ]

    static let duration: [ModelParameter] = [
        .init(
            "bill_duration", \.billDuration, central: 0.25, low: 0.1, high: 0.5, domain: 0...1, unit: "years",
            meaning: "duration of the bills bought", source: "3-month bill ≈ 0.25y (plumbing.md §6)", status: .derived),
        .init(
            "short_coupon_duration", \.shortCouponDuration, central: 2, low: 1.5, high: 2.8, domain: 0...5,
            unit: "years",
            meaning: "duration of the Treasuries of 3 years or less bought (instrument = short-coupons)",
            source: "directive: bills and, if needed, Treasuries ≤ 3 years; 1.5–2.8y (plumbing.md §6)", status: .derived
        ),
        .init(
            "coupon_duration", \.couponDuration, central: 6, low: 4, high: 8, domain: 0...30, unit: "years",
            meaning: "duration of the coupon securities bought across the curve (the QE counterfactual) or run off",
            source: "mix of notes and bonds; judgement", status: .assumption),
        .init(
            "mbs_duration", \.mortgageDuration, central: 5, low: 4, high: 6, domain: 0...30, unit: "years",
            meaning: "duration of the MBS principal paid down, handed back to the market as it runs off",
            source: "agency MBS duration 4–6 years (review-2026-12.md §6); judgement", status: .assumption),
        .init(
            "ten_year_duration", \.tenYearDuration, central: 8.5, low: 8, high: 9, domain: 1...10, unit: "years",
            meaning: "modified duration of the 10-year note (defines 10-year equivalents)",
            source: "plumbing.md §6", status: .derived),
        .init(
            "term_premium_per_10ye", \.termPremiumPerTenYearEquivalent, central: 5, low: 2, high: 12,
            domain: 0...50, unit: "bp per $100B",
            meaning: "fall in the 10-year term premium per $100B of 10-year equivalents bought",
            source: "Gagnon et al. 2011, D'Amico–King, Cahill et al., Bonis–Ihrig–Wei ratios (assets.md §2)",
            status: .derived),
        .init(
            "y2_duration_share", \.twoYearDurationShare, central: 0.2, low: 0.1, high: 0.4,
            domain: 0...1, unit: "share",
            meaning: "part of the 10-year term-premium move seen in the 2-year", source: "judgement",
            status: .assumption),
        .init(
            "equity_per_term_premium", \.equityPerTermPremium, central: 0.05, low: 0.03, high: 0.085,
            domain: 0...0.5, unit: "% per bp",
            meaning: "S&P 500 rise per bp fall in the 10-year term premium",
            source: "LSAP equity effect +5% (3–8.5%) for ~100bp (Bivens 2015 survey, assets.md §2.1)",
            status: .derived),
    ]

    static let fundingStress: [ModelParameter] = [
        .init(
            "stress_threshold", \.stressThreshold, central: 15, low: 10, high: 25, domain: 0...500, unit: "bp",
            meaning: "repo peak over IORB above which funding stress hits risk assets", source: "judgement",
            status: .assumption),
        .init(
            "stress_equity", \.stressEquity, central: 0.05, low: 0, high: 0.15, domain: 0...1, unit: "% per bp",
            meaning: "S&P 500 fall per bp of repo peak above the threshold",
            source: "judgement; no causal estimate found", status: .assumption),
        .init(
            "srf_stress", \.standingRepoStress, central: 1, low: 0, high: 2, domain: 0...100, unit: "bp per $10B",
            meaning: "funding stress (as bp of repo peak) per $10B of SRF loans on the month's worst day",
            source: "heavy SRF use is a sign of strain, not liquidity (review-2026-12.md §2); size is a judgement",
            status: .assumption),
    ]

    /// The market-noise parameters: annualised volatilities of the prices and yields.
    package static let noise: [ModelParameter] = [
        .init(
            "vol_spx", \.volatilitySPX, central: 16, low: 15, high: 19, domain: 0...100, unit: "%/year",
            meaning: "S&P 500 annualised volatility", source: "daily SD 0.99% × √252 (assets.md §3.5)", status: .derived
        ),
        .init(
            "vol_ndx", \.volatilityNDX, central: 20, low: 18, high: 22, domain: 0...100, unit: "%/year",
            meaning: "Nasdaq annualised volatility", source: "S&P + ~2.4pp (Nasdaq.com, assets.md §3.5)",
            status: .derived),
        .init(
            "vol_btc", \.volatilityBTC, central: 50, low: 40, high: 60, domain: 0...200, unit: "%/year",
            meaning: "Bitcoin annualised volatility", source: "53% in 2024 (assets.md §3.5)", status: .confirmed),
        .init(
            "vol_eth", \.volatilityETH, central: 65, low: 55, high: 75, domain: 0...200, unit: "%/year",
            meaning: "Ether annualised volatility", source: "64% in 2024 (assets.md §3.5)", status: .confirmed),
        .init(
            "vol_y2", \.volatilityTwoYear, central: 90, low: 70, high: 110, domain: 0...500, unit: "bp/year",
            meaning: "2-year yield annualised volatility", source: "daily changes ~5–6bp × √252; judgement",
            status: .assumption),
        .init(
            "vol_y10", \.volatilityTenYear, central: 85, low: 70, high: 100, domain: 0...500, unit: "bp/year",
            meaning: "10-year yield annualised volatility", source: "daily changes ~5–6bp × √252; judgement",
            status: .assumption),
    ]
}
