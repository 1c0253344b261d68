import FedModel

// Steps 1 and 2: what the policy does to the Fed's balance sheet, and the reserves left over.
extension Explanation {
    /// The month's ledger entries added up over months 1 … horizon ($B).
    var totalFlows: (purchases: Double, runoff: Double, paydown: Double, reinvested: Double,
                     currency: Double, tga: Double, reverseRepo: Double, standingRepo: Double) {
        var sum = MonthFlows()
        for month in results.path.dropFirst() {
            let flows = month.flows
            sum.purchases += flows.purchases
            sum.treasuryRunoff += flows.treasuryRunoff
            sum.mortgagePaydown += flows.mortgagePaydown
            sum.mortgageReinvestedInBills += flows.mortgageReinvestedInBills
            sum.currencyChange += flows.currencyChange
            sum.treasuryAccountChange += flows.treasuryAccountChange
            sum.reverseRepoChange += flows.reverseRepoChange
            sum.standingRepoChange += flows.standingRepoChange
        }
        let b = MonthFlows.billions
        return (
            b(sum.purchases), b(sum.treasuryRunoff), b(sum.mortgagePaydown), b(sum.mortgageReinvestedInBills),
            b(sum.currencyChange), b(sum.treasuryAccountChange), b(sum.reverseRepoChange), b(sum.standingRepoChange)
        )
    }

    var purchasesStep: (title: String, paragraphs: [String]) {
        let flows = totalFlows
        var paragraphs: [String] = []
        if flows.purchases > 0 {
            let pace =
                scenario.schedule == .frontLoaded
                ? """
                    \(ReportFormat.money(scenario.purchases))/month for \(scenario.elevatedMonths) months, then \
                    \(ReportFormat.money(scenario.laterPurchases))/month
                    """
                : "\(ReportFormat.money(scenario.purchases))/month"
            paragraphs.append(
                """
                    The Fed buys \(scenario.instrument.rawValue) at \(pace) from month \(scenario.purchaseStart) \
                    (scenario variables purchases, purchase_start, schedule, instrument): \
                    \(ReportFormat.money(flows.purchases)) in \(horizon) months. Each purchase adds a security on the \
                    asset side and the same amount of reserves on the liability side.
                    """
            )
        } else {
            paragraphs.append(
                """
                    This scenario makes no reserve-management purchases (purchases = $0/month): nothing is added on \
                    purpose.
                    """
            )
        }
        if scenario.quantitativeTightening {
            paragraphs.append(
                """
                    QT is on (qt = on): Treasury coupons run off by \(ReportFormat.money(flows.runoff)) \
                    \(cite("treasury_cap")) and MBS pay down by \(ReportFormat.money(flows.paydown)) \
                    \(cite("mbs_paydown")); both shrink assets and drain reserves.
                    """
            )
        } else {
            paragraphs.append(
                """
                    QT is off (qt = off, since 1 Dec 2025): MBS paydowns of \(ReportFormat.money(flows.paydown)) \
                    \(cite("mbs_paydown")) are reinvested in bills, which changes the mix of assets, not their size.
                    """
            )
        }
        paragraphs.append(
            """
                Total assets go from \(ReportFormat.money(first.balanceSheet.totalAssets)) to \
                \(ReportFormat.money(last.balanceSheet.totalAssets)) \
                (\(ReportFormat.moneyChange(last.balanceSheet.totalAssets - first.balanceSheet.totalAssets)), \
                including SRF loans of \(ReportFormat.money(first.balanceSheet.standingRepoLoans)) at month 0; the \
                SRF loans of a month's worst day last one night and stay out of its balance sheet).
                """
        )
        return ("Purchases", paragraphs)
    }

    var reservesStep: (title: String, paragraphs: [String]) {
        let flows = totalFlows
        let parts: [(String, Double)] = [
            ("purchases", flows.purchases), ("MBS reinvested in bills", flows.reinvested),
            ("MBS paydown", -flows.paydown), ("Treasury runoff", -flows.runoff),
            ("currency growth", -flows.currency), ("TGA", -flows.tga), ("ON RRP", -flows.reverseRepo),
            ("SRF loans", flows.standingRepo),
        ]
        let listed = parts.filter { abs($0.1) >= 0.005 }
            .map { "\($0.0) \(ReportFormat.moneyChange($0.1))" }.joined(separator: ", ")
        let start = first.balanceSheet
        let end = last.balanceSheet
        var paragraphs = [
            """
                Reserves are what is left: total assets − currency − TGA − ON RRP − other liabilities. They go from \
                \(ReportFormat.money(start.reserves)) to \(ReportFormat.money(end.reserves)) \
                (\(ReportFormat.moneyChange(end.reserves - start.reserves))). The moves, which add up to that change \
                to the cent ('ledger all'): \(listed.isEmpty ? "none" : listed).
                """,
            """
                Currency grows at currency_growth = \
                \(ReportFormat.plain(scenario.currencyGrowth * 100, decimals: 1, unit: "%"))/year (scenario \
                variable); the TGA follows its path (tga, tga_april_swing) \(cite("tga_miss")); cash beyond the \
                abundant level spills into ON RRP \(cite("rrp_spill")).
                """,
        ]
        if output == .netLiquidity || output == .tga || output == .rrp {
            paragraphs.append(
                """
                    Net liquidity (Fed total assets − TGA − ON RRP) goes from \
                    \(ReportFormat.money(start.netLiquidity)) to \(ReportFormat.money(end.netLiquidity)) \
                    (\(ReportFormat.moneyChange(end.netLiquidity - start.netLiquidity))).
                    """
            )
        }
        return ("Reserves", paragraphs)
    }
}
