/// What a press of Tab does with a completion result: insert text, list the candidates, or beep.
/// Pure, so the terminal-facing reader stays thin and this stays testable.
package enum CompletionPlan: Equatable, Sendable {
    /// Replace the word being completed with `text`.
    case replaceWord(with: String)
    /// Show the candidates below the line, then redraw the prompt and line.
    case list([String])
    /// Nothing to offer.
    case beep

    /// One candidate: insert it and a space. Several: extend the word to their longest common
    /// prefix when that adds something, otherwise list them.
    package init(result: CompletionResult, word: Substring) {
        let candidates = result.candidates
        guard let first = candidates.first else {
            self = .beep
            return
        }
        if candidates.count == 1 {
            self = .replaceWord(with: first + " ")
            return
        }
        let prefix = CompletionPlan.longestCommonPrefix(candidates)
        if prefix.count > word.count && prefix.hasPrefix(word) {
            self = .replaceWord(with: prefix)
        } else {
            self = .list(candidates)
        }
    }

    /// The longest string every one of `words` starts with, compared by characters.
    package static func longestCommonPrefix(_ words: [String]) -> String {
        guard let firstWord = words.first else { return "" }
        var prefix = firstWord[...]
        for word in words.dropFirst() {
            prefix = prefix.commonPrefix(with: word)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// Lays `words` out in columns, sorted down each column like `ls`, to fit `width` terminal
    /// columns. Each row ends in a newline.
    package static func columns(_ words: [String], width: Int) -> String {
        guard !words.isEmpty else { return "" }
        let columnWidth = (words.map(\.count).max() ?? 0) + 2
        let columnCount = max(1, width / columnWidth)
        let rowCount = (words.count + columnCount - 1) / columnCount
        var text = ""
        for row in 0..<rowCount {
            var line = ""
            for column in 0..<columnCount {
                let index = column * rowCount + row
                guard index < words.count else { break }
                let word = words[index]
                let isLastInRow = (column + 1) * rowCount + row >= words.count
                line += isLastInRow ? word : word.padding(toLength: columnWidth)
            }
            text += line + "\n"
        }
        return text
    }
}

extension Substring {
    fileprivate func commonPrefix(with other: String) -> Substring {
        var end = startIndex
        var otherIndex = other.startIndex
        while end < endIndex, otherIndex < other.endIndex, self[end] == other[otherIndex] {
            end = index(after: end)
            otherIndex = other.index(after: otherIndex)
        }
        return self[startIndex..<end]
    }
}

extension String {
    fileprivate func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
