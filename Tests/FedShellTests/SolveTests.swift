import FedLanguage
import FedModel
@testable import FedShell
import Foundation
import Testing

/// `solve`: goal seek on the central model; the answer, set and evaluated, meets the target.
struct SolveTests {
    /// The number after "NAME = " on the answer line of a `solve` transcript, as typed.
    func answer(_ variable: String, in text: String) -> String? {
        text.split(separator: "\n").first { $0.hasPrefix("  \(variable) = ") }
            .map { String($0.dropFirst("  \(variable) = ".count).split(separator: " ")[0]) }
    }

    @Test func purchasesForReservesInAprilMeetTheTargetWhenSet() throws {
        let text = ToolHarness.transcript("solve purchases for reserves[4] >= 2.9T")
        let value = try #require(answer("purchases", in: text), "\(text)")
        let check = ToolHarness.transcript(
            "set purchases \(value); set draws 50; eval; assert reserves[4] >= 2.9T; print reserves[4]")
        #expect(!check.contains("error"), "\(check)")
        #expect(!check.contains("assertion failed"), "\(check)")
        // Without purchases April's tax drain takes reserves below the target: the answer is not zero.
        #expect(!value.hasPrefix("$0/"), "\(text)")
    }

    @Test func equalityIsMetClosely() throws {
        let text = ToolHarness.transcript("solve tga_level for reserves = 2.8T")
        let value = try #require(answer("tga_level", in: text), "\(text)")
        let check = ToolHarness.transcript(
            "set tga_level \(value); set draws 50; eval; assert reserves > 2.799T; assert reserves < 2.801T")
        #expect(!check.contains("error"), "\(check)")
    }

    @Test func aTargetNoValueMeetsIsAClearError() {
        let text = ToolHarness.transcript("solve purchases for reserves[4] >= 30T")
        #expect(
            text.contains("error: no value of purchases from $0/month to $5T/month gives reserves[4] >= $30T"),
            "\(text)")
        #expect(text.contains("the closest is"))
    }

    @Test func jsonGivesTheValueAndWhatItReaches() throws {
        let text = ToolHarness.transcript("solve purchases for reserves[4] >= 2.9T --json")
        let start = try #require(text.firstIndex(of: "{"), "\(text)")
        let end = try #require(text.lastIndex(of: "}"), "\(text)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(text[start...end].utf8)) as? [String: Any])
        #expect(object["command"] as? String == "solve")
        #expect(object["variable"] as? String == "purchases" && object["output"] as? String == "reserves")
        #expect(object["month"] as? Int == 4 && object["relation"] as? String == ">=")
        let value = try #require(object["value"] as? Double), reached = try #require(object["reached"] as? Double)
        #expect(value > 0 && value < 60, "\(text)")
        #expect(reached >= 2_900, "\(text)")
        // The text form answers the same value.
        let plain = ToolHarness.transcript("solve purchases for reserves[4] >= 2.9T")
        #expect(answer("purchases", in: plain) == object["text"] as? String, "\(plain)")
    }

    @Test func solveLeavesTheStateUnchanged() {
        let (session, _) = ToolHarness.session()
        let before = session.state.scenario
        session.run(SourceText(text: "solve purchases for reserves[4] >= 2.9T"))
        #expect(session.state.scenario == before)
    }

    @Test(arguments: [
        ("solve draws for reserves >= 1T", "says how the model is run"),
        ("solve instrument for reserves >= 1T", "it is not a number"),
        ("solve purchases for reserves[99] >= 1T", "the month must be a whole number from 0 to the horizon"),
        ("solve purchases for reserves >= 10bp", "reserves cannot be compared with 10bp"),
        ("solve purchases reserves >= 1T", "expected 'for'"),
        ("solve purchases for reserves > 1T", "expected =, >= or <="),
    ])
    func badInputIsAClearError(script: String, message: String) {
        let text = ToolHarness.transcript(script)
        #expect(text.contains(message), "\(text)")
    }
}

/// `set purchases auto`: the rule takes over, the report shows what it chose, a pace takes it back.
struct AutomaticPurchasesTests {
    @Test func theReportShowsThePurchasesChosen() {
        let text = ToolHarness.transcript("set purchases auto; set reserve_floor 3T; set draws 50; eval")
        #expect(text.contains("purchase_rule = auto (was fixed)"), "\(text)")
        #expect(text.contains("policy    auto: bills to keep reserves ≥ $3T, at most $60B/month; chose "), "\(text)")
    }

    @Test func aShareFloorIsTypedAsAPercentage() {
        let text = ToolHarness.transcript("set purchases auto; set reserve_floor_share 12.5%; set draws 50; eval")
        #expect(text.contains("12.5% of bank assets"), "\(text)")
    }

    @Test func typingAPaceTakesPurchasesBackFromTheRule() {
        let text = ToolHarness.transcript("set purchases auto; set purchases 40B/month; show purchase_rule")
        #expect(text.contains("purchase_rule = fixed (was auto)"), "\(text)")
    }
}
