import FedLanguage
import FedModel

/// Gives names their values in expressions: the user's `let` variables, scenario variables,
/// outputs of the last `eval` (with `.p10/.p50/.p90` and `[month]`), and the words some variables
/// take (`bills`, `ample`).
struct SessionResolver: NameResolver {
    let state: SessionState
    let results: Results?

    static let words: Set<String> = Set(
        ReserveRegime.allCases.map(\.rawValue) + Scenario.Instrument.allCases.map(\.rawValue)
            + Scenario.Schedule.allCases.map(\.rawValue) + StartState.Identifier.allCases.map(\.rawValue))

    func resolve(_ reference: NameReference) -> Result<Value, Diagnostic> {
        if let user = state.userVariables[reference.name], reference.member == nil, reference.index == nil {
            return .success(user.value)
        }
        if let output = Output(rawValue: reference.name) { return resolve(output, reference) }
        if let variable = ScenarioVariable.named(reference.name) {
            guard reference.member == nil, reference.index == nil else {
                return .failure(.variableHasNoBand(reference))
            }
            return .success(Self.value(variable.get(state.scenario), of: variable))
        }
        if Self.words.contains(reference.name), reference.member == nil, reference.index == nil {
            return .success(.word(reference.name))
        }
        let candidates = Array(state.userVariables.keys) + Output.allCases.map(\.rawValue)
            + ScenarioVariable.catalog.map(\.name) + Array(Self.words)
        return .failure(.unknownName(reference, candidates: candidates))
    }

    static func value(_ value: ScenarioVariable.Value, of variable: ScenarioVariable) -> Value {
        switch value {
        case .toggle(let on): return .bool(on)
        case .choice(let option): return .word(option)
        case .number(let number):
            guard case .number(let unit, _, _, _) = variable.kind else { return .quantity(.plain(number)) }
            if unit == .fractionPerYear { return .quantity(Quantity(number / 12, .ratioPerTime)) }
            return .quantity(ModelValueConversion.quantity(number, unit))
        }
    }

    private func resolve(_ output: Output, _ reference: NameReference) -> Result<Value, Diagnostic> {
        // Outputs belong to the scenario they were computed for: after a change, they would answer
        // a question nobody asked any more.
        let results: Results
        switch Results.readable(self.results, for: state, name: reference.name, range: reference.range) {
        case .success(let readable): results = readable
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        var month = results.path.count - 1
        if let index = reference.index {
            guard index <= month else { return .failure(.monthOutOfRange(reference, horizon: month)) }
            month = index
        }
        guard let member = reference.member else {
            return .success(output.unitPresentation.value(output.value(in: results.path[month])))
        }
        guard let band = results.bands.band(output, month: month) else { return .failure(.noSuchMember(reference)) }
        switch member {
        case "p10": return .success(output.unitPresentation.value(band.p10))
        case "p50": return .success(output.unitPresentation.value(band.p50))
        case "p90": return .success(output.unitPresentation.value(band.p90))
        default: return .failure(.noSuchMember(reference))
        }
    }
}
