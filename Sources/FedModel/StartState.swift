/// The balance sheet, corridor and market levels on the day a scenario starts (month 0).
///
/// Money is in billions of US dollars, rates in percent, yields in percent. The named states are the
/// Fed's published series on the day (FedData's `StartStateBuilder` rebuilds them from the shipped
/// data, and a test checks they agree to the cent); docs/MODEL.md §3 gives each figure's series id.
package struct StartState: Sendable, Equatable {
    package enum Identifier: String, Sendable, CaseIterable {
        case december2025 = "dec-2025"
        case september2019 = "sep-2019"
    }

    /// `dec-2025`, `sep-2019`, or the date a start was built from (`2024-06-12`).
    package var name: String
    /// Human description used in banners and reports.
    package var title: String
    /// Calendar month (1–12) and year of month 0; month t is t months later.
    package var calendarMonth: Int
    package var calendarYear: Int
    /// The day of the month of the start (the in-month calendar's month 0).
    package var calendarDay: Int

    // Assets ($B)
    package var bills: Double
    package var coupons: Double
    package var mortgageBackedSecurities: Double
    /// Standing Repo Facility loans outstanding on the day (they mature overnight: month 0 settles anew).
    package var standingRepoLoans: Double
    package var otherAssets: Double
    // Liabilities ($B); reserves are what is left, never stored.
    package var currency: Double
    package var treasuryGeneralAccount: Double
    package var overnightReverseRepo: Double
    package var otherLiabilities: Double
    /// What the published lines do not account for: total assets less every listed liability and
    /// reserves (capital, the deferred asset, lines not in the data, and week-average reserves
    /// against Wednesday levels). Kept apart so it is reported, not hidden in another line.
    package var residual: Double

    /// Commercial-bank total assets ($B), the denominator of the reserve ratio (H.8).
    package var bankAssets: Double
    /// Nominal GDP, annual rate ($B).
    package var nominalGDP: Double

    /// Top of the federal funds target range before the decision (percent).
    package var targetRangeTop: Double
    /// IORB sits this far below the top of the range (bp).
    package var iorbBelowTop: Double
    /// IORB (IOER) below the top of the range once the decision takes effect (bp), where the data
    /// has it: 20 in September 2019, when IOER was set to 1.80 with the cut. nil = `iorbBelowTop`.
    package var iorbBelowTopAfterDecision: Double?
    /// Whether a standing repo facility caps repo rates (none existed in September 2019).
    package var hasStandingRepoFacility: Bool

    /// Levels on the eve of the decision: index points, dollars, percent.
    package var spx: Double
    package var ndx: Double
    package var btc: Double
    package var eth: Double
    package var twoYearYield: Double
    package var tenYearYield: Double

    /// Parameters fitted to the data of the start's own date and carried with a named start (data-built
    /// starts carry a whole `Calibration` instead); empty: the catalogue's values.
    package var fits: [Calibration.Fit]

    /// Total assets ($B).
    package var totalAssets: Double { bills + coupons + mortgageBackedSecurities + standingRepoLoans + otherAssets }
    /// Reserves ($B): total assets less every other liability, the residual line included.
    package var reserves: Double {
        totalAssets - currency - treasuryGeneralAccount - overnightReverseRepo - otherLiabilities - residual
    }

    package init(
        name: String, title: String, calendarMonth: Int, calendarYear: Int, calendarDay: Int = 1,
        bills: Double, coupons: Double, mortgageBackedSecurities: Double, standingRepoLoans: Double = 0,
        otherAssets: Double, currency: Double, treasuryGeneralAccount: Double, overnightReverseRepo: Double,
        otherLiabilities: Double, residual: Double = 0, bankAssets: Double, nominalGDP: Double,
        targetRangeTop: Double, iorbBelowTop: Double, iorbBelowTopAfterDecision: Double? = nil,
        hasStandingRepoFacility: Bool,
        spx: Double, ndx: Double, btc: Double, eth: Double, twoYearYield: Double, tenYearYield: Double,
        fits: [Calibration.Fit] = []
    ) {
        self.name = name
        self.title = title
        self.calendarMonth = calendarMonth
        self.calendarYear = calendarYear
        self.calendarDay = calendarDay
        self.bills = bills
        self.coupons = coupons
        self.mortgageBackedSecurities = mortgageBackedSecurities
        self.standingRepoLoans = standingRepoLoans
        self.otherAssets = otherAssets
        self.currency = currency
        self.treasuryGeneralAccount = treasuryGeneralAccount
        self.overnightReverseRepo = overnightReverseRepo
        self.otherLiabilities = otherLiabilities
        self.residual = residual
        self.bankAssets = bankAssets
        self.nominalGDP = nominalGDP
        self.targetRangeTop = targetRangeTop
        self.iorbBelowTop = iorbBelowTop
        self.iorbBelowTopAfterDecision = iorbBelowTopAfterDecision
        self.hasStandingRepoFacility = hasStandingRepoFacility
        self.spx = spx
        self.ndx = ndx
        self.btc = btc
        self.eth = eth
        self.twoYearYield = twoYearYield
        self.tenYearYield = tenYearYield
        self.fits = fits
    }

    package static func named(_ identifier: Identifier) -> StartState {
        switch identifier {
        case .december2025: return .december2025
        case .september2019: return .september2019
        }
    }
}
