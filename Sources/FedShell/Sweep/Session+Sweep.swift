import FedLanguage
import FedModel

extension Session {
    static let maximumSweepPoints = 1_001
    static let defaultSweepOutputs = Output.allCases.filter(\.presentation.inDefaultSweep)

    /// `sweep VAR FROM..TO step S [show OUT, ...]`: the deterministic central simulation at each
    /// point (not Monte Carlo, so it is quick), as a table and a chart across the range. The
    /// session's state is not touched: each point runs on a copy of the scenario.
    func sweep(
        _ variable: Name, from: Expression, to: Expression, step: Expression, show: [Name], format: OutputFormat,
        statement: Statement, source: SourceText
    ) throws(Diagnostic) {
        guard let declared = ScenarioVariable.named(variable.text) else { throw .unknownVariable(variable) }
        guard case .number(let unit, let allowed, _, let whole) = declared.kind else {
            if case .choice(let options) = declared.kind {
                throw .sweepNeedsNumber(
                    declared, name: variable, kind: "a choice (\(options.joined(separator: " or ")))")
            }
            throw .sweepNeedsNumber(declared, name: variable, kind: "on or off")
        }
        if declared.role == .monteCarlo { throw .sweepOfRunSetting(declared, name: variable) }
        var outputs: [Output] = []
        for name in show {
            guard let output = Output(rawValue: name.text.lowercased()) else { throw .unknownOutput(name) }
            if !outputs.contains(output) { outputs.append(output) }
        }
        if outputs.isEmpty { outputs = Self.defaultSweepOutputs }

        let low = try sweepNumber(from, for: declared, source: source)
        let high = try sweepNumber(to, for: declared, source: source)
        let stepSize = try sweepNumber(step, for: declared, source: source)
        let formatter = ValueFormatter(precision: .short)
        func text(_ number: Double) -> String {
            ModelValueConversion.text(.number(number), of: declared, precision: .short)
        }
        guard stepSize > 0 else { throw .sweepStepNotPositive(step.range, got: text(stepSize)) }
        let intervals = (abs(high - low) / stepSize * (1 + 1e-12)).rounded(.down)
        guard intervals + 1 <= Double(Self.maximumSweepPoints) else {
            throw .sweepTooManyPoints(step.range, count: intervals + 1, limit: Self.maximumSweepPoints)
        }
        let direction = high >= low ? 1.0 : -1.0
        let values = (0...Int(intervals)).map { ModelValueConversion.cleaned(low + direction * Double($0) * stepSize) }
        let allowedText = "\(text(allowed.lowerBound)) and \(text(allowed.upperBound))"
        for (value, range) in [(values[0], from.range), (values[values.count - 1], to.range)]
        where !allowed.contains(value) {
            throw .sweepEndOutOfRange(declared, value: text(value), allowed: allowedText, range: range)
        }
        if whole, let fraction = values.first(where: { $0.rounded() != $0 }) {
            throw .sweepNotWhole(declared, value: text(fraction), range: statement.range)
        }

        var rows: [SweepTable.Row] = []
        for value in values {
            if options.isCancelled() { throw .cancelled(statement.keywordRange) }
            var scenario = state.scenario
            declared.set(&scenario, .number(value))
            let last = Simulation(scenario: scenario, parameters: state.parameters).run().last!
            rows.append(
                .init(
                    label: text(value),
                    values: Dictionary(uniqueKeysWithValues: outputs.map { ($0, $0.value(in: last)) }),
                    regime: last.regime))
        }

        let horizon = state.scenario.horizon
        if format != .text {
            let document = SweepDocument(variable: declared, unit: unit.jsonName, values: values, rows: rows,
                                         outputs: outputs, scenario: scenarioName, month: horizon)
            output.write(format == .json ? try MachineText.json(document, range: statement.keywordRange) : document.csv)
            return
        }
        var header =
            """
                sweep \(declared.name) \(text(values[0])) … \(text(values[values.count - 1])) step \(text(stepSize)) \
                · \(scenarioName) · \(values.count) point\(values.count == 1 ? "" : "s")\n
                """
        header +=
            """
                central values at month \(declared.role == .horizon ? "= horizon" : String(horizon)) (parameters at \
                central values, no Monte Carlo); bands: use compare\n
                """
        if abs(values[values.count - 1] - high) > stepSize * 1e-9 {
            let end = formatter.format(ModelValueConversion.quantity(high, unit),
                                       in: ModelValueConversion.displayUnit(unit))
            header += "(the step does not reach \(end); the last point is \(text(values[values.count - 1])))\n"
        }
        output.write(TextWrap.fit(header, width: options.terminalWidth))
        output.write(
            SweepTable(
                variableName: declared.name, outputs: outputs, rows: rows,
                width: max(options.terminalWidth, TextChart.minimumWidth), unicode: options.unicode
            ).text)
        if let chart = SweepChart.data(variable: declared, unit: unit, values: values, rows: rows, outputs: outputs) {
            output.write("\n" + TextChart(data: chart, width: options.terminalWidth, unicode: options.unicode).text)
        }
    }

    /// A sweep end or step as a number in the variable's model unit; a plain 0 fits any unit.
    private func sweepNumber(_ expression: Expression, for variable: ScenarioVariable, source: SourceText)
        throws(Diagnostic) -> Double
    {
        let value = try evaluate(expression, source)
        if let quantity = value.quantity, quantity.dimension.isPlain, quantity.value == 0 { return 0 }
        switch ModelValueConversion.modelValue(value, for: variable, start: state.scenario.startState) {
        case .success(.number(let number)):
            guard number.isFinite else { throw .invalidValue(variable, .notFinite, range: expression.range) }
            return number
        case .success: throw .invalidValue(variable, .wrongKind, range: expression.range)
        case .failure(let problem):
            throw .conversion(
                problem, variable: variable, range: expression.range,
                got: ValueFormatter(precision: .short).format(value))
        }
    }
}
