/// Finds the word a user probably meant, for "did you mean" hints.
package enum Suggestion {
    /// The candidate closest to `word` by Damerau–Levenshtein distance (optimal string
    /// alignment, ignoring case), if it is close enough: at most a third of the word's length,
    /// and at least one edit. Ties go to the earlier candidate. An exact match is not a suggestion.
    package static func closest<Candidates: Sequence>(to word: String, among candidates: Candidates) -> String?
    where Candidates.Element == String {
        let target = Array(word.lowercased())
        guard !target.isEmpty else { return nil }
        let threshold = Swift.max(1, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let letters = Array(candidate.lowercased())
            if letters == target { continue }
            // The length gap is a lower bound on the distance, so most candidates stop here.
            if abs(letters.count - target.count) > threshold { continue }
            let distance = editDistance(target, letters)
            if distance <= threshold, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Damerau–Levenshtein distance with adjacent transpositions (optimal string alignment).
    package static func editDistance(_ first: String, _ second: String) -> Int {
        editDistance(Array(first.lowercased()), Array(second.lowercased()))
    }

    static func editDistance(_ first: [Character], _ second: [Character]) -> Int {
        if first.isEmpty { return second.count }
        if second.isEmpty { return first.count }
        let width = second.count + 1
        var previousPrevious = [Int](repeating: 0, count: width)
        var previous = Array(0...second.count)
        var current = [Int](repeating: 0, count: width)
        for row in 1...first.count {
            current[0] = row
            for column in 1...second.count {
                let cost = first[row - 1] == second[column - 1] ? 0 : 1
                var value = Swift.min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, first[row - 1] == second[column - 2], first[row - 2] == second[column - 1] {
                    value = Swift.min(value, previousPrevious[column - 2] + 1)
                }
                current[column] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[second.count]
    }
}
