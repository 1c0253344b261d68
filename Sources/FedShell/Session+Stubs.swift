import FedLanguage
import FedModel

// Placeholders for commands being built; each moves to its own file when it lands.
extension Session {
    private func notYet(_ statement: Statement) -> Diagnostic {
        Diagnostic(message: "'\(source(of: statement))' is not available yet", range: statement.keywordRange)
    }

    private func source(of statement: Statement) -> String { statement.text.split(separator: " ").first.map(String.init) ?? "" }

    func explain(_ output: Name?, statement: Statement) throws(Diagnostic) { throw notYet(statement) }
    func ledger(month: Expression?, statement: Statement, source: SourceText) throws(Diagnostic) { throw notYet(statement) }
    func claims(statement: Statement) throws(Diagnostic) { throw notYet(statement) }
}
