import FedLanguage

extension Session {
    /// `glossary` lists the terms; `glossary TERM` defines one, with the command that shows it.
    func glossary(_ term: Name?, statement: Statement?) throws(Diagnostic) {
        guard let term else {
            let width = Glossary.entries.map(\.term.count).max() ?? 0
            var text = "glossary (glossary TERM for one; hyphens or underscores for spaces, as in glossary on-rrp):\n"
            for entry in Glossary.entries {
                text += "  " + entry.term.rightPadded(width) + "  " + summary(entry.definition) + "\n"
            }
            output.write(TextWrap.fit(text, width: options.terminalWidth))
            return
        }
        guard let entry = Glossary.entry(term.text) else {
            throw .unknownGlossaryTerm(term, terms: Glossary.lookupWords)
        }
        let definition = TextWrap.wrap(entry.definition, width: max(40, options.terminalWidth - 2),
                                       firstIndent: "  ", indent: "  ").joined(separator: "\n")
        output.write("\(entry.term)\n\(definition)\n  see it: \(entry.command)\n")
    }

    /// The definition's opening phrase, for the list.
    private func summary(_ definition: String) -> String {
        let end = [": ", ". ", ", "].compactMap { definition.range(of: $0)?.lowerBound }.min() ?? definition.endIndex
        return String(definition[..<end])
    }
}
