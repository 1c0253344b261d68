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
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(number + ". ") }) else { return nil }
        guard let line = lines[start...].first(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("verdict") }) else { return nil }
        let words = line.trimmingCharacters(in: .whitespaces).dropFirst("verdict".count).trimmingCharacters(in: .whitespaces)
        return ClaimVerdict.allCases.map(\.rawValue).sorted { $0.count > $1.count }.first { words.hasPrefix($0) }
    }

    @Test func everyClaimHasAVerdict() {
        let text = ToolHarness.transcript("set draws 200; claims")
        for number in Self.numbers { #expect(Self.verdict(number, in: text) != nil, "claim \(number)") }
        #expect(text.contains("verdicts: 'supported' when"))
        #expect(Self.verdict("8", in: text) == ClaimVerdict.cannotBeJudged.rawValue)
        #expect(Self.verdict("5", in: text) == ClaimVerdict.cannotBeJudged.rawValue)
        #expect(Self.verdict("6", in: text) == ClaimVerdict.supported.rawValue)
        #expect(Self.verdict("11a", in: text) == ClaimVerdict.notSupported.rawValue)
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
        #expect(ClaimVerdict.decide(lower: lower, upper: upper, p10: p10, p90: p90) == expected)
    }

    @Test func openBoundsAndTheVerdictFollowingTheEvidence() {
        #expect(ClaimVerdict.decide(lower: 0, upper: nil, p10: 0.1, p90: 40) == .supported)
        #expect(ClaimVerdict.decide(lower: 0, upper: nil, p10: -0.1, p90: 40) == .withinTheNoise)
        #expect(ClaimVerdict.decide(lower: nil, upper: 0, p10: 0.1, p90: 40) == .notSupported)
    }

    /// Holding the liquidity elasticity at zero removes most of the purchases' lift: the Nasdaq claim
    /// (+3% to +5% extra) goes from inside the band to wholly outside it.
    @Test func verdictChangesWhenTheEvidenceDoes() {
        let before = ToolHarness.transcript("set draws 200; claims")
        let (session, output) = ToolHarness.session()
        session.state.parameterOverrides["liquidity_equity"] = 0
        session.run(SourceText(text: "set draws 200; claims"))
        #expect(Self.verdict("9", in: before) == ClaimVerdict.withinTheNoise.rawValue)
        #expect(Self.verdict("9", in: output.text) == ClaimVerdict.notSupported.rawValue)
        #expect(output.text.contains("parameter overrides: liquidity_equity"))
    }

    @Test func linesFitTheWidth() {
        let text = ToolHarness.transcript("set draws 100; claims", width: 70)
        for line in text.split(separator: "\n").dropFirst() { #expect(line.count <= 70, "\(line)") }
    }
}
