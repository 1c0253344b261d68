import FedLanguage
import FedModel

// The scenario commands: set, unset, reset, undo, use, let, print, assert.
extension Session {
    func resetScenario() {
        // Named scenarios outlive a reset; the log keeps the commands that built them.
        let scenarios = state.scenarios
        let log = scenarios.isEmpty ? [] : state.log
        state = SessionState()
        state.scenarios = scenarios
        state.log = log + ["reset"]
        let kept = scenarios.isEmpty ? "" : " (saved scenarios kept: \(scenarios.names.joined(separator: ", ")))"
        output.confirm("every variable is back to its default" + kept + "\n")
    }

    func undoLastChange(range: SourceRange) throws(Diagnostic) {
        guard let previous = undoStack.popLast() else { throw .nothingToUndo(range) }
        redoStack.append(state)
        output.confirm("undone" + Self.commandsBetween(previous, state) + "\n")
        state = previous
    }

    func redoLastUndo(range: SourceRange) throws(Diagnostic) {
        guard let next = redoStack.popLast() else { throw .nothingToRedo(range) }
        undoStack.append(state)
        output.confirm("redone" + Self.commandsBetween(state, next) + "\n")
        state = next
    }

    /// ": use cabana; set qt on": the commands that lead from one state to a later one, in their words.
    private static func commandsBetween(_ earlier: SessionState, _ later: SessionState) -> String {
        let log = later.log, base = earlier.log
        guard log.count >= base.count, log.lines.prefix(base.count).elementsEqual(base) else { return "" }
        let commands = Array(log.dropFirst(base.count))
        return commands.isEmpty
            ? "" : ": " + (commands.count > 3 ? "…; " : "") + commands.suffix(3).joined(separator: "; ")
    }

    func printValue(_ expression: Expression, source: SourceText) throws(Diagnostic) {
        let value = try evaluate(expression, source)
        let whole = value.quantity.map { $0.dimension.isPlain && $0.wholeNumber != nil } ?? false
        let unit = expression.displayUnit(userUnits: userDisplayUnits) ?? .automatic
        if expression.isCondition, case .bool(let holds) = value {
            output.write(holds ? "true\n" : "false\n")
        } else if case .string(let text) = value {
            // `print "x"` prints x, as a message in a script would (control characters shown visibly).
            output.write(Narration.visible(text) + "\n")
        } else {
            let formatter = ValueFormatter(
                precision: whole ? .exact : .display, minusSign: ValueFormatter.typographicMinus)
            output.write(formatter.format(value, in: unit) + "\n")
        }
    }

    func listHistory(count: Int?) {
        let lines = count.map { Array(enteredLines.suffix($0)) } ?? enteredLines
        let first = enteredLines.count - lines.count + 1
        for (offset, line) in lines.enumerated() {
            output.write(String(first + offset).leftPadded(5) + "  " + line + "\n")
        }
    }

    /// The display unit of each `let` variable, for showing expressions that use them.
    /// The display unit of each `let` variable, looked up by name (not a copy of them all: with
    /// 100,000 variables a copy per `let` was quadratic).
    var userDisplayUnits: (String) -> ValueFormatter.DisplayUnit? {
        let variables = state.userVariables
        return { variables.displayUnit(of: $0) }
    }

    func evaluate(_ expression: Expression, _ source: SourceText) throws(Diagnostic) -> Value {
        let evaluator = ExpressionEvaluator(resolver: SessionResolver(state: state, results: results), source: source)
        return try evaluator.evaluate(expression).get()
    }

    // MARK: set, unset, use, let

    func setVariable(_ name: Name, to expression: Expression, source: SourceText) throws(Diagnostic) {
        guard let variable = ScenarioVariable.named(name.text) else { throw .unknownVariable(name) }
        // `set purchases auto` hands the sizing to the Desk's rule: it sets purchase_rule.
        if variable.name == "purchases", case .name(let word) = expression.kind, word.lowercased() == "auto",
           state.userVariables[word] == nil {
            return try setVariable(Name("purchase_rule", range: name.range), to: expression, source: source)
        }
        // A bare word for a choice or on/off variable is taken as that word, checked against the options.
        let value: Value
        let takesWords: Bool
        switch variable.kind {
        case .choice, .toggle: takesWords = true
        case .number: takesWords = false
        }
        if takesWords, case .name(let word) = expression.kind, state.userVariables[word] == nil {
            value = .word(word)
        } else {
            value = try evaluate(expression, source)
        }
        // A day for `start` builds the start state from the data (Data/Session+Start.swift).
        if variable.name == "start", case .day = value {
            return try setStart(value, range: expression.range, source: source)
        }
        let start = state.scenario.startState
        let formatter = ValueFormatter(precision: .short)
        let modelValue: ScenarioVariable.Value
        switch ModelValueConversion.modelValue(value, for: variable, start: start) {
        case .success(let converted): modelValue = converted
        case .failure(let problem):
            throw .conversion(problem, variable: variable, range: expression.range, got: formatter.format(value))
        }
        try check(modelValue, for: variable, range: expression.range, source: source)
        let previous = variable.get(state.scenario)
        variable.set(&state.scenario, modelValue)
        // An unchanged value leaves no trace: nothing to save, nothing to undo.
        if previous != modelValue {
            state.log.append(
                CommandSyntax.set.replay(nil, variable.name, ModelValueConversion.text(modelValue, of: variable)))
        }
        let was =
            previous == modelValue
            ? "unchanged" : "was \(ModelValueConversion.text(previous, of: variable, precision: .short))"
        output.confirm(
            "\(variable.name) = \(ModelValueConversion.text(modelValue, of: variable, precision: .short)) (\(was))\n")
        // A pace typed for purchases takes them back from the automatic rule.
        if variable.name == "purchases", state.scenario.purchaseRule == .automatic {
            state.scenario.purchaseRule = .fixed
            output.confirm("purchase_rule = fixed (was auto)\n")
        }
        if let reason = Self.noEffect(of: variable.name, in: state.scenario) {
            output.report(
                Diagnostic.settingHasNoEffect(variable.name, reason: reason, range: expression.range).attaching(source))
        }
    }

