import FedModel

// Steps 7 on: the four channels to the S&P 500, then Nasdaq, Bitcoin and Ether; or, for yields,
// the surprise and duration channels alone.
extension Explanation {
    /// The four channels, in the order the report prints them.
    static let channelNames = ["surprise", "liquidity", "duration", "funding stress"]

    static func parts(_ contributions: ChannelContributions) -> [Double] {
        [contributions.surprise, contributions.liquidity, contributions.duration, contributions.fundingStress]
    }

    /// "adds 1.15% to", "subtracts 0.40% from", "adds nothing to".
    static func priceEffect(_ value: Double) -> String {
        if abs(value) < 0.005 { return "adds nothing to" }
        let size = ReportFormat.plain(abs(value), decimals: 2, unit: "%")
        return value > 0 ? "adds \(size) to" : "subtracts \(size) from"
    }

    /// "raises it by 2.10bp", "lowers it by 1.08bp", "leaves it unchanged".
    static func yieldEffect(_ value: Double) -> String {
        if abs(value) < 0.005 { return "leaves it unchanged" }
        let size = ReportFormat.plain(abs(value), decimals: 2, unit: "bp")
        return value > 0 ? "raises it by \(size)" : "lowers it by \(size)"
    }

    private var simulation: Simulation { Simulation(scenario: scenario, parameters: results.parameters) }
    private var tenYearEquivalents: Double { simulation.cumulativeTenYearEquivalents()[horizon] }
    private var termPremium: Double { -citation.value("term_premium_per_10ye") * tenYearEquivalents / 100 }

    private var surpriseText: String {
        let cut = ReportFormat.plain(scenario.rateCut, decimals: 0, unit: "bp")
        let expected = ReportFormat.plain(scenario.expectedCut, decimals: 0, unit: "bp")
        let surprise = ReportFormat.signed(scenario.surprise, decimals: 0, unit: "bp")
        return "The cut is \(cut) and the market expected \(expected) (rate_cut, expected_cut): a surprise of "
            + "\(surprise). Only the surprise moves prices on the day; the expected part is priced in already. "
            + pathText
    }

    /// The path factor (Gürkaynak–Sack–Swanson 2005): news about the expected rate a year out.
    private var pathText: String {
        let path = scenario.pathSurprise
        let news =
            abs(path) < 0.005
            ? "no path news (path_surprise 0bp)"
            : """
                path news of \(ReportFormat.signed(path, decimals: 0, unit: "bp")) (path_surprise): the policy rate \
                expected a year out moved \(path < 0 ? "down" : "up") beyond what was priced
                """
        return
            "The surprise has two factors, a target factor (the cut) and a path factor (guidance, dots); here \(news)"
    }

    /// "target factor −1.84bp, path factor −6.00bp": the two parts of a yield's surprise move.
    private func factorSplit(target: String, path: String) -> String {
        let targetPart = -citation.value(target) * scenario.surprise
        let pathPart = citation.value(path) * scenario.pathSurprise
        return
            """
                target factor \(cite(target)) \(ReportFormat.signed(targetPart, decimals: 2, unit: "bp")), path \
                factor \(cite(path)) \(ReportFormat.signed(pathPart, decimals: 2, unit: "bp"))
                """
    }

    private var durationPieces: DurationPieces { simulation.durationPieces()[horizon] }

    /// The parameter that gives the duration of what is bought.
    private var purchaseDurationName: String {
        switch scenario.instrument {
        case .bills: "bill_duration"
        case .shortCoupons: "short_coupon_duration"
        case .coupons: "coupon_duration"
        }
    }

    /// Each source of 10-year equivalents by month `horizon`, then the term-premium move.
    private var durationText: String {
        let pieces = durationPieces
        func piece(_ value: Double) -> String { ReportFormat.moneyChange(value) }
        var parts = [
            "purchases of \(scenario.instrument.rawValue) \(piece(pieces.purchases)) \(cite(purchaseDurationName))",
            "MBS running off hands duration back, \(piece(pieces.mortgageRunoff)) \(cite("mbs_duration"))",
        ]
        if scenario.quantitativeTightening {
            parts.append("Treasury runoff \(piece(pieces.treasuryRunoff)) \(cite("coupon_duration"))")
        } else {
            parts.append("the paydowns reinvested in bills \(piece(pieces.reinvestment)) \(cite("bill_duration"))")
        }
        let total = pieces.total
        let net = total >= 0 ? "a net \(ReportFormat.money(total)) of 10-year equivalents taken out of private hands"
            : "a net \(ReportFormat.money(-total)) of 10-year equivalents handed back to private hands"
        return "10-year equivalents by month \(horizon) \(cite("ten_year_duration")), by source: "
            + parts.joined(separator: "; ")
            + """
                . That is \(net), which moves the 10-year term premium by \
                \(ReportFormat.signed(termPremium, decimals: 2, unit: "bp")) \(cite("term_premium_per_10ye")).
                """
    }

