import FedLanguage
import FedModel
@testable import FedShell
import Foundation
import Testing

/// `claims`: every claim with a verdict, the verdict rules, and verdicts that follow the evidence.
struct ClaimsTests {
    static let numbers = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11a", "11b", "11c"]

    /// The verdict printed for claim `number`.
    static func verdict(_ number: String, in text: String) -> String? {
        let lines = text.split(separator: "\n").map(String.init)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(number + ". ") })
        else { return nil }
        guard let line = lines[start...].first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("verdict") })
        else { return nil }
        let words = line.trimmingCharacters(in: .whitespaces).dropFirst("verdict".count).trimmingCharacters(
            in: .whitespaces)
        return ClaimVerdict.allCases.map(\.rawValue).sorted { $0.count > $1.count }.first { words.hasPrefix($0) }
    }

    @Test func everyClaimHasAVerdict() {
        let text = ToolHarness.transcript("set draws 200; claims")
        for number in Self.numbers { #expect(Self.verdict(number, in: text) != nil, "claim \(number)") }
        #expect(text.contains("verdicts: 'supported' when"))
        #expect(ToolHarness.flattened(text).contains("on 2025-12-31"), "claim 3 names the year end as a date")
        #expect(Self.verdict("8", in: text) == ClaimVerdict.cannotBeJudged.rawValue)
        #expect(Self.verdict("5", in: text) == ClaimVerdict.cannotBeJudged.rawValue)
        #expect(Self.verdict("3", in: text) == ClaimVerdict.supported.rawValue)
        // Market claims: effects under 10% of the asset's own band are no material effect, whatever the sign.
        #expect(Self.verdict("6", in: text) == ClaimVerdict.noMaterialEffect.rawValue)
        #expect(Self.verdict("7", in: text) == ClaimVerdict.noMaterialEffect.rawValue)
        #expect(Self.verdict("11a", in: text) == ClaimVerdict.noMaterialEffect.rawValue)
        #expect(
            ToolHarness.flattened(text).contains(
                "materiality (market claims): an effect is material when its central value is at least 10%"))
        #expect(text.contains("material beyond ±"))
    }

    @Test func claimsDoNotChangeTheScenario() {
        let text = ToolHarness.transcript("set draws 200; use evercore; claims; show purchases")
        #expect(text.contains("purchases = $35B/month"))
    }

    @Test(arguments: [
        (3.0, 5.0, 3.5, 4.5, ClaimVerdict.supported), (3.0, 5.0, 3.0, 5.0, .supported),
        (3.0, 5.0, 1.0, 2.9, .notSupported), (3.0, 5.0, 5.1, 9.0, .notSupported),
        (3.0, 5.0, 1.3, 5.1, .withinTheNoise), (3.0, 5.0, 4.0, 6.0, .withinTheNoise),
    ])
    func verdictRuleOnSyntheticBands(lower: Double, upper: Double, p10: Double, p90: Double, expected: ClaimVerdict) {
        #expect(
            ClaimVerdict.decide(lower: lower, upper: upper, central: (p10 + p90) / 2, p10: p10, p90: p90) == expected)
    }

    @Test func openBoundsAndTheVerdictFollowingTheEvidence() {
        #expect(ClaimVerdict.decide(lower: 0, upper: nil, central: 20, p10: 0.1, p90: 40) == .supported)
        #expect(ClaimVerdict.decide(lower: 0, upper: nil, central: 20, p10: -0.1, p90: 40) == .withinTheNoise)
        #expect(ClaimVerdict.decide(lower: nil, upper: 0, central: 20, p10: 0.1, p90: 40) == .notSupported)
    }

    @Test func materialityComesFirst() {
        // Wholly inside "a rise", but small beside a noise band 100 wide (threshold 10): no material effect.
        #expect(
            ClaimVerdict.decide(lower: 0, upper: nil, central: 3, p10: 1, p90: 5, threshold: 10) == .noMaterialEffect)
        #expect(
            ClaimVerdict.decide(lower: 0, upper: nil, central: -3, p10: -5, p90: -1, threshold: 10) == .noMaterialEffect
        )
        #expect(ClaimVerdict.decide(lower: 0, upper: nil, central: 12, p10: 11, p90: 14, threshold: 10) == .supported)
        #expect(
            ClaimVerdict.decide(lower: 0, upper: nil, central: -12, p10: -14, p90: -11, threshold: 10) == .notSupported)
    }

    /// Switching a mechanism off changes a verdict: without peaks above the average on pressure dates
    /// (peak_per_slope 0) repo no longer passes the SRF rate at the 2025 year end, and claim 3 fails.
    @Test func verdictChangesWhenItsMechanismIsSwitchedOff() {
        let before = ToolHarness.transcript("set draws 200; claims")
        let (session, output) = ToolHarness.session()
        session.state.parameterOverrides["peak_per_slope"] = 0
        session.run(SourceText(text: "set draws 200; claims"))
        #expect(Self.verdict("3", in: before) == ClaimVerdict.supported.rawValue)
        #expect(Self.verdict("3", in: output.text) != ClaimVerdict.supported.rawValue)
        #expect(output.text.contains("parameter overrides: peak_per_slope"))
    }

    @Test func linesFitTheWidth() {
        let text = ToolHarness.transcript("set draws 100; claims", width: 70)
        for line in text.split(separator: "\n").dropFirst() { #expect(line.count <= 70, "\(line)") }
    }
}
