import FedLanguage
import FedModel

extension Session {
    /// `ledger [MONTH]`, `ledger all`: the balance-sheet entries behind the scenario as T-accounts,
    /// from the central run (no Monte Carlo needed).
    func ledger(month expression: Expression?, statement: Statement, source: SourceText) throws(Diagnostic) {
        let scenario = state.scenario
        let path = Simulation(scenario: scenario, parameters: state.parameters).run()
        let text = LedgerText(path: path, scenario: scenario, scenarioName: scenarioName, width: options.terminalWidth)
        guard let expression else {
            output.write(text.month(1))
            return
        }
        if case .name("all") = expression.kind, state.userVariables["all"] == nil {
            output.write(text.allMonths)
            return
        }
        let value = try evaluate(expression, source)
        let formatter = ValueFormatter(precision: .short)
        guard let quantity = value.quantity, quantity.dimension == .none || quantity.dimension == .time,
              let month = quantity.wholeNumber else {
            throw .ledgerMonthNotWhole(expression.range, got: formatter.format(value))
        }
        guard (0...scenario.horizon).contains(month) else {
            throw .ledgerMonthOutOfRange(expression.range, month: month, horizon: scenario.horizon)
        }
        output.write(text.month(month))
    }
}
