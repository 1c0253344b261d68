import FedLanguage
import FedModel

extension Session {
    /// `help`, `help NAME`, `help tour`.
    func help(_ topic: Name?) throws(Diagnostic) {
        guard let topic else {
            output.write(HelpText.overview)
            return
        }
        guard let text = HelpText.topic(topic.text) else {
            throw .unknownHelpTopic(topic, topics: HelpText.topics)
        }
        output.write(text)
    }
}
