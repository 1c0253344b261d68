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
        twoYearYield: 1.77, tenYearYield: 1.80 // DGS2, DGS10
    )
}
