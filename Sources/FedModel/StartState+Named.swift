extension StartState {
    /// The 10 Dec 2025 FOMC decision: H.4.1 Wednesday levels of 10 Dec 2025 (reserves: the week
    /// average), H.8 and market closes of the day. Series ids as in docs/DATA.md.
    package static let december2025 = StartState(
        name: Identifier.december2025.rawValue,
        title: "FOMC 10 Dec 2025",
        calendarMonth: 12, calendarYear: 2025, calendarDay: 10,
        bills: 195.4929267,              // SOMA_BILLS of 15 Oct 2025 carried forward [D]
        coupons: 3_993.4820733,          // TREAST 4,188.975 − bills [D]
        mortgageBackedSecurities: 2_053.665, // WSHOMCB
        standingRepoLoans: 0.001,        // H41RESPPALGTRONWW
        otherAssets: 296.662,            // WALCL 6,539.303 − TREAST − WSHOMCB − SRF loans [D]
        currency: 2_425.673,             // WCICL
        treasuryGeneralAccount: 805.827, // WDTGAL
        overnightReverseRepo: 5.045,     // WLRRAOL
        otherLiabilities: 566.531,       // WLRRAFOIAL + WDFOL + WLODL [D]
        residual: -195.885,              // WALCL − the liabilities − WRESBAL 2,932.112 [D]
        bankAssets: 24_516.6256,         // TLAACBW027SBOG
        nominalGDP: 31_100,              // [U], not in the data
        targetRangeTop: 4.00,            // DFEDTARU (3.75–4.00 before the cut)
        iorbBelowTop: 10,                // DFEDTARU − IORB 3.90
        hasStandingRepoFacility: true,   // since 28 Jul 2021
        spx: 6_886.68, ndx: 23_654.16,   // SP500, NASDAQCOM closes of 10 Dec 2025
        btc: 92_361.15625, eth: 3_342.9206543, // BTC-USD, ETH-USD
        twoYearYield: 3.54, tenYearYield: 4.13 // DGS2, DGS10
    )

    /// The week of the September 2019 repo spike (decision of 18 Sep 2019): H.4.1 of 18 Sep 2019.
    package static let september2019 = StartState(
        name: Identifier.september2019.rawValue,
        title: "repo spike, Sep 2019",
        calendarMonth: 9, calendarYear: 2019, calendarDay: 18,
        bills: 6.002,                    // SOMA_BILLS
        coupons: 2_099.824,              // TREAST 2,105.826 − bills [D]
        mortgageBackedSecurities: 1_484.434, // WSHOMCB
        otherAssets: 254.435,            // WALCL 3,844.695 − TREAST − WSHOMCB, incl. 75 of repo operations [D]
        currency: 1_762.683,             // WCICL
        treasuryGeneralAccount: 303.057, // WDTGAL
        overnightReverseRepo: 18.91,     // WLRRAOL
        otherLiabilities: 378.067,       // WLRRAFOIAL + WDFOL + WLODL [D]
        residual: -12.144,               // WALCL − the liabilities − WRESBAL 1,394.122 [D]
        bankAssets: 17_449.5369,         // TLAACBW027SBOG
        nominalGDP: 22_135.2,            // bank assets × dec-2025's GDP / bank assets, to $0.1B [D]
        targetRangeTop: 2.25,            // DFEDTARU (2.00–2.25 before the cut)
        iorbBelowTop: 15,                // DFEDTARU − IOER 2.10
        iorbBelowTopAfterDecision: 20,   // DFEDTARU 2.00 − IOER 1.80 on 19 Sep 2019
        hasStandingRepoFacility: false,  // the SRF began on 28 Jul 2021
        spx: 3_006, ndx: 8_186,          // [U]: SP500 and NASDAQCOM begin in 2021
        btc: 10_198.24804688, eth: 211.39303589, // BTC-USD, ETH-USD
        twoYearYield: 1.77, tenYearYield: 1.80, // DGS2, DGS10
        fits: september2019Fits
    )

    /// The mechanisms whose size belongs to the era rather than to the week's story, fitted at 18 Sep 2019 on
    /// the data dated on or before it (`calibrate at 2019-09-18`; a FedData test checks the figures): money
    /// funds' month-end ON RRP inflow (small in 2018-19, when private repo paid well above the ON RRP rate) and
    /// the market volatilities the data cover. The reserve-demand curve, repo premium and month-end peak stay
    /// the catalogue's, which put the spike week's +44bp SOFR − IOER at month 0.
    static let september2019Fits: [Calibration.Fit] = {
        let inflow = "fit to RRPONTSYD, TGCR, RRPONTSYAWARD, month ends 2018-04-30..2019-08-30, 17 months"
        let band = "band: quarter-long windows, p5 … p95; calibrate at 2019-09-18"
        let crypto = "2018-09-18..2019-09-18, 365 daily changes (\(band))"
        let yields = "2018-09-13..2019-09-18, 252 daily changes (\(band))"
        return [
            .init(name: "rrp_peak_inflow", central: -1.5, low: -39.4, high: 36.4,
                  source: "\(inflow) (intercept; calibrate at 2019-09-18)"),
            .init(name: "rrp_quarter_end_inflow", central: 34.5, low: 19.5, high: 49.4,
                  source: "\(inflow) (quarter ends; calibrate at 2019-09-18)"),
            .init(name: "rrp_peak_inflow_per_bp", central: 0.30, low: -2.13, high: 2.72,
                  source: "\(inflow) (slope on TGCR − ON RRP; calibrate at 2019-09-18)"),
            .init(name: "vol_btc", central: 71.1, low: 48.6, high: 96.9, source: "fit to BTC-USD, \(crypto)"),
            .init(name: "vol_eth", central: 90.1, low: 72.2, high: 113.2, source: "fit to ETH-USD, \(crypto)"),
            .init(name: "vol_y2", central: 66.8, low: 49.4, high: 87.5, source: "fit to DGS2, \(yields)"),
            .init(name: "vol_y10", central: 63.8, low: 54.4, high: 71.2, source: "fit to DGS10, \(yields)"),
        ]
    }()
}
