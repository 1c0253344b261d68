import FedLanguage
@testable import FedShell
import FedModel
import Foundation
import Testing

/// Property tests: what the shell writes reads back as the same thing.
@Suite struct RoundTripPropertyTests {
    /// A random sequence of valid state-changing commands.
    static func randomSession(_ generator: inout RandomSource) -> [String] {
        var commands: [String] = []
        for _ in 0..<Int.random(in: 1...14, using: &generator) {
            let variable = ScenarioVariable.catalog.randomElement(using: &generator)!
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: commands.append("unset \(variable.name)")
            case 1: commands.append("use \(Preset.all.randomElement(using: &generator)!.name)")
            case 2:
                commands.append(
                    """
                        let mine\(Int.random(in: 0..<3, using: &generator)) = \
                        \(randomValueText(for: variable, using: &generator))
                        """
                )
            case 3: commands.append("reset")
            case 4: commands.append("undo")
            default: commands.append("set \(variable.name) \(randomValueText(for: variable, using: &generator))")
            }
        }
        return commands + ["set draws 40", "set horizon 6"]
    }

    @Test(arguments: 0..<24)
    func saveThenSourceRebuildsTheState(seed: Int) throws {
        var generator = RandomSource(seed: UInt64(seed) &* 7919 &+ 1)
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let (original, originalOutput) = quietSession()
        for command in Self.randomSession(&generator) {
            // A random valid command may still be refused (undo with nothing to undo): fine, it keeps the state.
            _ = original.runKeepingInvariant(command)
        }
        let minimal = seed % 2 == 1
        let script = folder.path("saved.fed")
        original.run(SourceText(text: "save \(minimal ? "--minimal " : "")\(script)"))
        #expect(originalOutput.text.contains("saved "), "\(originalOutput.text)")

        let (rebuilt, rebuiltOutput) = quietSession()
        let outcome = rebuilt.run(SourceText(text: "source \(script)"))
        #expect(outcome.succeeded, "\(rebuiltOutput.text)")
        #expect(rebuilt.state.scenario == original.state.scenario)
        #expect(rebuilt.state.userVariables.mapValues(\.value) == original.state.userVariables.mapValues(\.value))
        if !minimal {
            #expect(rebuilt.state.presetName == original.state.presetName)
            #expect(rebuilt.state.parameterOverrides == original.state.parameterOverrides)
        }

        let (first, firstOutput) = quietSession()
        let (second, secondOutput) = quietSession()
        first.run(SourceText(text: "source \(script)\neval --json"))
        second.run(SourceText(text: "source \(script)\neval --json"))
        original.run(SourceText(text: "eval --json"))
        // A --minimal script does not name the preset, so the report's scenario name may differ.
        let report = { (text: String) in
            text.components(separatedBy: "\"fedsh\"").dropFirst().joined()
                .split(separator: "\n").filter { !(minimal && $0.contains("\"scenario\"")) }.joined(separator: "\n")
        }
        #expect(!report(firstOutput.text).isEmpty)
        #expect(report(firstOutput.text) == report(secondOutput.text))
        #expect(report(originalOutput.text) == report(firstOutput.text))
    }

    static let extremes: [Double] = [
        0, -0.0, 1, -1, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
        -.leastNonzeroMagnitude, .leastNormalMagnitude, 0.1, 0.2 + 0.1, 1e-300, 1e300, 45e9, 0.0025, 1.0.nextUp,
        1.0.nextDown, 12345678901234567, 9_007_199_254_740_993, 2.5e-7, 1e15, 1e16, 0.5, 1.0 / 3.0,
    ]

    static let dimensions: [FedLanguage.Dimension] = [.none, .money, .time, .ratio, .moneyPerTime, .ratioPerTime]

    @Test(arguments: dimensions)
    func printedValuesParseBack(dimension: FedLanguage.Dimension) {
        var generator = RandomSource(seed: 99)
        var values = Self.extremes
        for _ in 0..<400 {
            values.append(
                Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF) * (Bool.random(using: &generator) ? 1 : -1)
            )
            values.append(Double.random(in: -1e12...1e12, using: &generator))
        }
        var failures: [String] = []
        for value in values where value.isFinite {
            let text = ValueFormatter(precision: .exact).format(Quantity(value, dimension))
            let back = try? ExpressionEvaluator.evaluate(SourceText(text: text)).get().quantity
            // -0 reads back as 0, which is the same number to a user.
            if back?.value != value || back?.dimension != dimension {
                failures.append("\(value) → \(text) → \(String(describing: back))")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func letAndPrintAgreeThroughTheSession() {
        let (session, output) = quietSession()
        for value in Self.extremes where value.isFinite {
            let text = ValueFormatter(precision: .exact).format(Quantity(value, .moneyPerTime))
            #expect(session.run(SourceText(text: "let x = \(text)")).succeeded, "\(text): \(output.text)")
            #expect(session.state.userVariables["x"]?.value == .quantity(Quantity(value, .moneyPerTime)))
        }
    }
}
