import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// Every model reproduction of the reliability review (the reliability review of Dec 2026, C1, C2 and H1):
/// each now gives a clear error or a correct result, never a trap or a hang.
struct ReliabilityReviewModelTests {
    /// C1: allowed scenario values that trapped in eval, and the nonsense without a trap.
    static let allowedScenarios = [
        "set horizon 60 months; set currency_growth 10%/year; set bank_asset_growth -5%/year; "
            + "set tga_level 3T; set starting_rrp 3T; set qt on; set draws 50; eval",
        """
            set horizon 60 months; set currency_growth 30%/year; set bank_asset_growth -5%/year; set qt on; set draws \
            50; eval
            """,
        "set tga_level 3T; set starting_rrp 3T; set draws 50; eval",
    ]

    @Test(arguments: allowedScenarios)
    func allowedScenarioRunsAndSaysWhatItCapped(line: String) {
        let harness = Harness()
        let printed = harness.succeed(line)
        let path = harness.session.results!.path
        #expect(path.allSatisfy { $0.reserveRatio >= 0 && $0.balanceSheet.reservesCents >= 0 })
        #expect(path.map(\.peakDayStandingRepoLoans).max()! < 10_000, "SRF loans far beyond the balance sheet")
        if path.contains(where: { $0.reserveFloorCut > 0 }) {
            #expect(printed.contains("reserves floor: ON RRP, TGA, currency cut by up to"), "\(printed)")
        }
    }

    @Test func ledgerOfACappedMonthStillBalances() {
        let harness = Harness()
        harness.succeed("set tga_level 3T; set starting_rrp 3T; set draws 20; eval")
        let printed = harness.succeed("ledger 1")
        #expect(!printed.contains("−$") || printed.contains("reserves"))
    }

    /// C2 and H1: overrides accepted with a warning that trapped or hung later commands. Outside the
    /// domain they are refused with the domain; nothing is kept.
    static let refusedOverrides: [(line: String, parameter: String)] = [
        ("param demand_scale 0; eval", "demand_scale"),
        ("param demand_decay 100; eval", "demand_decay"),
        ("param demand_decay 0; eval", "demand_decay"),
        ("param liquidity_lag -1; eval", "liquidity_lag"),
        ("param liquidity_lag -5; eval", "liquidity_lag"),
        ("param tga_miss 1e18; eval", "tga_miss"),
        ("param rrp_spill 1e18; sweep purchases 0..150B/month step 15B/month", "rrp_spill"),
        ("param ten_year_duration 0; sensitivity btc", "ten_year_duration"),
        ("param ten_year_duration 0; plot btc", "ten_year_duration"),
        ("param mbs_paydown 1e308; sensitivity btc", "mbs_paydown"),
        ("param liquidity_equity 1e308; explain btc", "liquidity_equity"),
        ("param btc_beta 1e308; plot reserves, btc", "btc_beta"),
        ("param btc_beta -1e308; plot btc", "btc_beta"),
        ("param tech_multiplier -1e308; plot btc", "tech_multiplier"),
        ("param srf_take_up -1e18; eval", "srf_take_up"),
        ("param mbs_paydown -1e18; eval", "mbs_paydown"),
        ("param currency_growth_miss 2147483648; ledger 0", "currency_growth_miss"),
        ("param currency_growth_miss -5; eval", "currency_growth_miss"),
        ("param bank_asset_growth_miss -5; eval", "bank_asset_growth_miss"),
        ("param repo_premium_base 1e9; ledger 1", "repo_premium_base"),
    ]

    @Test(arguments: refusedOverrides)
    func overrideOutsideItsDomainIsRefused(line: String, parameter: String) {
        let harness = Harness()
        let (outcome, printed) = harness.run(line)
        #expect(outcome.failures == 1)
        #expect(printed.contains("\(parameter) = ") && printed.contains("is outside its domain"), "\(printed)")
        #expect(harness.state.parameterOverrides.isEmpty)
    }

    /// The modest values of C2 that are inside the domains now run every command.
    static let modestOverrides = [
        "param demand_decay 1", "param demand_scale 0.5", "param liquidity_lag 0", "param ten_year_duration 1",
        "param currency_growth_miss -0.1", "param bank_asset_growth_miss -0.1", "param rrp_spill 1",
        "param btc_beta 10", "param btc_beta -5", "param tech_multiplier 5", "param tga_miss 1000",
        "param srf_take_up 100", "param mbs_paydown 100",
    ]

    @Test(arguments: modestOverrides)
    func overrideAtTheEdgeOfItsDomainRunsEveryCommand(line: String) {
        let harness = Harness()
        harness.succeed(line + "; set horizon 60 months; set draws 20")
        for command in ["eval", "explain btc", "ledger 1", "sensitivity btc", "plot btc, reserves", "claims",
                        "sweep purchases 0..150B/month step 15B/month", "compare baseline"] {
            let printed = harness.succeed(command)
            #expect(!ModelCommandPropertyTests.nonFinite(printed), "\(line); \(command):\n\(printed)")
        }
    }

    @Test func parameterDetailShowsTheDomain() {
        let printed = Harness().succeed("param btc_beta")
        #expect(printed.contains("domain   −5 … 10 ×"))
    }

    /// H1: the axis of any finite extent is finite, with a bounded number of ticks.
    @Test(arguments: [(-1e308, 1e308), (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude),
                      (-1e308, -1e308), (1e308, 1e308), (0, 1e-300), (-5e-324, 5e-324), (1, 1)])
    func axisOfAnyFiniteExtentIsBounded(low: Double, high: Double) {
        let axis = ChartScale.axis(covering: low...high, intervals: 4)
        #expect(axis.ticks.count <= 11 && axis.ticks.count >= 1)
        #expect(axis.range.lowerBound.isFinite && axis.range.upperBound.isFinite && axis.step.isFinite)
        #expect(axis.range.lowerBound <= low && axis.range.upperBound >= high)
        for tick in axis.ticks { #expect(!ChartScale.label(tick, step: axis.step).isEmpty) }
    }

    @Test func chartOfHugeValuesDrawsQuickly() {
        let data = ChartData(
            title: "huge", yUnit: "%", xCaption: "months", xValues: [0, 1, 2],
            series: [ChartData.Series(name: "a", label: "a", values: [-1e308, 1e308, 0],
                                      band: [-1e308...1e308, -1e308...1e308, 0...0])])
        let text = TextChart(data: data, width: 80, height: 12, unicode: true).text
        #expect(text.split(separator: "\n").count < 40)
        let svg = SVGChart(
            panels: [
                data,
                ChartData(
                    title: "n", yUnit: "", xCaption: "", xValues: [0, 1],
                    series: [data.series[0].normalised()]),
            ], width: 640, title: "huge"
        ).text
        #expect(!svg.contains("nan") && !svg.contains("inf"))
    }
}
