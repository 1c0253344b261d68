import Testing
@testable import FedLanguage

struct SuggestionTests {
    static let variables = ["purchases", "purchase_start", "purchase_months", "instrument", "qt", "rate_cut",
                            "expected_cut", "horizon", "seed", "draws"]

    @Test(arguments: [
        ("purchse", "purchases"),
        ("PURCHASES_", "purchases"),
        ("rate_cutt", "rate_cut"),
        ("horzion", "horizon"),
        ("qy", "qt"),
        ("sede", "seed"),
        ("xyz", nil),
        ("purchases", nil),
        ("", nil),
    ] as [(String, String?)])
    func findsTheClosestName(word: String, expected: String?) {
        #expect(Suggestion.closest(to: word, among: Self.variables) == expected)
    }

    @Test(arguments: [
        ("abc", "abc", 0), ("abc", "acb", 1), ("kitten", "sitting", 3), ("", "ab", 2), ("Set", "sett", 1),
    ])
    func measuresEditDistance(first: String, second: String, distance: Int) {
        #expect(Suggestion.editDistance(first, second) == distance)
    }

    @Test func splitsScriptsIntoNumberedLines() {
        let lines = SourceText(origin: .file, name: "a.fed", text: "set x 1\n\nshow\n").lines()
        #expect(lines.map(\.text) == ["set x 1", "", "show"])
        #expect(lines.map(\.firstLine) == [1, 2, 3])
        #expect(lines[2].location(atOffset: 2) == SourceLocation(offset: 2, line: 3, column: 3))
        #expect(
            SourceText(text: "ab\r\ncd").lineText(containing: SourceLocation(offset: 5, line: 2, column: 2)) == "cd")
        #expect(
            SourceText(text: "ab\r\ncd").lineText(containing: SourceLocation(offset: 1, line: 1, column: 2)) == "ab")
    }
}
