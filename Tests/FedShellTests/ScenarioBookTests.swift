import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// `scenario save|use|delete|list|diff`, presets as read-only scenarios, undo and save/source.
struct ScenarioBookTests {
    @Test func saveNamesTheCurrentScenarioAndUseRecallsIt() {
        let harness = Harness()
        harness.succeed("set purchases 30B/month; param btc_beta 2.5")
        let saved = harness.succeed("scenario save mine")
        #expect(saved.contains("saved scenario 'mine'"))
        #expect(harness.session.prompt == "fedsh[mine]> ")
        harness.succeed("set purchases 60B/month")
        #expect(harness.session.prompt == "fedsh[mine*]> ")
        harness.succeed("use cabana; param reset")
        #expect(harness.session.prompt == "fedsh[cabana]> ")
        harness.succeed("scenario use mine")
        #expect(harness.scenario.purchases == 30)
        #expect(harness.state.parameterOverrides == ["btc_beta": 2.5])
        #expect(harness.session.prompt == "fedsh[mine]> ")
        #expect(harness.session.scenarioName == "mine")
    }

    @Test func useKeepsTheSessionsRunSettings() {
        let harness = Harness()
        harness.succeed("set purchases 30B/month; set draws 300; scenario save mine; set draws 500; use baseline")
        harness.succeed("scenario use mine")
        #expect(harness.scenario.draws == 500)
        #expect(harness.scenario.purchases == 30)
    }

    @Test(arguments: [
        "scenario save cabana", "scenario delete cabana", "scenario save current", "scenario delete current",
        "scenario delete nothing", "scenario use minx", "scenario diff cabna",
    ])
    func refusalsLeaveTheStateUnchanged(command: String) {
        let harness = Harness()
        harness.succeed("set purchases 30B/month; scenario save mine")
        let before = harness.state
        let (outcome, text) = harness.run(command)
        #expect(outcome.failures == 1)
        #expect(text.contains("error:"))
        #expect(harness.state == before)
    }

    @Test func presetsAreReadOnlyWithAClearMessage() {
        let harness = Harness()
        #expect(harness.run("scenario save cabana").text.contains("'cabana' is a preset, which cannot be saved over"))
        #expect(
            harness.run("scenario delete baseline").text.contains("'baseline' is a preset, which cannot be deleted"))
        #expect(harness.run("scenario use cabna").text.contains("did you mean 'cabana'?"))
    }

    @Test func deleteRemovesTheNameAndClearsThePrompt() {
        let harness = Harness()
        harness.succeed("set purchases 30B/month; scenario save mine")
        harness.succeed("scenario delete mine")
        #expect(harness.state.scenarios["mine"] == nil)
        #expect(harness.session.prompt == "fedsh> ")
        #expect(harness.run("scenario use mine").outcome.failures == 1)
    }

    @Test func listShowsPresetsAndSavedScenariosAndMarksTheCurrentOne() {
        let harness = Harness()
        harness.succeed("set purchases 30B/month; scenario save mine; use cabana")
        let list = harness.succeed("scenario list")
        for preset in Preset.all { #expect(list.contains(preset.name)) }
        let lines = list.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("> cabana") && $0.contains("preset") })
        #expect(
            lines.contains { $0.hasPrefix("  mine") && $0.contains("saved") && $0.contains("purchases $30B/month") })
        harness.succeed("set purchases 50B/month")
        #expect(harness.succeed("scenario list").split(separator: "\n").contains { $0.hasPrefix("* cabana") })
    }

    @Test func diffListsEachDifferingVariableWithBothValues() {
        let harness = Harness()
        harness.succeed("set purchases 30B/month; set qt on; param btc_beta 2.5; scenario save mine; reset")
        let diff = harness.succeed("scenario diff cabana mine")
        let lines = diff.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.first == ["cabana", "mine"])
        #expect(lines.contains(["purchases", "$45B/month", "$30B/month"]))
        #expect(lines.contains(["qt", "off", "on"]))
        #expect(lines.contains(["param", "btc_beta", "1.5", "(central)", "2.5"]))
        #expect(!diff.contains("rate_cut"))
        // B defaults to the current scenario.
        #expect(harness.succeed("scenario diff cabana").contains("$45B/month  $0/month"))
        #expect(harness.succeed("scenario diff baseline current").contains("set every variable"))
    }

    @Test func resetKeepsNamedScenariosAndSaveStillRebuildsThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = Harness()
        original.succeed("set purchases 30B/month; param btc_beta 2; scenario save mine; reset; set rate_cut 50bp")
        #expect(original.state.scenarios.names == ["mine"])
        #expect(original.state.parameterOverrides.isEmpty)
        #expect(original.scenario.purchases == 0)
        original.succeed("save \(folder.path("after-reset.fed"))")
        let replayed = Harness()
        replayed.succeed("source \(folder.path("after-reset.fed"))")
        #expect(replayed.state.scenarios == original.state.scenarios)
        #expect(replayed.scenario == original.scenario)
        #expect(replayed.state.parameterOverrides.isEmpty)
    }

    @Test func undoCoversSaveAndDelete() {
        let harness = Harness()
        harness.succeed("set purchases 30B/month; scenario save mine")
        harness.succeed("scenario delete mine")
        harness.succeed("undo")
        #expect(harness.state.scenarios["mine"] != nil)
        harness.succeed("undo")
        #expect(harness.state.scenarios["mine"] == nil)
        #expect(harness.state.scenarios.isEmpty)
    }

    @Test(arguments: [false, true])
    func saveThenSourceKeepsNamedScenariosAndOverrides(minimal: Bool) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let original = Harness()
        original.succeed("""
        set draws 200
        set purchases 30B/month
        param btc_beta 2.5
        scenario save mine
        use qt-continues
        param demand_floor -7
        scenario save tight
        scenario delete mine
        set purchases 20B/month; param tga_miss 100; scenario save later
        scenario use tight
        set rate_cut 50bp
        """)
        let file = folder.path("named.fed")
        original.succeed("save \(minimal ? "--minimal " : "")\(file)")
        let replayed = Harness()
        replayed.succeed("source \(file)")
        #expect(replayed.state.scenarios == original.state.scenarios)
        #expect(replayed.state.scenarios.names == ["later", "tight"])
        #expect(replayed.scenario == original.scenario)
        #expect(replayed.state.parameterOverrides == original.state.parameterOverrides)
        #expect(replayed.state.currentScenarioName == original.state.currentScenarioName)
        #expect(replayed.session.prompt == original.session.prompt)
        #expect(replayed.succeed("eval") == original.succeed("eval"))
        #expect(replayed.succeed("compare later") == original.succeed("compare later"))
    }
}
