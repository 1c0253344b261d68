/// One scenario input, declared once as data: the shell's `set`, `show`, `help`, completion and
/// validation all read this declaration, so there is no second list to keep in step.
package struct ScenarioVariable: Sendable {
    /// The unit a numeric variable is stored in, inside the model.
    package enum Unit: Sendable, Equatable {
        /// Billions of dollars.
        case billionsOfDollars
        /// Billions of dollars per month.
        case billionsOfDollarsPerMonth
        /// Basis points.
        case basisPoints
        /// A fraction per year (0.03 = 3%/year).
        case fractionPerYear
        /// A share of commercial-bank assets (0.12 = 12%).
        case shareOfBankAssets
        /// A number of months.
        case months
        /// A month number counted from the decision (month 0).
        case monthIndex
        /// A plain whole number.
        case count
    }

    /// What values the variable takes.
    package enum Kind: Sendable, Equatable {
        case number(Unit, allowed: ClosedRange<Double>, plausible: ClosedRange<Double>, wholeNumber: Bool)
        case choice([String])
        case toggle
    }

    /// Why a value is not acceptable; the shell words it.
    package enum Problem: Sendable, Equatable {
        case notFinite
        case outOfRange(allowed: ClosedRange<Double>)
        case notWholeNumber
        case notAnOption(options: [String])
        case wrongKind
    }

    /// A variable's value: numbers in the variable's model unit.
    package enum Value: Sendable, Equatable {
        case number(Double)
        case choice(String)
        case toggle(Bool)
    }

    package let name: String
    package let kind: Kind
    package let meaning: String
    package let source: String
    /// What part of a run the variable sets.
    package enum Role: Sendable, Equatable {
        /// Policy and the economy: what presets and named scenarios are made of.
        case scenario
        /// How many months are simulated.
        case horizon
        /// Seed and draws: they change the bands, never the central path.
        case monteCarlo
    }

    package var role = Role.scenario
    /// Horizon, seed and draws: how the model is run, not the policy. Presets and named scenarios
    /// leave them as the user set them.
    package var isRunSetting: Bool { role != .scenario }
    package let get: @Sendable (Scenario) -> Value
    package let set: @Sendable (inout Scenario, Value) -> Void
    /// Puts the variable back to its default (which may depend on the start state).
    package let clear: @Sendable (inout Scenario) -> Void

    /// The default value for the scenario's start state.
    package func defaultValue(for scenario: Scenario) -> Value {
        var fresh = scenario
        clear(&fresh)
        return get(fresh)
    }

    package func isDefault(in scenario: Scenario) -> Bool { get(scenario) == defaultValue(for: scenario) }

    /// Checks a value against the declaration; nil when it is acceptable.
    package func problem(with value: Value) -> Problem? {
        switch (kind, value) {
        case (.number(_, let allowed, _, let whole), .number(let number)):
            if !number.isFinite { return .notFinite }
            if !allowed.contains(number) { return .outOfRange(allowed: allowed) }
            if whole, number.rounded() != number { return .notWholeNumber }
            return nil
        case (.choice(let options), .choice(let option)):
            return options.contains(option) ? nil : .notAnOption(options: options)
        case (.toggle, .toggle): return nil
        default: return .wrongKind
        }
    }

    /// Whether the variable takes a number.
    package var isNumber: Bool {
        if case .number = kind { return true }
        return false
    }

    /// The variables that say how the model is run rather than what policy is.
    package static var runSettings: [ScenarioVariable] { catalog.filter(\.isRunSetting) }

    /// This declaration with another role.
    func with(role: Role) -> ScenarioVariable {
        var variable = self
        variable.role = role
        return variable
    }

    /// The variable with this name (case-insensitive), if any.
    package static func named(_ name: String) -> ScenarioVariable? {
        let lowered = name.lowercased()
        return catalog.first { $0.name == lowered }
    }
}
