import Testing
@testable import LineEditing

@Suite struct CompletionPlanTests {
    let words = ["set", "show", "save", "purchases", "purchase_start"]

    private func plan(_ line: String) -> CompletionPlan {
        let request = CompletionRequest(lineBeforeCursor: line)
        let result = CompletionResult(completing: request, from: words)
        return CompletionPlan(result: result, word: request.currentWord)
    }

    @Test func oneCandidateIsInsertedWithASpace() {
        #expect(plan("sh") == .replaceWord(with: "show "))
    }

    @Test func severalCandidatesExtendToTheirCommonPrefix() {
        #expect(plan("purc") == .replaceWord(with: "purchase"))
    }

    @Test func noLongerPrefixListsTheCandidates() {
        #expect(plan("purchase") == .list(["purchases", "purchase_start"]))
        #expect(plan("s") == .list(["set", "show", "save"]))
    }

    @Test func nothingMatchingBeeps() {
        #expect(plan("xyz") == .beep)
    }

    @Test func onlyTheLastWordIsCompleted() {
        let request = CompletionRequest(lineBeforeCursor: "show pur")
        #expect(request.currentWord == "pur")
        #expect(CompletionResult(completing: request, from: words).replacedCharacterCount == 3)
    }

    @Test func longestCommonPrefixComparesCharacters() {
        #expect(CompletionPlan.longestCommonPrefix(["café", "cafés"]) == "café")
        #expect(CompletionPlan.longestCommonPrefix(["abc", "xyz"]) == "")
        #expect(CompletionPlan.longestCommonPrefix([]) == "")
    }

    @Test func columnsRunDownThenAcross() {
        let text = CompletionPlan.columns(["a", "b", "c", "d", "e"], width: 9)
        #expect(text == "a  c  e\nb  d\n")
    }

    @Test func aWordWiderThanTheTerminalGetsItsOwnRow() {
        #expect(CompletionPlan.columns(["longword", "x"], width: 4) == "longword\nx\n")
    }
}