    /// Why a setting changes nothing in this scenario, when it does not: so a user is not left
    /// wondering why the report did not move.
    static func noEffect(of name: String, in scenario: Scenario) -> String? {
        switch name {
        case "purchase_start" where scenario.purchaseStart > scenario.horizon:
            return "purchases start after the horizon (month \(scenario.horizon)); raise horizon to see them"
        case "later_purchases" where scenario.schedule == .flat, "elevated_months" where scenario.schedule == .flat:
            return "it applies only to a front-loaded schedule; set schedule front-loaded"
        default:
            return nil
        }
    }

    /// Range errors fail the command; values outside the usual range only warn.
    private func check(
        _ value: ScenarioVariable.Value, for variable: ScenarioVariable, range: SourceRange, source: SourceText
    ) throws(Diagnostic) {
        // Only a value outside a range needs the hint: work it out then (most `set`s are in range).
        var hint: String? {
            let typed = source.text(in: range).lowercased().replacingOccurrences(of: " ", with: "")
            let perShortPeriod = ["/day", "/d", "/week", "/w"].contains { typed.contains($0) }
            return perShortPeriod ? "did you mean /month? (a pace per day or week is multiplied up to a month)" : nil
        }
        if let problem = variable.problem(with: value) {
            guard case .outOfRange(let allowed) = problem else { throw .invalidValue(variable, problem, range: range) }
            let low = ModelValueConversion.text(.number(allowed.lowerBound), of: variable, precision: .short)
            let high = ModelValueConversion.text(.number(allowed.upperBound), of: variable, precision: .short)
            // Rounded to four digits, 100001 would read "100000 is out of range": show it exactly then.
            var shown = ModelValueConversion.text(value, of: variable, precision: .short)
            if shown == low || shown == high { shown = ModelValueConversion.text(value, of: variable) }
            throw .outOfRange(variable, value: shown,
                              allowed: "\(low) and \(high)", hint: hint, range: range)
        }
        guard case .number(_, _, let plausible, _) = variable.kind, case .number(let number) = value,
              !plausible.contains(number) else { return }
        let low = ModelValueConversion.text(.number(plausible.lowerBound), of: variable, precision: .short)
        let high = ModelValueConversion.text(.number(plausible.upperBound), of: variable, precision: .short)
        output.report(.implausible(variable, value: ModelValueConversion.text(value, of: variable, precision: .short),
                                   plausible: "\(low) to \(high)", hint: hint, range: range).attaching(source))
    }

    func unset(_ name: Name) throws(Diagnostic) {
        if state.userVariables.removeValue(forKey: name.text) != nil {
            state.log.append(CommandSyntax.unset.replay(nil, name.text))
            output.confirm("\(name.text) removed\n")
            return
        }
        guard let variable = ScenarioVariable.named(name.text) else { throw .unknownVariable(name) }
        let previous = variable.get(state.scenario)
        variable.clear(&state.scenario)
        state.log.append(CommandSyntax.unset.replay(nil, variable.name))
        let now = ModelValueConversion.text(variable.get(state.scenario), of: variable, precision: .short)
        output.confirm(
            """
                \(variable.name) = \(now) (default; was \
                \(ModelValueConversion.text(previous, of: variable, precision: .short)))\n
                """
        )
    }

    func use(_ name: Name) throws(Diagnostic) {
        guard let preset = Preset.named(name.text) else {
            // `use mine` finds a saved scenario, as `scenario use mine` does.
            if state.scenarios[name.text] != nil { return try useScenario(name) }
            throw .unknownPreset(name)
        }
        // Presets set policy; the run settings stay the user's.
        let scenario = preset.scenario.withRunSettings(of: state.scenario)
        let before = state.scenario
        state.scenario = scenario
        state.presetName = preset.name
        state.log.append(CommandSyntax.use.replay(nil, preset.name))
        output.confirm(TextWrap.fit("using \(preset.name): \(preset.summary)", width: options.terminalWidth) + "\n")
        // The preset's own settings, and anything else it put back to the default, like `set` does.
        let named = Set(preset.settings.map(\.variable))
        for variable in ScenarioVariable.catalog {
            let old = variable.get(before)
            let new = variable.get(scenario)
            guard named.contains(variable.name) || old != new else { continue }
            let was =
                old == new ? "unchanged" : "was \(ModelValueConversion.text(old, of: variable, precision: .short))"
            output.confirm(
                "  \(variable.name) = \(ModelValueConversion.text(new, of: variable, precision: .short)) (\(was))\n")
        }
    }

