import FedLanguage
import FedModel

extension Session {
    /// Bisection steps: the bracket shrinks by 2^60, below any unit's last digit.
    static let solveSteps = 60

    /// `solve VAR for OUT[MONTH] = TARGET` (or `>=`, `<=`): the value of a numeric scenario variable
    /// that meets a target on the central model, by bisection over the variable's plausible range,
    /// then its allowed range. The state is not changed.
    func solve(_ variable: Name, goal: SolveGoal, format: OutputFormat, statement: Statement,
               source: SourceText) throws(Diagnostic) {
        guard let declared = ScenarioVariable.named(variable.text) else { throw .unknownVariable(variable) }
        guard case .number(let unit, let allowed, let plausible, let whole) = declared.kind else {
            throw .solveNeedsNumber(declared, name: variable)
        }
        if declared.isRunSetting { throw .solveOfRunSetting(declared, name: variable) }
        guard let measured = Output(rawValue: goal.output.text) else { throw .unknownOutput(goal.output) }
        let horizon = state.scenario.horizon
        var month = horizon
        if let expression = goal.month {
            let value = try evaluate(expression, source)
            guard let number = value.quantity, number.dimension.isPlain, number.value.rounded() == number.value,
                (0...Double(horizon)).contains(number.value)
            else { throw .solveMonth(expression.range, horizon: horizon) }
            month = Int(number.value)
        }
        let targetValue = try evaluate(goal.target, source)
        guard let quantity = targetValue.quantity, let target = measured.unitPresentation.number(quantity) else {
            throw .solveTargetUnit(
                measured, got: ValueFormatter(precision: .short).format(targetValue), range: goal.target.range)
        }

        // The scenario with the variable at x; purchases solved are a fixed pace, not the automatic rule.
        var base = state.scenario
        if declared.name == "purchases" { base.purchaseRule = .fixed }
        var runs = 0
        func gap(_ x: Double) -> Double {
            var scenario = base
            declared.set(&scenario, .number(x))
            runs += 1
            return measured.value(in: Simulation(scenario: scenario, parameters: state.parameters).run()[month])
                - target
        }
        func meets(_ difference: Double) -> Bool {
            switch goal.relation {
            case .equal: abs(difference) < 1e-9
            case .atLeast: difference >= 0
            case .atMost: difference <= 0
            }
        }
        func text(_ number: Double) -> String {
            ModelValueConversion.text(.number(number), of: declared, precision: .short)
        }
        let goalText =
            "\(measured.rawValue)[\(month)] \(goal.relation.rawValue) \(measured.unitPresentation.format(target))"

        var answer: Double?
        var closest = (x: plausible.lowerBound, gap: Double.infinity)
        for range in [plausible, allowed] {
            if options.isCancelled() { throw .cancelled(statement.keywordRange) }
            var low = range.lowerBound, high = range.upperBound
            var lowGap = gap(low), highGap = gap(high)
            for (x, difference) in [(low, lowGap), (high, highGap)] where abs(difference) < abs(closest.gap) {
                closest = (x, difference)
            }
            if goal.relation != .equal, meets(lowGap) { answer = low; break }
            guard (lowGap <= 0) != (highGap <= 0) || meets(highGap) else { continue }
            // Keep the bracket [low, high] with the crossing inside; `high` stays on the side that meets it.
            for _ in 0..<Self.solveSteps {
                let middle = whole ? ((low + high) / 2).rounded(.down) : (low + high) / 2
                if middle == low || middle == high { break }
                let middleGap = gap(middle)
                if (middleGap <= 0) == (lowGap <= 0) {
                    (low, lowGap) = (middle, middleGap)
                } else {
                    (high, highGap) = (middle, middleGap)
                }
            }
            if goal.relation == .equal {
                answer = abs(lowGap) <= abs(highGap) ? low : high
            } else {
                answer = meets(highGap) ? high : low
            }
            break
        }
        guard var found = answer else {
            throw .solveNoValue(
                declared, goal: goalText, range: "\(text(allowed.lowerBound)) to \(text(allowed.upperBound))",
                closest: "\(measured.unitPresentation.format(closest.gap + target)) at \(text(closest.x))",
                at: statement.range)
        }
        // A value people can type: rounded to the unit's short form, towards the side that meets the target.
        let rounded = ModelValueConversion.cleaned((found * 1_000).rounded(.up) / 1_000)
        let roundedDown = ModelValueConversion.cleaned((found * 1_000).rounded(.down) / 1_000)
        if goal.relation == .equal {
            found = ModelValueConversion.cleaned((found * 1_000).rounded() / 1_000)
        } else {
            for candidate in [roundedDown, rounded] where allowed.contains(candidate) && meets(gap(candidate)) {
                found = candidate
                break
            }
        }
        let reached = gap(found) + target
        let typed = ModelValueConversion.text(.number(found), of: declared)
        if format != .text {
            let document = SolveDocument(
                scenario: scenarioName, variable: declared.name, unit: unit.jsonName, value: found, text: typed,
                output: measured.rawValue, outputUnit: measured.unitPresentation.jsonName, month: month,
                relation: goal.relation.rawValue, target: target, reached: reached, runs: runs)
            output.write(format == .json ? try MachineText.json(document, range: statement.keywordRange) : document.csv)
            return
        }
        let width = max(40, options.terminalWidth)
        let lines = [
            "solve \(declared.name) for \(goalText) · \(scenarioName)",
            "\(declared.name) = \(typed) gives \(measured.rawValue)[\(month)] = "
                + "\(measured.unitPresentation.format(reached)) (central model, \(runs) runs)",
            "the scenario is unchanged: 'set \(declared.name) \(typed)' to use it",
        ]
        let wrapped = lines.enumerated().flatMap { index, line in
            TextWrap.wrap(line, width: width, firstIndent: index == 0 ? "" : "  ", indent: "    ")
        }
        output.write(wrapped.joined(separator: "\n") + "\n")
    }
}
