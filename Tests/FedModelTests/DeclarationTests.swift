import Foundation
import Testing
@testable import FedModel

struct DeclarationTests {
    @Test func everyParameterHasASourceAndARange() {
        #expect(Set(ModelParameter.catalog.map(\.name)).count == ModelParameter.catalog.count)
        for parameter in ModelParameter.catalog {
            #expect(!parameter.source.isEmpty && !parameter.meaning.isEmpty && !parameter.unit.isEmpty)
            #expect(parameter.low <= parameter.central && parameter.central <= parameter.high)
        }
    }

    @Test func triangularDrawsStayInRange() {
        var random = RandomSource(seed: 3)
        for parameter in ModelParameter.catalog {
            for _ in 0..<200 {
                let value = parameter.triangular(random.uniform())
                #expect(value >= parameter.low && value <= parameter.high)
            }
        }
    }

    @Test func docsListEveryParameterAndVariable() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/MODEL.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for parameter in ModelParameter.catalog {
            #expect(text.contains("`\(parameter.name)`"), "\(parameter.name) missing from docs/MODEL.md")
        }
        for output in Output.allCases {
            #expect(text.contains("`\(output.rawValue)`"), "\(output.rawValue) missing from docs/MODEL.md")
        }
    }

    @Test func variableDefaultsAndPresetsAreValid() {
        #expect(Set(ScenarioVariable.catalog.map(\.name)).count == ScenarioVariable.catalog.count)
        let scenario = Scenario()
        for variable in ScenarioVariable.catalog {
            #expect(variable.problem(with: variable.get(scenario)) == nil, "\(variable.name) default invalid")
            #expect(variable.isDefault(in: scenario))
        }
        for preset in Preset.all {
            for setting in preset.settings {
                let variable = ScenarioVariable.named(setting.variable)
                #expect(variable != nil, "\(preset.name) sets unknown \(setting.variable)")
                #expect(variable?.problem(with: setting.value) == nil)
            }
        }
        let required = ["purchases", "purchase_start", "purchase_months", "instrument", "qt", "rate_cut",
                        "expected_cut", "horizon", "seed", "draws"]
        for name in required { #expect(ScenarioVariable.named(name) != nil) }
        #expect(Set(Preset.all.map(\.name)) == ["baseline", "cabana", "evercore", "fomc-dec-2025", "qt-continues",
                                                  "hawkish-hold", "qe-coupons", "repo-2019"])
    }

    @Test func validationRejectsBadValues() {
        let purchases = ScenarioVariable.named("purchases")!
        #expect(purchases.problem(with: .number(-5)) != nil)
        #expect(purchases.problem(with: .number(.nan)) != nil)
        #expect(purchases.problem(with: .number(.infinity)) != nil)
        #expect(purchases.problem(with: .toggle(true)) != nil)
        #expect(ScenarioVariable.named("horizon")!.problem(with: .number(12.5)) != nil)
        #expect(ScenarioVariable.named("instrument")!.problem(with: .choice("mbs")) != nil)
    }

    @Test func startDefaultsFollowTheStartState() {
        var scenario = Scenario()
        let tga = ScenarioVariable.named("tga_level")!
        #expect(tga.get(scenario) == .number(805.827))
        scenario.start = .september2019
        #expect(tga.get(scenario) == .number(303.057))
        #expect(tga.isDefault(in: scenario))
    }
}
