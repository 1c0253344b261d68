import FedModel

/// The eleven claims of the 8 Dec 2025 "stealth QE" article (docs/LANGUAGE.md, `claims`),
/// each with the test this model can put it to. Claim 11 has three parts, each judged alone.
enum StealthQEClaims {
    private static func end(_ paths: [String: [MonthResult]], _ preset: String) -> MonthResult { paths[preset]!.last! }
    private static func securities(_ result: MonthResult) -> Double {
        let sheet = result.balanceSheet
        return sheet.bills + sheet.coupons + sheet.mortgageBackedSecurities
    }
    private static func difference(_ output: Output, _ paths: [String: [MonthResult]], _ a: String, _ b: String)
        -> Double
    {
        output.value(in: end(paths, a)) - output.value(in: end(paths, b))
    }
    private static func ceiling(_ result: [MonthResult], _ scenario: Scenario = Scenario()) -> Double {
        Corridor(start: scenario.startState, rateCut: scenario.rateCut).standingRepoSpread ?? 0
    }

    static func all(horizon: Int) -> [Claim] {
        let at = "month \(horizon)"
        return [
            Claim(number: "1", text: "QT is over; the balance sheet stops shrinking",
                  articleFigures: "QT ended 1 Dec 2025; size \"locked\" near $6.5T",
                test: .measure(
                    ClaimMeasure(
                        label: "securities held (bills + coupons + MBS), baseline, change month 0 → \(horizon)",
                        presets: ["baseline"], unit: .billions,
                        value: { securities(end($0, "baseline")) - securities($0["baseline"]![0]) }),
                    claimed: ClaimedRange(lower: 0, upper: nil, text: "no fall ($0 or more)")),
                  context: { evidence in
                      let qt = evidence.path("qt-continues")
                    return [
                        """
                            with QT still on (qt-continues) they would change by \
                            \(ReportFormat.moneyChange(securities(qt[evidence.horizon]) - securities(qt[0]))); 'qt \
                            off' is an input (FOMC, 29 Oct 2025)
                            """
                    ]
                  }),
            Claim(number: "2", text: "Reserves are sliding from abundant to ample, at risk of scarce",
                  articleFigures: "qualitative",
                test: .measure(
                    ClaimMeasure(
                        label: "reserve ratio, baseline (no purchases), change month 0 → \(horizon)",
                        presets: ["baseline"], unit: .percentagePoints,
                        value: { end($0, "baseline").reserveRatio - $0["baseline"]![0].reserveRatio }),
                    claimed: ClaimedRange(lower: nil, upper: 0, text: "a fall (0pp or less)")),
                  context: { evidence in
                      let first = evidence.path("baseline")[0], last = evidence.last("baseline")
                    let scarce =
                        evidence.results["baseline"].map {
                            Int((($0.bands.regimeShares[evidence.horizon][.scarce] ?? 0) * 100).rounded())
                        } ?? 0
                    return [
                        """
                            baseline regime: \(first.regime.rawValue) at month 0 \
                            (\(ReportFormat.plain(first.reserveRatio, decimals: 1, unit: "%")) of bank assets), \
                            \(last.regime.rawValue) at \(at) \
                            (\(ReportFormat.plain(last.reserveRatio, decimals: 1, unit: "%"))); scarce in \(scarce)% \
                            of draws
                            """
                    ]
                  }),
            Claim(
                number: "3", text: "Money markets show stress: repo above the top of the corridor, record SRF use",
                articleFigures:
                    "SOFR and TGCR above the corridor top; record SRF use; ON RRP $59B; repo \"spiking above 5.5%\"",
                test: .measure(
                    ClaimMeasure(
                        label: "SOFR worst-day peak minus the SRF rate, month 1 (to 10 Jan 2026, the year end)",
                        presets: ["baseline"], unit: .basisPoints,
                        value: { $0["baseline"]![1].repoPeakSpread - ceiling($0["baseline"]!) }),
                    claimed: ClaimedRange(lower: 0, upper: nil, text: "above the SRF rate (0bp or more)")),
                context: { evidence in
                    let first = evidence.path("baseline")[1]
                    return [
                        """
                            month 1: SRF loans \(ReportFormat.money(first.peakDayStandingRepoLoans)) on \
                            \(CalendarDay(number: first.peakDay).description); the model is calibrated to these \
                            late-2025 prints, so this checks the calibration. \"Above 5.5%\" would be ~+185bp over \
                            IORB: no such print (SOFR peaked near 4.2–4.5%)
                            """
                    ]
                }),
            Claim(number: "4", text: "Without action, a 2019-style repo crisis could return",
                  articleFigures: "qualitative",
                  test: .notJudgedOrMeasure4(horizon: horizon),
                  context: { evidence in
                      let qt = evidence.last("qt-continues"), old = evidence.path("repo-2019")[0]
                    return [
                        """
                            qt-continues at \(at): \(qt.regime.rawValue), SRF loans \
                            \(ReportFormat.money(qt.peakDayStandingRepoLoans)); Sep 2019 start (repo-2019): peak \
                            \(ReportFormat.signed(old.repoPeakSpread, decimals: 1, unit: "bp")) over IORB with no SRF \
                            to cap it
                            """
                    ]
                  }),
            Claim(
                number: "5", text: "The Fed will buy about $45B a month of T-bills (Cabana); Evercore ISI says $35B",
                articleFigures: "$45B vs $35B per month",
                test: .notJudged(
                    reason:
                        """
                            a forecast of what the Fed will do, not an outcome of the model; the Fed announced \
                            ~$40B/month from 12 Dec 2025 (fomc-dec-2025)
                            """
                ),
                context: { evidence in
                    [
                        """
                            reserves at \(at): cabana \
                            \(ReportFormat.money(evidence.last("cabana").balanceSheet.reserves)), evercore \
                            \(ReportFormat.money(evidence.last("evercore").balanceSheet.reserves)), fomc-dec-2025 \
                            \(ReportFormat.money(evidence.last("fomc-dec-2025").balanceSheet.reserves)), baseline \
                            \(ReportFormat.money(evidence.last("baseline").balanceSheet.reserves))
                            """
                    ]
                }),
            Claim(
                number: "6",
                text: "These reserve-management purchases are not QE: they target plumbing, not long rates",
                articleFigures: "Williams: \"not a change in the stance of policy\"",
                test: .measure(
                    ClaimMeasure(
                        label: "10-year yield, cabana − baseline, \(at)", presets: ["cabana", "baseline"],
                        unit: .basisPoints,
                        value: { difference(.y10, $0, "cabana", "baseline") }, noise: (.y10, "cabana")),
                    claimed: ClaimedRange(lower: -5, upper: 5, text: "within ±5bp, less than one day's typical move")),
                context: { evidence in
                    let coupons =
                        Output.y10.value(in: evidence.last("qe-coupons"))
                        - Output.y10.value(in: evidence.last("baseline"))
                    return [
                        """
                            the same dollars in coupons (qe-coupons − baseline): \
                            \(ReportFormat.signed(coupons, decimals: 1, unit: "bp")) on the 10-year
                            """
                    ]
                }),
            Claim(number: "7", text: "Restored liquidity raises demand for risk assets, including crypto",
                  articleFigures: "BTC ~ $92,000, ETH > $3,100 on 8 Dec",
                test: .measure(
                    ClaimMeasure(
                        label: "Bitcoin, cabana − baseline, \(at)", presets: ["cabana", "baseline"], unit: .percent,
                        value: { difference(.btc, $0, "cabana", "baseline") }, noise: (.btc, "cabana")),
                    claimed: ClaimedRange(lower: 0, upper: nil, text: "a rise (0% or more)")),
                context: { evidence in
                    ["Bitcoin's own band in cabana (with market noise): \(evidence.band(.btc, of: "cabana"))"]
                }),
            Claim(
                number: "8", text: "Credit, high yield, emerging markets and crypto all benefit from easier funding",
                articleFigures: "qualitative",
                test: .notJudged(
                    reason: "the model has no credit, high-yield or emerging-market outputs (crypto: claim 7)"),
                context: { _ in [] }),
            Claim(
                number: "9",
                text:
                    """
                        $45B a month restarts balance-sheet growth: good for stocks, especially tech; Nasdaq +3% to \
                        +5% extra
                        """,
                articleFigures: "Nasdaq +3–5%",
                test: .measure(
                    ClaimMeasure(
                        label: "Nasdaq, cabana − baseline, \(at)", presets: ["cabana", "baseline"], unit: .percent,
                        value: { difference(.ndx, $0, "cabana", "baseline") }, noise: (.ndx, "cabana")),
                    claimed: ClaimedRange(lower: 3, upper: 5, text: "+3% to +5%")),
                context: { evidence in
                    ["Nasdaq's own band in cabana (with market noise): \(evidence.band(.ndx, of: "cabana"))"]
                }),
            Claim(
                number: "10", text: "A 25bp cut is widely expected at the 9–10 Dec meeting",
                articleFigures: "25bp",
                test: .notJudged(
                    reason: "market pricing is an input (expected_cut = 25bp, from futures), not an output"),
                context: { evidence in
                    let dayMove = { (preset: String) in
                        ReportFormat.signed(evidence.path(preset)[0].assets.spx.total, decimals: 1, unit: "%")
                    }
                    return [
                        "what it implies here: surprise 0bp, so the cut moves the S&P 500 by \(dayMove("baseline")) "
                            + "on the day (hawkish-hold, no cut: \(dayMove("hawkish-hold")))"
                    ]
                }),
            Claim(number: "11a", text: "A 25bp cut plus $45B a month lifts stocks +5% to +8%",
                  articleFigures: "+5–8% stocks",
                test: .measure(
                    ClaimMeasure(
                        label: "S&P 500, cabana, \(at), all channels (the policy effect)", presets: ["cabana"],
                        unit: .percent,
                        value: { Output.spx.value(in: end($0, "cabana")) }, noise: (.spx, "cabana")),
                    claimed: ClaimedRange(lower: 5, upper: 8, text: "+5% to +8%")),
                context: { evidence in
                    ["S&P 500's own band in cabana (with market noise): \(evidence.band(.spx, of: "cabana"))"]
                }),
            Claim(number: "11b", text: "… and steepens the curve",
                  articleFigures: "steepening",
                test: .measure(
                    ClaimMeasure(
                        label: "2s10s slope, cabana, \(at)", presets: ["cabana"], unit: .basisPoints,
                        value: { Output.slope.value(in: end($0, "cabana")) }, noise: (.slope, "cabana")),
                    claimed: ClaimedRange(lower: 0, upper: nil, text: "steeper (0bp or more)")),
                context: { evidence in
                    ["slope's own band in cabana (with market noise): \(evidence.band(.slope, of: "cabana"))"]
                }),
            Claim(number: "11c", text: "… while long bonds rally (the 10-year yield falls)",
                  articleFigures: "long-bond rally",
                test: .measure(
                    ClaimMeasure(
                        label: "10-year yield, cabana, \(at)", presets: ["cabana"], unit: .basisPoints,
                        value: { Output.y10.value(in: end($0, "cabana")) }, noise: (.y10, "cabana")),
                    claimed: ClaimedRange(lower: nil, upper: 0, text: "a fall (0bp or less)")),
                context: { evidence in
                    ["10-year's own band in cabana (with market noise): \(evidence.band(.y10, of: "cabana"))"]
                }),
        ]
    }

    /// Every preset the claims read.
    static let presets = [
        "baseline", "cabana", "evercore", "fomc-dec-2025", "qt-continues", "hawkish-hold", "qe-coupons", "repo-2019",
    ]
}

extension ClaimTest {
    /// Claim 4: with QT continuing, does the month-end repo peak reach the model's own Sep 2019 peak?
    static func notJudgedOrMeasure4(horizon: Int) -> ClaimTest {
        .measure(
            ClaimMeasure(
                label:
                    """
                        SOFR month-end peak over IORB, qt-continues minus the Sep 2019 start (repo-2019, month 0), \
                        month \(horizon)
                        """,
                              presets: ["qt-continues", "repo-2019"], unit: .basisPoints,
                              value: { $0["qt-continues"]!.last!.repoPeakSpread - $0["repo-2019"]![0].repoPeakSpread }),
                 claimed: ClaimedRange(lower: 0, upper: nil, text: "as high as 2019's (0bp or more)"))
    }
}
