import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// `param`: listing, overriding, warnings, refusals, reset, and the overrides' effect and saving.
struct ParameterTests {
    @Test func listingShowsEveryParameterAndMarksOverrides() {
        let harness = Harness()
        harness.succeed("param btc_beta 2.5")
        let table = harness.succeed("param")
        for parameter in ModelParameter.catalog { #expect(table.contains(parameter.name)) }
        let lines = table.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("* btc_beta") && $0.contains("2.5") && $0.contains("derived") })
        #expect(lines.contains { $0.hasPrefix("  eth_beta") })
        let one = harness.succeed("param btc_beta")
        #expect(one.contains("overridden; central 1.5"))
        #expect(one.contains("source"))
    }

    @Test func anOverrideChangesTheResultAndIsHeldFixedInTheBands() {
        let harness = Harness()
        harness.succeed("set draws 200; use hawkish-hold; eval")
        let central = harness.succeed("print btc")
        harness.succeed("param btc_beta 2.5")
        let report = harness.succeed("eval")
        #expect(harness.succeed("eval full").contains("parameters overridden: btc_beta 2.5 (central 1.5)"))
        #expect(report.contains("parameters overridden: btc_beta 2.5 (central 1.5)"))
        let overridden = harness.succeed("print btc")
        #expect(overridden != central)
        let low = harness.session.results!.horizon.assets.btc.total
        harness.succeed("param btc_beta 0.7; eval")
        #expect(harness.session.results!.horizon.assets.btc.total > low)
    }

    @Test func aValueOutsideTheRangeOnlyWarns() {
        let harness = Harness()
        let (outcome, text) = harness.run("param demand_floor -10")
        #expect(outcome.failures == 0)
        #expect(text.contains("warning: demand_floor = −10 is outside its calibrated range"))
        #expect(harness.state.parameterOverrides["demand_floor"] == -10)
    }

    @Test(arguments: ["param btc_beta 1/0", "param btc_beta 2.5bp", "param btc_beta 45B", "param btc_betta 2",
                      "param btc_beta on", "param reset nothing"])
    func badValuesAreRefusedAndChangeNothing(command: String) {
        let harness = Harness()
        harness.succeed("param eth_beta 1.4")
        let before = harness.state
        let (outcome, text) = harness.run(command)
        #expect(outcome.failures == 1)
        #expect(text.contains("error:"))
        #expect(harness.state == before)
    }

    @Test func resetRemovesOneOrAll() {
        let harness = Harness()
        harness.succeed("param btc_beta 2.5; param demand_floor -7")
        harness.succeed("param reset btc_beta")
        #expect(harness.state.parameterOverrides == ["demand_floor": -7])
        harness.succeed("param reset")
        #expect(harness.state.parameterOverrides.isEmpty)
        harness.succeed("undo")
        #expect(harness.state.parameterOverrides == ["demand_floor": -7])
    }

    @Test(arguments: [false, true])
    func overridesRoundTripThroughSave(minimal: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = Harness()
        original.succeed(
            "set draws 200; param btc_beta 2.5; param surprise_equity 0.0255; param tga_miss -20; param reset tga_miss")
        let file = folder.path("params.fed")
        original.succeed("save \(minimal ? "--minimal " : "")\(file)")
        #expect(try folder.read("params.fed").contains("param surprise_equity 0.0255\n"))
        let replayed = Harness()
        replayed.succeed("source \(file)")
        #expect(replayed.state.parameterOverrides == ["btc_beta": 2.5, "surprise_equity": 0.0255])
        #expect(replayed.succeed("eval") == original.succeed("eval"))
    }
}
