import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// `sensitivity OUT`: the tornado's order and content, and the noise-versus-parameters split.
struct SensitivityTests {
    /// Parameter names in the chart, largest swing first.
    private func ranking(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let name = line.split(separator: " ").first.map { String($0).replacingOccurrences(of: "*", with: "") }
            return name.flatMap { ModelParameter.named($0) == nil ? nil : $0 }
        }
    }

    @Test func btcIsDrivenByBtcBetaWhenThereIsASurprise() {
        let harness = Harness()
        harness.succeed("set draws 200; use hawkish-hold")
        let text = harness.succeed("sensitivity btc")
        let names = ranking(text)
        #expect(names.first == "btc_beta")
        #expect(text.contains("market noise ≈"))
        #expect(text.contains("▇"))
    }

    @Test func effrSpreadIsDrivenByTheDemandCurve() {
        let harness = Harness()
        harness.succeed("set draws 200; use cabana")
        let text = harness.succeed("sensitivity effr_spread")
        let names = ranking(text)
        #expect(names.prefix(2).allSatisfy { $0.hasPrefix("demand_") })
        #expect(!names.contains("btc_beta"))
        #expect(text.contains("no market noise"))
    }

    @Test func asciiChartsUseHashes() {
        var options = Session.Options.testing
        options.unicode = false
        let harness = Harness(options: options)
        harness.succeed("set draws 100")
        let text = harness.succeed("sensitivity reserves")
        #expect(text.contains("#") && !text.contains("▇"))
    }

    @Test func swingsAreSortedLargestFirst() {
        let harness = Harness()
        harness.succeed("set draws 100; use fomc-dec-2025")
        let text = harness.succeed("sensitivity sofr_spread")
        let names = ranking(text)
        #expect(!names.isEmpty)
        let swings = names.map { name -> Double in
            let parameter = ModelParameter.named(name)!
            var low = ParameterValues.central, high = ParameterValues.central
            low[keyPath: parameter.keyPath] = parameter.low
            high[keyPath: parameter.keyPath] = parameter.high
            let scenario = harness.scenario
            return abs(Output.sofrSpread.value(in: Simulation(scenario: scenario, parameters: high).run().last!)
                - Output.sofrSpread.value(in: Simulation(scenario: scenario, parameters: low).run().last!))
        }
        #expect(swings == swings.sorted(by: >))
    }

    @Test(arguments: ["sensitivity regime", "sensitivity btcc"])
    func refusalsChangeNothing(command: String) {
        let harness = Harness()
        let before = harness.state
        let (outcome, text) = harness.run(command)
        #expect(outcome.failures == 1)
        #expect(text.contains("error:"))
        #expect(harness.state == before)
    }
}