    /// The funding-stress step (docs/MODEL.md §4d): the worst day's peak before the SRF beyond the threshold,
    /// plus SRF use that day, against the same dates on the start's balance sheet.
    func stressText(_ contribution: Double) -> String {
        let stress = last.fundingStress
        let start = ReportFormat.plain(last.baselineFundingStress, decimals: 1)
        let against = horizon > 0
            ? """
                , against \(start)bp on the same dates with the start's balance sheet (the calendar's known \
                peaks are no news)
                """
            : ""
        return """
            Stress is how far the worst day's repo peak before the SRF \
            (\(ReportFormat.signed(last.peakDayPressure, decimals: 1, unit: "bp")) at month \(horizon)) passes \
            \(cite("stress_threshold")), plus \(cite("srf_stress")) of SRF loans that day \
            (\(ReportFormat.money(last.peakDayStandingRepoLoans))): \
            \(ReportFormat.plain(stress, decimals: 1))bp at month \(horizon)\(against). At \
            \(cite("stress_equity")) the change \(Self.priceEffect(contribution)) the S&P 500.
            """
    }

    var priceSteps: [(title: String, paragraphs: [String])] {
        let spx = last.assets.spx
        let lag = citation.value("liquidity_lag")
        let liquidity = simulation.laggedNetLiquidityChange(
            month: horizon, results: results.path, start: first.balanceSheet.netLiquidity)
        var steps: [(title: String, paragraphs: [String])] = [
            (
                "Surprise channel (on the day)",
                [
                    surpriseText
                        + """
                             \(cite("surprise_equity")) \(cite("expected_equity")) \(cite("path_equity")). The \
                            surprise channel \(Self.priceEffect(spx.surprise)) the S&P 500.
                            """
                ]
            ),
            (
                "Liquidity channel (with a lag)",
                [
                    """
                        Net liquidity (Fed total assets less SRF loans − TGA − ON RRP) \
                        \(lag > 0 ? ParameterCitation.number(lag, unit: "months") + " earlier" : "") had changed by \
                        \(ReportFormat.moneyChange(liquidity)) from month 0 \(cite("liquidity_lag")). At \
                        \(cite("liquidity_equity")) this \(Self.priceEffect(spx.liquidity)) the S&P 500. The weakest \
                        link in the chain: its range includes zero ('help liquidity').
                        """
                ]
            ),
            (
                "Duration channel",
                [
                    durationText
                        + " At \(cite("equity_per_term_premium")) this \(Self.priceEffect(spx.duration)) the S&P 500."
                ]
            ),
            (
                "Funding-stress channel",
                [stressText(spx.fundingStress)]
            ),
            (
                "S&P 500",
                [
                    """
                        The channels add up to \(ReportFormat.signed(spx.total, decimals: 2, unit: "%")) at month \
                        \(horizon).
                        """
                ]
            ),
        ]
        if [.ndx, .btc, .eth].contains(output) {
            steps.append(
                (
                    "Nasdaq",
                    [
                        """
                            Tech moves more than the market: Nasdaq = S&P 500 × \(cite("tech_multiplier")) = \
                            \(ReportFormat.signed(last.assets.ndx.total, decimals: 2, unit: "%")), every channel \
                            scaled alike.
                            """
                    ]
                ))
        }
        if [.btc, .eth].contains(output) {
            steps.append(
                (
                    "Bitcoin",
                    [
                        """
                            Crypto rides the same risk factor, with no rule of its own: Bitcoin = Nasdaq × \
                            \(cite("btc_beta")) = \
                            \(ReportFormat.signed(last.assets.btc.total, decimals: 2, unit: "%")).
                            """
                    ]
                ))
        }
        if output == .eth {
            steps.append(
                (
                    "Ether",
                    [
                        """
                            Ether = Bitcoin × \(cite("eth_beta")) = \
                            \(ReportFormat.signed(last.assets.eth.total, decimals: 2, unit: "%")).
                            """
                    ]
                ))
        }
        steps.append(channelTable)
        return steps
    }

