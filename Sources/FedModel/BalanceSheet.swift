/// The Fed's balance sheet at a month end. Reserves are never set directly: they are the residual of
/// the identity, reserves = total assets − currency − TGA − ON RRP − other liabilities.
///
/// Entries are kept in whole cents, so the identity and every ledger entry hold exactly; the
/// properties read and write billions of dollars (writes round to the cent).
package struct BalanceSheet: Sendable, Equatable {
    /// One balance-sheet line.
    package enum Entry: Int, Sendable, CaseIterable {
        case bills, coupons, mortgageBackedSecurities, standingRepoLoans, otherAssets
        case currency, treasuryGeneralAccount, overnightReverseRepo, otherLiabilities

        package var isAsset: Bool { rawValue <= Entry.otherAssets.rawValue }
    }

    // Inline storage (no heap allocation per copy): one lane per entry.
    private var cents = Lanes()

    /// Nine Int64 lanes, 72 bytes: Monte Carlo keeps a sheet per draw, so a SIMD16's 128 bytes (seven
    /// lanes unused) cost memory in every draw and copying time in every month.
    private struct Lanes: Equatable {
        private var storage: (Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64, Int64)
            = (0, 0, 0, 0, 0, 0, 0, 0, 0)

        // A switch, not a pointer into the tuple: reading through `withUnsafeBytes(of:)` copied the
        // whole sheet for each read.
        subscript(lane: Int) -> Int64 {
            get {
                switch lane {
                case 0: storage.0
                case 1: storage.1
                case 2: storage.2
                case 3: storage.3
                case 4: storage.4
                case 5: storage.5
                case 6: storage.6
                case 7: storage.7
                case 8: storage.8
                default: preconditionFailure("no balance-sheet lane \(lane)")
                }
            }
            set {
                switch lane {
                case 0: storage.0 = newValue
                case 1: storage.1 = newValue
                case 2: storage.2 = newValue
                case 3: storage.3 = newValue
                case 4: storage.4 = newValue
                case 5: storage.5 = newValue
                case 6: storage.6 = newValue
                case 7: storage.7 = newValue
                case 8: storage.8 = newValue
                default: preconditionFailure("no balance-sheet lane \(lane)")
                }
            }
        }

        /// Lanes 0 … 4 (the assets) and 5 … 8 (the liabilities other than reserves).
        var assets: Int64 { storage.0 + storage.1 + storage.2 + storage.3 + storage.4 }
        var otherLiabilities: Int64 { storage.5 + storage.6 + storage.7 + storage.8 }

        static func == (left: Lanes, right: Lanes) -> Bool { (0..<9).allSatisfy { left[$0] == right[$0] } }
    }

    package init(start: StartState) {
        self[.bills] = start.bills
        self[.coupons] = start.coupons
        self[.mortgageBackedSecurities] = start.mortgageBackedSecurities
        self[.standingRepoLoans] = start.standingRepoLoans
        self[.otherAssets] = start.otherAssets
        self[.currency] = start.currency
        self[.treasuryGeneralAccount] = start.treasuryGeneralAccount
        self[.overnightReverseRepo] = start.overnightReverseRepo
        // The residual line rides with other liabilities: the model moves neither.
        self[.otherLiabilities] = start.otherLiabilities
        cents[Entry.otherLiabilities.rawValue] += Self.cents(start.residual)
    }

    /// An entry in billions of dollars.
    package subscript(entry: Entry) -> Double {
        get { Double(cents[entry.rawValue]) / Self.centsPerBillion }
        set { cents[entry.rawValue] = Self.cents(newValue) }
    }

    /// An entry in cents.
    package func cents(_ entry: Entry) -> Int64 { cents[entry.rawValue] }

    /// Adds an amount ($B, rounded to the cent) to an entry exactly; returns the cents added.
    @discardableResult
    package mutating func add(_ billions: Double, to entry: Entry) -> Int64 {
        let before = cents[entry.rawValue]
        // Both terms are within ±largestCents, so the sum cannot overflow; it is held at the bound.
        let after = min(max(before + Self.cents(billions), -Self.largestCents), Self.largestCents)
        cents[entry.rawValue] = after
        return after - before
    }

    /// Adds an amount in cents to an entry exactly (the reserves floor and the spill-over use it;
    /// their amounts are bounded by other lines, so the sum stays within bounds).
    mutating func add(cents amount: Int64, to entry: Entry) { cents[entry.rawValue] += amount }

    package static let centsPerBillion = 100_000_000_000.0
    /// The largest amount one line may hold, $1 quadrillion ($1,000,000B): far beyond any scenario the
    /// variables' domains allow, and small enough that nine lines summed stay inside Int64 cents.
    package static let largestBillions = 1_000_000.0

    static let largestCents = Int64(largestBillions * centsPerBillion)

    /// Billions to cents, checked: a non-finite amount counts as zero and an amount beyond
    /// ±`largestBillions` is held at that bound, so no conversion traps. The domains keep every
    /// scenario far inside the bound; this is the last line of defence, not a modelling rule.
    package static func cents(_ billions: Double) -> Int64 {
        guard billions.isFinite else { return 0 }
        let bounded = min(max(billions, -largestBillions), largestBillions)
        return roundedHalfAwayFromZero(bounded * centsPerBillion)
    }

    /// `Int64(amount.rounded())` for |amount| ≤ 10¹⁷, without the call into libm's `round` that
    /// x86-64's baseline instruction set needs (it was 8% of a Monte Carlo's instructions).
    /// Truncation is exact in that range, and so is the fraction left over (below 2⁵² it has the
    /// bits to spare; from 2⁵² every Double is whole), so the result is the same to the cent.
    @inline(__always)
    static func roundedHalfAwayFromZero(_ amount: Double) -> Int64 {
        let whole = Int64(amount)
        let fraction = amount - Double(whole)
        return whole &+ (fraction >= 0.5 ? 1 : 0) &- (fraction <= -0.5 ? 1 : 0)
    }

    package var totalAssetsCents: Int64 { cents.assets }
    package var nonReserveLiabilitiesCents: Int64 { cents.otherLiabilities }
    /// The residual of the identity, in cents.
    package var reservesCents: Int64 { totalAssetsCents - nonReserveLiabilitiesCents }

    package var bills: Double { get { self[.bills] } set { self[.bills] = newValue } }
    package var coupons: Double { get { self[.coupons] } set { self[.coupons] = newValue } }
    package var mortgageBackedSecurities: Double {
        get { self[.mortgageBackedSecurities] } set { self[.mortgageBackedSecurities] = newValue }
    }
    /// Standing Repo Facility loans outstanding at the month end.
    package var standingRepoLoans: Double {
        get { self[.standingRepoLoans] }
        set { self[.standingRepoLoans] = newValue }
    }
    package var otherAssets: Double { get { self[.otherAssets] } set { self[.otherAssets] = newValue } }
    package var currency: Double { get { self[.currency] } set { self[.currency] = newValue } }
    package var treasuryGeneralAccount: Double {
        get { self[.treasuryGeneralAccount] } set { self[.treasuryGeneralAccount] = newValue }
    }
    package var overnightReverseRepo: Double {
        get { self[.overnightReverseRepo] } set { self[.overnightReverseRepo] = newValue }
    }
    package var otherLiabilities: Double { get { self[.otherLiabilities] } set { self[.otherLiabilities] = newValue } }

    package var totalAssets: Double { Double(totalAssetsCents) / Self.centsPerBillion }
    /// Reserves ($B), the residual of the identity.
    package var reserves: Double { Double(reservesCents) / Self.centsPerBillion }
    /// Fed total assets − TGA − ON RRP, the "net liquidity" of market commentary ($B), without the
    /// overnight SRF loans: borrowing at a penalty rate on a peak day is a sign of strain (the
    /// funding-stress channel), not liquidity for risk assets.
    package var netLiquidity: Double { totalAssets - standingRepoLoans - treasuryGeneralAccount - overnightReverseRepo }
}
