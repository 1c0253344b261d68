/// The balance sheet, corridor and market levels on the day a scenario starts (month 0).
///
/// Money is in billions of US dollars, rates in percent, yields in percent. Each figure's source and
/// status is listed in docs/MODEL.md; figures tagged there as unconfirmed are placeholders for the
/// best-known value, not measurements.
package struct StartState: Sendable, Equatable {
    package enum Identifier: String, Sendable, CaseIterable {
        case december2025 = "dec-2025"
        case september2019 = "sep-2019"
    }

    package var identifier: Identifier
    /// Human description used in banners and reports.
    package var title: String
    /// Calendar month (1–12) and year of month 0; month t is t months later.
    package var calendarMonth: Int
    package var calendarYear: Int

    // Assets ($B)
    package var bills: Double
    package var coupons: Double
    package var mortgageBackedSecurities: Double
    package var otherAssets: Double
    // Liabilities ($B); reserves are the residual, never stored.
    package var currency: Double
    package var treasuryGeneralAccount: Double
    package var overnightReverseRepo: Double
    package var otherLiabilities: Double

    /// Commercial-bank total assets ($B), the denominator of the reserve ratio (H.8).
    package var bankAssets: Double
    /// Nominal GDP, annual rate ($B).
    package var nominalGDP: Double

    /// Top of the federal funds target range before the decision (percent).
    package var targetRangeTop: Double
    /// IORB sits this far below the top of the range (bp).
    package var iorbBelowTop: Double
    /// Whether a standing repo facility caps repo rates (none existed in September 2019).
    package var hasStandingRepoFacility: Bool

    /// Levels on the eve of the decision: index points, dollars, percent.
    package var spx: Double
    package var ndx: Double
    package var btc: Double
    package var eth: Double
    package var twoYearYield: Double
    package var tenYearYield: Double

    /// Total assets ($B).
    package var totalAssets: Double { bills + coupons + mortgageBackedSecurities + otherAssets }
    /// Reserves ($B) as the residual of the identity.
    package var reserves: Double {
        totalAssets - currency - treasuryGeneralAccount - overnightReverseRepo - otherLiabilities
    }

    package static func named(_ identifier: Identifier) -> StartState {
        switch identifier {
        case .december2025: return .december2025
        case .september2019: return .september2019
        }
    }
}

extension StartState {
    /// The 10 Dec 2025 FOMC decision, H.4.1 week ended 10 Dec 2025.
    package static let december2025 = StartState(
        identifier: .december2025,
        title: "FOMC 10 Dec 2025",
        calendarMonth: 12, calendarYear: 2025,
        bills: 195.5,                    // H.4.1 bills, week ended 10 Dec 2025 [C]
        coupons: 3_993.4,                // Treasuries 4,188.9 − bills [C]
        mortgageBackedSecurities: 2_053.7, // H.4.1 [C]
        otherAssets: 287.4,              // total assets ≈ 6,530 [C2] less the lines above [D]
        currency: 2_430,                 // ~2.42–2.45T [U]
        treasuryGeneralAccount: 850,     // Treasury's end-Dec assumption [C]; actual [U]
        overnightReverseRepo: 20,        // 7.6 (26 Nov) – 20.3 (26 Dec) [C2]
        otherLiabilities: 260,           // residual so that reserves ≈ 2,970 [D]
        bankAssets: 24_400,              // H.8, 24.3–24.5T [D]
        nominalGDP: 31_100,              // [U]
        targetRangeTop: 4.00,            // 3.75–4.00 before the cut [C]
        iorbBelowTop: 10,                // IORB 3.65 under a 3.75 top after the cut [C2]
        hasStandingRepoFacility: true,
        spx: 6_846.51, ndx: 23_545.90,   // closes 8 Dec 2025 [C2]
        btc: 92_000, eth: 3_130,         // ~8 Dec 2025 [C2]
        twoYearYield: 3.59, tenYearYield: 4.17 // 8 Dec 2025 close [D]
    )

    /// The week of the September 2019 repo spike (decision of 18 Sep 2019).
    package static let september2019 = StartState(
        identifier: .september2019,
        title: "repo spike, Sep 2019",
        calendarMonth: 9, calendarYear: 2019,
        bills: 10,                       // [U]
        coupons: 2_080,                  // [U]
        mortgageBackedSecurities: 1_530, // [U]
        otherAssets: 140,                // total assets ≈ 3,760 (end-Aug 2019) [C]
        currency: 1_740,                 // [U]
        treasuryGeneralAccount: 370,     // after the mid-September tax date [U]
        overnightReverseRepo: 5,         // [U]
        otherLiabilities: 225,           // residual so that reserves ≈ 1,420 (1.39–1.49T) [D]
        bankAssets: 18_000,              // 17.5–18.5T [U]
        nominalGDP: 21_400,              // [U]
        targetRangeTop: 2.25,            // 2.00–2.25 before the cut [C2]
        iorbBelowTop: 15,                // IOER 2.10 [C2]
        hasStandingRepoFacility: false,
        spx: 3_006, ndx: 8_186,          // [U]
        btc: 10_200, eth: 210,           // [U]
        twoYearYield: 1.80, tenYearYield: 1.81 // [U]
    )
}
