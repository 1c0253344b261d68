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
            throw .unknownHelpTopic(topic, topics: HelpText.topics)
        }
        output.write(fitted(text))
    }

    /// Help text wrapped to the terminal: a long line continues under its own indentation.
    private func fitted(_ text: String) -> String {
        let width = max(40, options.terminalWidth)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard line.count > width else { return [String(line)] }
            let indent = String(line.prefix { $0 == " " })
            return TextWrap.wrap(String(line.dropFirst(indent.count)), width: width, firstIndent: indent, indent: indent + "  ")
        }.joined(separator: "\n")
    }
}
