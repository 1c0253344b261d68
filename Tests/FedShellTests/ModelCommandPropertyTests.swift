import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// Every model command on random scenarios and overrides drawn across the variables' and the
/// parameters' whole domains: no crash, no failure, nothing non-finite printed. Few draws keep it
/// quick; each command is its own test (so the commands run side by side) and meets its own
/// combinations: the cheap ones 60, the dear ones (tens of central runs or several Monte Carlo runs
/// each) 25, about 800 combinations in all.
struct ModelCommandPropertyTests {
    /// A command line to try and how many combinations it meets.
    struct Probe: CustomTestStringConvertible, Sendable {
        let command: String
        let combinations: Int

        var testDescription: String { command }
    }

    static let cheap = [
        "eval", "explain btc", "explain reserves", "ledger 1", "sweep purchases 0..150B/month step 50B/month",
        "plot btc, reserves", "plot regime, sofr_peak", "export %FOLDER%/paths%N%.csv",
        "export %FOLDER%/paths%N%.json", "plot btc --svg %FOLDER%/chart%N%.svg", "eval --json", "predict btc up",
    ]
    static let dear = ["compare baseline cabana", "sensitivity btc", "claims"]
    static let probes = cheap.map { Probe(command: $0, combinations: 60) }
        + dear.map { Probe(command: $0, combinations: 25) }

    /// A value anywhere in `range`, a bound one time in four.
    static func draw(_ range: ClosedRange<Double>, using random: inout RandomSource) -> Double {
        switch random.next() % 8 {
        case 0: return range.lowerBound
        case 1: return range.upperBound
        default: return range.lowerBound + random.uniform() * (range.upperBound - range.lowerBound)
        }
    }

    /// `set` and `param` lines for one random combination (exact text, as `save` writes it).
    static func combination(using random: inout RandomSource) -> [String] {
        var lines: [String] = []
        for variable in ScenarioVariable.catalog where random.next() % 3 != 0 {
            switch variable.kind {
            case .choice(let options):
                lines.append("set \(variable.name) \(options[Int(random.next() % UInt64(options.count))])")
            case .toggle: lines.append("set \(variable.name) \(random.next() % 2 == 0 ? "on" : "off")")
            case .number(_, let allowed, _, let whole):
                guard variable.name != "draws" else { continue }
                var number = draw(allowed, using: &random)
                if whole { number = number.rounded(.down) }
                lines.append("set \(variable.name) \(ModelValueConversion.text(.number(number), of: variable))")
            }
        }
        for parameter in ModelParameter.catalog where random.next() % 2 == 0 {
            lines.append(
                "param \(parameter.name) \(Session.exactParameterText(draw(parameter.domain, using: &random)))")
        }
        lines.append("set draws \(4 + random.next() % 12)")
        return lines
    }

    /// A printed number that is not a number: nan, inf, ∞.
    static func nonFinite(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return lowered.range(of: #"\b(nan|[+-]?inf(inity)?)\b"#, options: .regularExpression) != nil
            || text.contains("∞")
    }

    @Test(arguments: probes.enumerated().map { $0 })
    func everyModelCommandIsTotalOnTheDomains(index: Int, probe: Probe) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var random = RandomSource(seed: 11 + UInt64(index))
        for trial in 0..<probe.combinations {
            let harness = Harness()
            let setUp = Self.combination(using: &random)
            let (setOutcome, setText) = harness.run(setUp.joined(separator: "\n"))
            #expect(setOutcome.failures == 0, "trial \(trial): a value inside its domain was refused:\n\(setText)")
            let command = probe.command.replacingOccurrences(of: "%FOLDER%", with: folder.url.path)
                .replacingOccurrences(of: "%N%", with: "\(trial)")
            let (outcome, text) = harness.run(command)
            let context = "trial \(trial): \(command) after\n\(setUp.joined(separator: "; "))\n\(text.prefix(2_000))"
            #expect(outcome.failures == 0, "\(context)")
            #expect(!Self.nonFinite(text), "\(context)")
        }
    }
}
