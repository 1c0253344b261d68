import FedLanguage
import FedModel

extension Session {
    /// `help`, `help NAME`, `help tour`.
    func help(_ topic: Name?) throws(Diagnostic) {
        guard let topic else {
            output.write(fitted(HelpText.overview))
            return
        }
        guard let text = HelpText.topic(topic.text) else {
            // `help sofr`: a term the glossary defines is answered from there.
            if Glossary.entry(topic.text) != nil { return try glossary(topic, statement: nil) }
            throw .unknownHelpTopic(topic, topics: HelpText.topics)
        }
        output.write(fitted(text))
    }

    /// The line the prompt starts with, wrapped to the terminal.
    package static func banner(width: Int) -> String {
        TextWrap.fit(
            "fedsh \(version) — Fed liquidity scenario shell. Start: FOMC 10 Dec 2025. Type 'help' or 'help tour'.",
            width: width) + "\n"
    }

    /// Help text wrapped to the terminal, tables kept aligned.
    private func fitted(_ text: String) -> String {
        TextWrap.fit(text, width: options.terminalWidth)
    }
}
