import FedLanguage
import FedModel

// Placeholders for commands being built; each moves to its own file when it lands.
extension Session {
    private func notYet(_ statement: Statement) -> Diagnostic {
        Diagnostic(message: "'\(source(of: statement))' is not available yet", range: statement.keywordRange)
    }

    private func source(of statement: Statement) -> String { statement.text.split(separator: " ").first.map(String.init) ?? "" }

    func scenarioCommand(_ action: ScenarioAction, statement: Statement) throws(Diagnostic) -> Effect { throw notYet(statement) }
    func compare(_ names: [Name], statement: Statement) throws(Diagnostic) { throw notYet(statement) }
    func sweep(_ variable: Name, from: Expression, to: Expression, step: Expression, show: [Name], statement: Statement, source: SourceText) throws(Diagnostic) { throw notYet(statement) }
    func plot(_ outputs: [Name], svg: PathArgument?, force: Bool, statement: Statement) throws(Diagnostic) { throw notYet(statement) }
    func export(to path: PathArgument, force: Bool, statement: Statement) throws(Diagnostic) { throw notYet(statement) }
    func parameterCommand(_ action: ParameterAction, statement: Statement, source: SourceText) throws(Diagnostic) -> Effect { throw notYet(statement) }
    func sensitivity(_ output: Name, statement: Statement) throws(Diagnostic) { throw notYet(statement) }
    func pause() {}
    func lesson(_ name: Name?, statement: Statement) throws(Diagnostic) -> Effect { throw notYet(statement) }
    func predict(_ output: Name, guess: Expression, statement: Statement, source: SourceText) throws(Diagnostic) -> Effect { throw notYet(statement) }
    func glossary(_ term: Name?, statement: Statement) throws(Diagnostic) { throw notYet(statement) }
    func record(to path: PathArgument?, force: Bool, statement: Statement) throws(Diagnostic) { throw notYet(statement) }
}
