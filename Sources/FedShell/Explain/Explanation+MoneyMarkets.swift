import FedModel

// Steps 3 to 6: reserves as a share of bank assets, the demand curve, the regime, repo vs the SRF.
extension Explanation {
    var ratioStep: (title: String, paragraphs: [String]) {
        (
            "Share of bank assets",
            [
                """
                    What matters to banks is reserves beside their balance sheets. Commercial-bank assets grow at \
                    bank_asset_growth = \
                    \(ReportFormat.plain(scenario.bankAssetGrowth * 100, decimals: 1, unit: "%"))/year (scenario \
                    variable) \(cite("bank_asset_growth_miss")), from \(ReportFormat.money(first.bankAssets)) to \
                    \(ReportFormat.money(last.bankAssets)). Reserves are \
                    \(ReportFormat.plain(first.reserveRatio, decimals: 2, unit: "%")) of bank assets at month 0 and \
                    \(ReportFormat.plain(last.reserveRatio, decimals: 2, unit: "%")) at month \(horizon).
                    """
            ]
        )
    }

    var curveStep: (title: String, paragraphs: [String]) {
        (
            "Reserve demand curve",
            [
                """
                    The curve turns that share r into the EFFR − IORB spread: floor + scale × e^(−decay × (r − 12)) \
                    \(cite("demand_floor")) \(cite("demand_scale")) \(cite("demand_decay")). At \
                    \(ReportFormat.plain(last.reserveRatio, decimals: 2, unit: "%")) the spread is \
                    \(ReportFormat.signed(last.fundsSpread, decimals: 1, unit: "bp")) (month 0: \
                    \(ReportFormat.signed(first.fundsSpread, decimals: 1, unit: "bp"))) and the slope is \
                    \(ReportFormat.plain(last.demandSlope, decimals: 2)) bp per pp (month 0: \
                    \(ReportFormat.plain(first.demandSlope, decimals: 2))): one point less of bank assets in reserves \
                    would raise the funds rate by about \(ReportFormat.plain(abs(last.demandSlope), decimals: 2))bp.
                    """
            ]
        )
    }

    var regimeStep: (title: String, paragraphs: [String]) {
        let shares = results.bands.regimeShares[horizon]
        let shareText = ReserveRegime.allCases.compactMap { regime -> String? in
            let share = shares[regime] ?? 0
            return share >= 0.005 ? "\(regime.rawValue) \(Int((share * 100).rounded()))%" : nil
        }.joined(separator: ", ")
        let abundant = ReportFormat.plain(ReserveRegime.abundantBelow, decimals: 2)
        let scarce = ReportFormat.plain(ReserveRegime.scarceAbove, decimals: 1)
        return (
            "Regime",
            [
                """
                    The regime is read from the slope, not from a level: flatter than \(abundant) bp per pp is \
                    abundant, steeper than \(scarce) is scarce (both thresholds are assumptions, docs/MODEL.md). A \
                    slope of \(ReportFormat.plain(abs(last.demandSlope), decimals: 2)) makes month \(horizon) \
                    \(last.regime.rawValue) (month 0: \(first.regime.rawValue)). Across the \(results.bands.draws) \
                    draws at month \(horizon): \(shareText).
                    """
            ]
        )
    }

    var repoStep: (title: String, paragraphs: [String]) {
        let corridor = Corridor(start: results.start, rateCut: scenario.rateCut)
        var paragraphs = [
            """
                Repo sits above fed funds by a premium that grows with the slope: SOFR − IORB averages \
                \(ReportFormat.signed(last.repoSpread, decimals: 1, unit: "bp")) at month \(horizon) (month 0: \
                \(ReportFormat.signed(first.repoSpread, decimals: 1, unit: "bp"))) \(cite("repo_premium_base")) \
                \(cite("repo_premium_per_slope")), and on month-end and tax dates it peaks at \
                \(ReportFormat.signed(last.repoPeakSpread, decimals: 1, unit: "bp")) (month 0: \
                \(ReportFormat.signed(first.repoPeakSpread, decimals: 1, unit: "bp"))) \(cite("peak_per_slope")).
                """
        ]
        if let ceiling = corridor.standingRepoSpread {
            let ceilingText = ReportFormat.signed(ceiling, decimals: 0, unit: "bp")
            if last.peakDayStandingRepoLoans > 0.005 {
                paragraphs.append(
                    """
                        The SRF rate is \(ceilingText) over IORB. The peak would pass it, so banks borrow \
                        \(ReportFormat.money(last.peakDayStandingRepoLoans)) from the Standing Repo Facility on the \
                        month's worst day, \(CalendarDay(number: last.peakDay).description) \(cite("srf_take_up")), \
                        which adds reserves for that night and removes more of the excess the more it lends \
                        \(cite("srf_damping")), \(cite("srf_damping_scale")).
                        """
                )
            } else {
                paragraphs.append(
                    """
                        The SRF rate is \(ceilingText) over IORB; the month-\(horizon) peak stays below it, so no SRF \
                        loans are needed (month 0: \(ReportFormat.money(first.peakDayStandingRepoLoans))).
                        """
                )
            }
        } else {
            paragraphs.append("This start state has no standing repo facility: nothing caps the month-end peak.")
        }
        return ("Repo vs the SRF rate", paragraphs)
    }
}
