import FedModel

/// One line of a month's T-account, in cents: its change to Fed assets, to liabilities other than
/// reserves, and to reserves. Every entry balances on its own: assets = other liabilities + reserves.
struct LedgerEntry: Equatable {
    var label: String
    var assets: Int64 = 0
    var otherLiabilities: Int64 = 0
    var reserves: Int64 = 0

    var balances: Bool { assets == otherLiabilities + reserves }

    /// The month's entries from `MonthResult.flows`, in the order the simulation books them; entries
    /// that did not move are left out.
    static func entries(_ flows: MonthFlows, instrument: Scenario.Instrument) -> [LedgerEntry] {
        let all = [
            LedgerEntry(
                label: "\(instrument.rawValue) bought (RMP)", assets: flows.purchases, reserves: flows.purchases),
            LedgerEntry(
                label: "Treasury coupons run off (QT)", assets: -flows.treasuryRunoff, reserves: -flows.treasuryRunoff),
            LedgerEntry(
                label: "MBS principal paid down", assets: -flows.mortgagePaydown, reserves: -flows.mortgagePaydown),
            LedgerEntry(
                label: "MBS paydown reinvested in bills", assets: flows.mortgageReinvestedInBills,
                reserves: flows.mortgageReinvestedInBills),
            LedgerEntry(
                label: "Fed repo operations (net)", assets: flows.repoOperationsChange,
                reserves: flows.repoOperationsChange),
            LedgerEntry(
                label: "currency in circulation", otherLiabilities: flows.currencyChange,
                reserves: -flows.currencyChange),
            LedgerEntry(
                label: "Treasury General Account", otherLiabilities: flows.treasuryAccountChange,
                reserves: -flows.treasuryAccountChange),
            LedgerEntry(label: "ON RRP", otherLiabilities: flows.reverseRepoChange, reserves: -flows.reverseRepoChange),
            LedgerEntry(
                label: "SRF loans (net of maturing)", assets: flows.standingRepoChange,
                reserves: flows.standingRepoChange),
        ]
        return all.filter { $0.assets != 0 || $0.otherLiabilities != 0 }
    }

    /// Month 0: how the model's opening sheet differs from the start state's published figures
    /// (the month-end SRF loans, ON RRP spill-over, a TGA level the user set).
    static func startEntries(published: BalanceSheet, opening: BalanceSheet) -> [LedgerEntry] {
        var entries: [LedgerEntry] = []
        for entry in BalanceSheet.Entry.allCases {
            let change = opening.cents(entry) - published.cents(entry)
            guard change != 0 else { continue }
            let label = Self.names[entry] ?? "\(entry)"
            entries.append(entry.isAsset ? LedgerEntry(label: label, assets: change, reserves: change)
                                         : LedgerEntry(label: label, otherLiabilities: change, reserves: -change))
        }
        return entries
    }

    /// The entry with each amount rounded to $0.01B. An entry moves assets or other liabilities,
    /// never both, so the rounded entry still balances and rounded entries add up in print.
    var roundedToHundredths: LedgerEntry {
        func round(_ cents: Int64) -> Int64 {
            let unit: Int64 = 1_000_000_000
            let magnitude = (cents.magnitude + UInt64(unit / 2)) / UInt64(unit) * UInt64(unit)
            return cents < 0 ? -Int64(magnitude) : Int64(magnitude)
        }
        let assets = round(self.assets), other = round(otherLiabilities)
        return LedgerEntry(label: label, assets: assets, otherLiabilities: other, reserves: assets - other)
    }

    /// The sum of several entries.
    static func total(_ entries: [LedgerEntry]) -> LedgerEntry {
        entries.reduce(LedgerEntry(label: "total")) {
            LedgerEntry(
                label: "total", assets: $0.assets + $1.assets,
                otherLiabilities: $0.otherLiabilities + $1.otherLiabilities,
                reserves: $0.reserves + $1.reserves)
        }
    }

    static let names: [BalanceSheet.Entry: String] = [
        .bills: "bills", .coupons: "coupons", .mortgageBackedSecurities: "MBS", .standingRepoLoans: "SRF loans",
        .otherAssets: "other assets", .currency: "currency", .treasuryGeneralAccount: "TGA",
        .overnightReverseRepo: "ON RRP", .otherLiabilities: "other liabilities",
    ]
}
