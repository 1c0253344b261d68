/// How narration looks beside results: set apart by a bar so a class sees what is commentary.
enum Narration {
    static func note(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  │ " + $0 }.joined(separator: "\n") + "\n"
    }
}
