/// What changed the balance sheet during one month, in cents, so the ledger can show each entry and
/// the change in reserves equals their sum exactly.
package struct MonthFlows: Sendable, Equatable {
    /// Reserve-management purchases (bills or coupons): + assets, + reserves.
    package var purchases: Int64 = 0
    /// Treasury coupons run off under QT: − assets, − reserves.
    package var treasuryRunoff: Int64 = 0
    /// MBS principal paid down: − assets, − reserves.
    package var mortgagePaydown: Int64 = 0
    /// MBS principal reinvested in bills when QT is off: + assets, + reserves.
    package var mortgageReinvestedInBills: Int64 = 0
    /// Fed repo operations (net of maturing): + assets (other assets), + reserves.
    package var repoOperationsChange: Int64 = 0
    /// + liabilities, − reserves.
    package var currencyChange: Int64 = 0
    package var treasuryAccountChange: Int64 = 0
    /// ON RRP change from last month end: + liabilities, − reserves.
    package var reverseRepoChange: Int64 = 0
    /// SRF loans change from last month end: + assets, + reserves.
    package var standingRepoChange: Int64 = 0

    package init() {}

    /// The change in reserves these entries imply (cents).
    package var reserveChange: Int64 {
        purchases - treasuryRunoff - mortgagePaydown + mortgageReinvestedInBills + repoOperationsChange - currencyChange
            - treasuryAccountChange - reverseRepoChange + standingRepoChange
    }

    /// Billions of dollars, for reports.
    package static func billions(_ cents: Int64) -> Double { Double(cents) / BalanceSheet.centsPerBillion }
}
