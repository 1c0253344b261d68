import FedLanguage

extension Session {
    /// What a statement asks of the run loop after it ran.
    enum Effect: Equatable {
        case proceed
        /// Leave, with the exit status asked for (`exit 3`), if any.
        case quit(status: Int?)
    }

    /// Runs one parsed statement: one exhaustive switch, so a command that parses but has no
    /// execute function does not compile. Throws a diagnostic on failure; the caller restores the state.
    func execute(_ statement: Statement, in source: SourceText) throws(Diagnostic) -> Effect {
        let keyword = statement.keywordRange
        switch statement.command {
        case .set(let name, let expression): try setVariable(name, to: expression, source: source)
        case .show(let names, let all, let format): try show(names, all: all, format: format, range: keyword)
        case .unset(let name): try unset(name)
        case .reset: resetScenario()
        case .undo: try undoLastChange(range: keyword)
        case .redo: try redoLastUndo(range: keyword)
        case .letBinding(let name, let expression): try letBinding(name, expression, source: source)
        case .print(let expression): try printValue(expression, source: source)
        case .use(let name): try use(name)
        case .scenario(let action): try scenarioCommand(action, statement: statement)
        case .eval(let section, let format): try evaluateScenario(section: section, format: format, range: keyword)
        case .explain(let output): try explain(output, statement: statement)
        case .compare(let names, let format): try compare(names, format: format, statement: statement)
        case .sweep(let variable, let from, let to, let step, let outputs, let format):
            try sweep(variable, from: from, to: to, step: step, show: outputs, format: format, statement: statement,
                      source: source)
        case .solve(let variable, let goal, let format):
            try solve(variable, goal: goal, format: format, statement: statement, source: source)
        case .plot(let outputs, let svg, let force): try plot(outputs, svg: svg, force: force, statement: statement)
        case .ledger(let month): try ledger(month: month, statement: statement, source: source)
        case .sensitivity(let output, let format): try sensitivity(output, format: format, statement: statement)
        case .param(let action): try parameterCommand(action, statement: statement, source: source)
        case .claims: try claims(statement: statement)
        case .save(let path, let minimal, let force): try save(to: path, minimal: minimal, force: force, source: source)
        case .source(let path): try runScript(at: path)
        case .export(let path, let force, let format):
            try export(to: path, force: force, format: format, statement: statement)
        case .record(let path, let force): try record(to: path, force: force, statement: statement)
        case .data(let action): try data(action, statement: statement, source: source)
        case .calibrate(let day, let svg, let force):
            try calibrate(at: day, svg: svg, force: force, statement: statement, source: source)
        case .backtest(let request): try backtest(request, statement: statement, source: source)
        case .history(let count): listHistory(count: count)
        case .lesson(let name): try lesson(name, statement: statement)
        case .note(let text): output.note(text.text, width: options.terminalWidth)
        case .pause: try pause(statement: statement)
        case .clear: options.clearScreen?()
        case .predict(let output, let guess): try predict(output, guess: guess, statement: statement, source: source)
        case .assert(let expression): try assertion(expression, source: source)
        case .glossary(let term): try glossary(term, statement: statement)
        case .help(let topic): try help(topic)
        case .quit(let status): return .quit(status: status)
        }
        return .proceed
    }
}