    func letBinding(_ name: Name, _ expression: Expression, source: SourceText) throws(Diagnostic) {
        if ScenarioVariable.named(name.text) != nil { throw .reservedName(name, kind: "a scenario variable") }
        if Output(rawValue: name.text) != nil { throw .reservedName(name, kind: "an output") }
        if SessionResolver.words.contains(name.text) { throw .reservedName(name, kind: "a value word") }
        if Parser.expressionWords.contains(name.text) { throw .reservedName(name, kind: "a word of the language") }
        let value = try evaluate(expression, source)
        let unit = expression.displayUnit(userUnits: userDisplayUnits) ?? .automatic
        // A unit written after `->` may divide inexactly (T/year), so the saved text keeps base units.
        let savedUnit: ValueFormatter.DisplayUnit = if case .written = unit { .automatic } else { unit }
        let exact = ValueFormatter(precision: .exact).format(value, in: savedUnit)
        let variable = SessionState.UserVariable(value: value, savedText: exact, displayUnit: unit)
        state.userVariables[name.text] = variable
        state.log.append(CommandSyntax.letCommand.replay(nil, name.text, "=", exact))
        output.confirm("\(name.text) = \(variable.text)\n")
    }

    // MARK: assert

    func assertion(_ expression: Expression, source: SourceText) throws(Diagnostic) {
        let value = try evaluate(expression, source)
        guard case .bool(let holds) = value else {
            throw .assertionNotBoolean(expression.range, got: ValueFormatter(precision: .short).format(value))
        }
        guard holds else { throw .assertionFailed(expression.range, detail: assertionDetail(expression, source)) }
    }

    /// "reserves is $2.94T": the values of the names in a failed assertion.
    private func assertionDetail(_ expression: Expression, _ source: SourceText) -> String {
        guard case .binary(_, let left, let right) = expression.kind else { return "" }
        let formatter = ValueFormatter(precision: .short)
        var parts: [String] = []
        for side in [left, right] {
            guard side.isReference, let value = try? evaluate(side, source) else { continue }
            let unit = side.displayUnit(userUnits: userDisplayUnits) ?? .automatic
            parts.append("\(source.text(in: side.range)) is \(formatter.format(value, in: unit))")
        }
        return parts.joined(separator: ", ")
    }
}

extension Expression {
    /// The unit an expression's value is best shown in, when it is about one output (`btc`,
    /// `btc.p90 - btc.p10`, `btc * 2`) or a variable kept from one: % for prices, bp for spreads.
    func displayUnit(userUnits: (String) -> ValueFormatter.DisplayUnit?) -> ValueFormatter.DisplayUnit? {
        switch kind {
        case .name(let name):
            if let unit = userUnits(name) { return unit == .automatic ? nil : unit }
            return Output(rawValue: name).map(\.unitPresentation.displayUnit)
        case .member(let base, _, _), .index(let base, _), .parenthesized(let base), .negate(let base):
            return base.displayUnit(userUnits: userUnits)
        case .converted(_, let target):
            return .written(target)
        case .number(let literal) where literal.per == nil:
            // A ratio keeps the unit it was written in: `print 2.3pp` is 2.3pp, `print 150bp` 150bp.
            switch literal.unit?.spelling {
            case "pp": return .percentagePoints
            case "bp": return .basisPoints
            case "%": return .percent
            default: return nil
            }
        case .binary(let operation, let left, let right) where operation == .add || operation == .subtract:
            let unit = left.displayUnit(userUnits: userUnits)
            return unit == right.displayUnit(userUnits: userUnits) ? unit : nil
        case .binary(.multiply, let left, let right):
            if case .number = right.kind { return left.displayUnit(userUnits: userUnits) }
            if case .number = left.kind { return right.displayUnit(userUnits: userUnits) }
            return nil
        case .binary(.divide, let left, let right):
            if case .number = right.kind { return left.displayUnit(userUnits: userUnits) }
            return nil
        default: return nil
        }
    }

    /// Whether the expression is a condition (a comparison, `and`, `or`, `not`), printed as true or false.
    var isCondition: Bool {
        switch kind {
        case .binary(let operation, _, _): operation.isComparison
        case .logical, .not: true
        case .parenthesized(let inner): inner.isCondition
        default: false
        }
    }

    /// A name, possibly with a member or month index: something whose value is worth showing.
    var isReference: Bool {
        switch kind {
        case .name, .member, .index: return true
        default: return false
        }
    }
}
