import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// `compare`: the current scenario first, differences from it, bands, wrapping and errors.
struct CompareTests {
    /// The central line of one output, split into words.
    private func row(_ output: String, in table: String) -> [String] {
        let line = table.split(separator: "\n").first { $0.hasPrefix(output + " ") }
        return line.map { $0.split(separator: " ").map(String.init) } ?? []
    }

    @Test func cabanaBesideTheBaselineHasMoreReservesAndSignedDifferences() {
        let harness = Harness()
        harness.succeed("set draws 200")
        let table = harness.succeed("compare cabana")
        let header = table.split(separator: "\n").first { $0.contains("current (baseline)") }
        #expect(header?.contains("cabana") == true)
        // reserves: baseline, then cabana with a positive difference.
        let reserves = row("reserves", in: table)
        #expect(reserves.count == 4)
        #expect(reserves[3].hasPrefix("(+$"))
        harness.succeed("eval")
        let baselineReserves = harness.succeed("print reserves").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(reserves[1] == baselineReserves)
        // Purchases calm money markets: the spreads fall.
        #expect(row("sofr_spread", in: table)[3].hasPrefix("(−"))
        #expect(row("effr_spread", in: table)[3].hasPrefix("(−"))
        #expect(row("regime", in: table).count == 3)
    }

    @Test func theFirstColumnIsAlwaysTheCurrentScenario() {
        let harness = Harness()
        harness.succeed("set draws 200; use cabana")
        let table = harness.succeed("compare baseline")
        let reserves = row("reserves", in: table)
        #expect(table.contains("current (cabana)"))
        #expect(reserves[3].hasPrefix("(−$"))
    }

    @Test func savedScenariosAndCurrentCanBeCompared() {
        var options = Session.Options.testing
        options.terminalWidth = 120
        let harness = Harness(options: options)
        harness.succeed("set draws 200; set purchases 90B/month; scenario save big; reset; set draws 200")
        let table = harness.succeed("compare big current")
        let reserves = row("reserves", in: table)
        #expect(reserves.count == 6)
        #expect(reserves.count == 6 && reserves[3].hasPrefix("(+$"))
        #expect(reserves.count == 6 && reserves[5] == "($0)")
    }

    @Test func manyScenariosWrapIntoBlocksThatFitTheWidth() {
        var options = Session.Options.testing
        options.terminalWidth = 80
        let harness = Harness(options: options)
        harness.succeed("set draws 100")
        let table = harness.succeed("compare cabana evercore qt-continues repo-2019 hawkish-hold")
        #expect(table.split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(table.split(separator: "\n").filter { $0.hasPrefix("reserves ") }.count >= 2)
        for name in ["cabana", "evercore", "qt-continues", "repo-2019", "hawkish-hold"] {
            #expect(table.contains(name))
        }
    }

    @Test func anUnknownNameFailsBeforeAnythingRunsWithASuggestion() {
        let harness = Harness()
        let before = harness.state
        let (outcome, text) = harness.run("compare cabana evercor")
        #expect(outcome.failures == 1)
        #expect(text.contains("unknown scenario 'evercor'"))
        #expect(text.contains("did you mean 'evercore'?"))
        #expect(!text.contains("reserves"))
        #expect(harness.state == before)
    }

    @Test func cancellingStopsTheComparison() {
        var options = Session.Options.testing
        options.isCancelled = { true }
        let harness = Harness(options: options)
        let (outcome, text) = harness.run("compare cabana")
        #expect(outcome.failures == 1)
        #expect(text.contains("cancelled"))
    }
}