    var yieldSteps: [(title: String, paragraphs: [String])] {
        let twoYear = last.assets.twoYear
        let tenYear = last.assets.tenYear
        return [
            (
                "Surprise channel (on the day)",
                [
                    surpriseText
                        + """
                            . For the 2-year (\(factorSplit(target: "surprise_y2", path: "path_y2"))) the surprise \
                            \(Self.yieldEffect(twoYear.surprise)); for the 10-year \
                            (\(factorSplit(target: "surprise_y10", path: "path_y10"))) it \
                            \(Self.yieldEffect(tenYear.surprise)).
                            """
                ]
            ),
            (
                "Duration channel",
                [
                    durationText
                        + """
                             On the 10-year the duration channel \(Self.yieldEffect(tenYear.duration)); the 2-year \
                            sees part of the move \(cite("y2_duration_share")), which \
                            \(Self.yieldEffect(twoYear.duration)).
                            """,
                    "The liquidity and funding-stress channels act on prices, not yields, in this model.",
                ]
            ),
            channelTable,
        ]
    }

    /// The requested output's move, channel by channel, with its sign in words.
    var channelTable: (title: String, paragraphs: [String]) {
        let contributions = last.assets.contributions(for: output) ?? ChannelContributions()
        let isPrice = output.unit == .percentChange
        let unit = isPrice ? "%" : "bp"
        var rows: [String] = []
        for (name, value) in zip(Self.channelNames, Self.parts(contributions)) {
            let word: String
            if output == .slope {
                word = abs(value) < 0.005 ? "leaves it unchanged" : value > 0 ? "steepens it" : "flattens it"
            } else {
                word =
                    abs(value) < 0.005
                    ? "nothing" : isPrice ? (value > 0 ? "adds" : "subtracts") : (value > 0 ? "raises it" : "lowers it")
            }
            rows.append(
                "  " + name.rightPadded(16) + ReportFormat.signed(value, decimals: 2, unit: unit).leftPadded(9) + "   "
                    + word)
        }
        rows.append(
            "  " + "total".rightPadded(16)
                + ReportFormat.signed(contributions.total, decimals: 2, unit: unit).leftPadded(9))
        return ("\(output.rawValue) by channel at month \(horizon)", ["Central values:"] + rows)
    }

    /// The band at the horizon and how large the policy effect is beside it.
    var bandLines: [String] {
        if output == .regime {
            return TextWrap.wrap(
                "Band: the regime is a word, so the draws are counted instead (step \(steps.count)).", width: width)
        }
        guard let band = results.bands.band(output, month: horizon) else { return [] }
        let central = output.value(in: last)
        let start = output.value(in: first)
        let spread = band.p90 - band.p10
        let source = output.isMarket ? "market noise and parameter ranges" : "parameter ranges"
        var text =
            """
                Band at month \(horizon) (\(source), \(results.bands.draws) draws, seed \(results.bands.seed)): p10 \
                \(ReportFormat.output(output, band.p10)) … p90 \(ReportFormat.output(output, band.p90)), p50 \
                \(ReportFormat.output(output, band.p50)).
                """
        if output.isMarket {
            // Held to 0 … 10⁶%: a share of any finite size prints, and a huge one still reads "large".
            let share = spread > 0 ? min(abs(central) / spread * 100, 1e6) : 0
            let verdict =
                share < 10
                ? "small beside the noise: the market's own moves dominate"
                : share < 50 ? "visible, but well inside the noise" : "large beside the noise"
            text +=
                """
                     The policy effect, \(ReportFormat.output(output, central)), is \(Int(share.rounded()))% of the \
                    band's width: \(verdict).
                    """
        } else {
            let isMoney = output.unit == .billionsOfDollars
            let change = isMoney
                ? ReportFormat.moneyChange(central - start)
                : ReportFormat.signed(central - start, decimals: 2,
                                      unit: output.unit == .percentOfBankAssets ? "pp" : "bp")
            let bandWidth = isMoney ? ReportFormat.money(spread) : ReportFormat.plain(spread, decimals: 2)
            text += " The central change from month 0 is \(change) beside a band \(bandWidth) wide."
        }
        return TextWrap.wrap(text, width: width)
    }
}
