/// What the completer is asked: the line as typed up to the cursor.
package struct CompletionRequest: Sendable, Equatable {
    package let lineBeforeCursor: String

    package init(lineBeforeCursor: String) {
        self.lineBeforeCursor = lineBeforeCursor
    }

    /// The word the cursor is in: the characters after the last space or tab.
    package var currentWord: Substring {
        let start = lineBeforeCursor.lastIndex(where: { $0 == " " || $0 == "\t" })
            .map { lineBeforeCursor.index(after: $0) } ?? lineBeforeCursor.startIndex
        return lineBeforeCursor[start...]
    }
}

/// The completer's answer: which trailing characters of the line the candidates replace, and the
/// candidates themselves (whole words, not suffixes).
package struct CompletionResult: Sendable, Equatable {
    /// How many characters at the end of `lineBeforeCursor` make up the word being completed.
    package let replacedCharacterCount: Int
    package let candidates: [String]

    package init(replacedCharacterCount: Int, candidates: [String]) {
        self.replacedCharacterCount = replacedCharacterCount
        self.candidates = candidates
    }

    /// Completes the current word of `request` with those of `words` that start with it.
    package init(completing request: CompletionRequest, from words: [String]) {
        let word = request.currentWord
        self.init(
            replacedCharacterCount: word.count,
            candidates: words.filter { $0.hasPrefix(word) }
        )
    }

    /// No completion.
    package static let none = CompletionResult(replacedCharacterCount: 0, candidates: [])
}
