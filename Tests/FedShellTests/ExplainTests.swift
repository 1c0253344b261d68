import FedLanguage
import FedModel
@testable import FedShell
import Foundation
import Testing

/// `explain`: the chain, the signs of the channels, parameter citations, stopping points, width.
struct ExplainTests {
    @Test(arguments: [
        ("cabana", "btc", "liquidity", "adds"),
        ("hawkish-hold", "btc", "surprise", "subtracts"),
        ("hawkish-hold", "spx", "surprise", "subtracts"),
        ("qe-coupons", "y10", "duration", "lowers it"),
        ("qt-continues", "spx", "funding stress", "subtracts"),
        ("qt-continues", "btc", "liquidity", "subtracts"),
        ("baseline", "btc", "surprise", "nothing"),
    ])
    func channelHasItsSign(preset: String, output: String, channel: String, word: String) throws {
        let text = ToolHarness.transcript("set draws 100; use \(preset); explain \(output)")
        let row = try #require(ToolHarness.channelRow(channel, in: text), "no \(channel) row in:\n\(text)")
        #expect(row.hasSuffix(word), "\(row)")
    }

    @Test func citesParametersWithValueAndStatus() {
        let text = ToolHarness.transcript("set draws 100; use cabana; explain btc")
        for citation in ["[btc_beta = 1.5×, derived]", "[liquidity_equity = 0.1 % per $100B, assumption]",
                         "[surprise_equity = 0.04 % per bp, confirmed]", "[tech_multiplier = 1.3×, derived]",
                         "[demand_decay = 0.3 1/pp, derived]", "[mbs_paydown = 16 $B/month, confirmed]"] {
            #expect(ToolHarness.flattened(text).contains(citation), "missing \(citation)")
        }
    }

    @Test func yieldsShowTheTargetAndPathFactors() {
        let text = ToolHarness.flattened(ToolHarness.transcript("set draws 100; use fomc-dec-2025; explain y2"))
        #expect(text.contains("path news of −8bp (path_surprise)"), "\(text)")
        #expect(text.contains("[path_y2 = 0.75 bp per bp, derived] −6.00bp"), "\(text)")
        #expect(text.contains("target factor [surprise_y2 = 0.614 bp per bp, confirmed] −1.84bp"), "\(text)")
    }

    @Test func yTenShowsEachDurationPiece() {
        let text = ToolHarness.flattened(ToolHarness.transcript("set draws 100; explain y10"))
        #expect(
            text.contains("MBS running off hands duration back, −$112.9B [mbs_duration = 5 years, assumption]"),
            "\(text)")
        #expect(text.contains("the paydowns reinvested in bills +$5.647B"), "\(text)")
        #expect(
            text.contains("handed back to private hands, which moves the 10-year term premium by +5.36bp"), "\(text)")
    }

    @Test func fundingStressIsTheWorstDayAgainstTheStartsBalanceSheet() {
        // baseline at 12 months: the 30 Nov 2026 peak before the SRF is +34.0bp and the SRF lends $72B, so
        // stress is 19.0 + 7.2 = 26.2bp, against 14.5bp for the same dates on the start's balance sheet.
        let text = ToolHarness.flattened(ToolHarness.transcript("set draws 100; explain btc"))
        #expect(text.contains("on the month's worst day, 2026-11-30"), "\(text)")
        #expect(text.contains("the worst day's repo peak before the SRF (+34.0bp at month 12)"), "\(text)")
        #expect(text.contains("26.2bp at month 12, against 14.5bp on the same dates"), "\(text)")
        #expect(text.contains("the change subtracts 0.58% from the S&P 500"), "\(text)")
        #expect(!text.contains("CalendarDay("), "a day prints as a date")
    }

    @Test func honoursParameterOverrides() {
        let (session, output) = ToolHarness.session(width: 200)
        session.state.parameterOverrides["btc_beta"] = 2.5
        session.run(SourceText(text: "set draws 100; use cabana; explain btc"))
        #expect(output.text.contains("[btc_beta = 2.5×, your override of 1.5×, derived]"))
    }

    @Test func moneyMarketOutputsStopAtTheirStep() {
        let reserves = ToolHarness.transcript("set draws 100; explain reserves")
        #expect(reserves.contains("2. Reserves."))
        #expect(!reserves.contains("Reserve demand curve"))
        let peak = ToolHarness.transcript("set draws 100; explain sofr_peak")
        #expect(peak.contains("Repo vs the SRF rate"))
        #expect(!peak.contains("Liquidity channel"))
        let yields = ToolHarness.transcript("set draws 100; explain slope")
        #expect(
            yields.contains("Duration channel") && !yields.contains("Liquidity channel")
                && !yields.contains("Reserves."))
    }

    @Test func defaultsToBitcoinAndEndsWithTheBand() {
        let text = ToolHarness.flattened(ToolHarness.transcript("set draws 100; use cabana; explain"))
        #expect(text.contains("explain btc"))
        #expect(text.contains("Bitcoin = Nasdaq ×"))
        #expect(text.contains("Band at month 12"))
        #expect(text.contains("of the band's width"))
    }

    @Test(arguments: [50, 60, 80, 100])
    func linesFitTheWidth(width: Int) {
        for output in ["btc", "eth", "y10", "regime", "srf", "net_liquidity"] {
            let text = ToolHarness.transcript("set draws 100; use qt-continues; explain \(output)", width: width)
            let explanation = text.split(separator: "\n").drop { !$0.hasPrefix("explain ") }
            #expect(!explanation.isEmpty)
            for line in explanation {
                #expect(line.count <= width, "\(output) at \(width): \(line)")
            }
        }
    }

    @Test func unknownOutputIsAnErrorWithASuggestion() {
        let text = ToolHarness.transcript("explain btcc")
        #expect(text.contains("error: 'btcc' is not an output"))
        #expect(text.contains("did you mean 'btc'?"))
    }

    /// The numbers explain quotes for the duration and liquidity channels are the model's own.
    @Test func channelInputsReproduceTheModel() {
        let scenario = Preset.named("qe-coupons")!.scenario
        let parameters = ParameterValues.central
        let simulation = Simulation(scenario: scenario, parameters: parameters)
        let path = simulation.run()
        let last = path[path.count - 1]
        let termPremium =
            -parameters.termPremiumPerTenYearEquivalent * simulation.cumulativeTenYearEquivalents()[path.count - 1]
            / 100
        #expect(abs(last.assets.tenYear.duration - termPremium) < 1e-9)
        let liquidity = simulation.laggedNetLiquidityChange(
            month: path.count - 1, results: path, start: path[0].balanceSheet.netLiquidity)
        #expect(abs(last.assets.spx.liquidity - parameters.liquidityEquity * liquidity / 100) < 1e-9)
    }
}
