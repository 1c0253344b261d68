import FedModel

// The documents `--json` writes for the table commands, and their CSV forms (docs/EXPORT.md).
// Every document starts with "fedsh" (the version) and "command".

/// `compare A B --json`: each scenario's summary at the horizon.
struct CompareDocument: Encodable {
    struct Scenario: Encodable {
        let name: String
        let outputs: [String: OutputEntry]
    }

    var fedsh = Session.version
    var command = "compare"
    let horizon: Int
    let draws: Int
    let seed: Int
    let scenarios: [Scenario]

    init(_ columns: [CompareTable.Column]) {
        let first = columns[0].results
        horizon = first.path.count - 1
        draws = first.bands.draws
        seed = first.bands.seed
        scenarios = columns.map { column in
            let horizon = column.results.path.count - 1
            return Scenario(name: column.title, outputs: Dictionary(uniqueKeysWithValues: Output.allCases.map {
                var entry = OutputEntry($0, column.results, month: horizon)
                entry.unit = $0.unitPresentation.jsonName
                return ($0.rawValue, entry)
            }))
        }
    }

    /// One row per scenario and output.
    var csv: String {
        let rows = scenarios.flatMap { scenario in
            Output.allCases.map { output -> [String] in
                let entry = scenario.outputs[output.rawValue]!
                return [scenario.name, output.rawValue] + entry.cells + [entry.unit ?? ""]
            }
        }
        return MachineText.csv(header: ["scenario", "output"] + OutputEntry.columns + ["unit"], rows: rows)
    }
}

/// `sweep … --json`: the central values at the horizon at each point.
struct SweepDocument: Encodable {
    struct Point: Encodable {
        /// The variable's value in its model unit (as `unit` says).
        let value: Double
        /// The value as `set` reads it back.
        let text: String
        let regime: String
        let outputs: [String: Double]
    }

    var fedsh = Session.version
    var command = "sweep"
    let scenario: String
    let variable: String
    let unit: String
    let month: Int
    let points: [Point]
    /// Each output's unit.
    let units: [String: String]

    init(variable: ScenarioVariable, unit: String, values: [Double], rows: [SweepTable.Row], outputs: [Output],
         scenario: String, month: Int) {
        self.scenario = scenario
        self.variable = variable.name
        self.unit = unit
        self.month = month
        points = zip(values, rows).map { value, row in
            Point(value: value, text: row.label, regime: row.regime.rawValue,
                  outputs: Dictionary(uniqueKeysWithValues: outputs.compactMap { output in
                      output == .regime ? nil : row.values[output].map { (output.rawValue, $0) }
                  }))
        }
        units = Dictionary(uniqueKeysWithValues: outputs.filter { $0 != .regime }.map {
            ($0.rawValue, $0.unitPresentation.jsonName)
        })
        columns = outputs.filter { $0 != .regime }.map(\.rawValue)
    }

    private let columns: [String]
    private enum CodingKeys: String, CodingKey { case fedsh, command, scenario, variable, unit, month, points, units }

    /// One row per point: the value, its text, the regime and each output.
    var csv: String {
        let rows = points.map { point in
            [MachineText.number(point.value), point.text, point.regime]
                + columns.map { MachineText.number(point.outputs[$0] ?? .nan) }
        }
        return MachineText.csv(header: [variable, "text", "regime"] + columns, rows: rows)
    }
}

/// `sensitivity OUT --json`: each parameter's swing, and where the band comes from.
struct SensitivityDocument: Encodable {
    struct Swing: Encodable {
        let parameter: String
        let status: String
        let low: Double
        let high: Double
        let atLow: Double
        let atHigh: Double
        let overridden: Bool

        enum CodingKeys: String, CodingKey {
            case parameter, status, low, high, overridden
            case atLow = "at_low", atHigh = "at_high"
        }
    }

    /// The p10–p90 widths: in all, from market noise alone, from parameter ranges alone.
    struct BandWidths: Encodable {
        let all: Double
        let noise: Double?
        let parameters: Double?
    }

    var fedsh = Session.version
    var command = "sensitivity"
    let output: String
    let unit: String
    let horizon: Int
    let central: Double
    let swings: [Swing]
    let band: BandWidths?

    init(_ chart: TornadoChart, band: BandWidths?) {
        output = chart.output.rawValue
        unit = chart.output.unitPresentation.jsonName
        horizon = chart.horizon
        central = chart.central
        swings = chart.swings.map {
            Swing(parameter: $0.parameter.name, status: $0.parameter.status.rawValue, low: $0.parameter.low,
                  high: $0.parameter.high, atLow: $0.atLow, atHigh: $0.atHigh, overridden: $0.overridden)
        }
        self.band = band
    }

    /// One row per parameter, largest swing first.
    var csv: String {
        let header = ["parameter", "status", "low", "high", "at_low", "at_high", "overridden"]
        return MachineText.csv(header: header, rows: swings.map {
            [$0.parameter, $0.status, MachineText.number($0.low), MachineText.number($0.high),
             MachineText.number($0.atLow), MachineText.number($0.atHigh), String($0.overridden)]
        })
    }
}

/// `param --json`: every model parameter with its range, unit, status and source.
struct ParameterListDocument: Encodable {
    struct Parameter: Encodable {
        let name: String
        /// The session's override, if any.
        let value: Double?
        let central: Double
        let low: Double
        let high: Double
        let unit: String
        let status: String
        let meaning: String
        let source: String
    }

    var fedsh = Session.version
    var command = "param"
    let parameters: [Parameter]

    init(overrides: [String: Double]) {
        parameters = ModelParameter.catalog.map {
            Parameter(name: $0.name, value: overrides[$0.name], central: $0.central, low: $0.low, high: $0.high,
                      unit: $0.unit, status: $0.status.rawValue, meaning: $0.meaning, source: $0.source)
        }
    }

    var csv: String {
        MachineText.csv(header: ["name", "value", "central", "low", "high", "unit", "status", "meaning", "source"],
                        rows: parameters.map {
            [$0.name, $0.value.map(MachineText.number) ?? "", MachineText.number($0.central),
             MachineText.number($0.low),
             MachineText.number($0.high), $0.unit, $0.status, $0.meaning, $0.source]
        })
    }
}

extension ScenarioVariable.Unit {
    /// The unit's name in JSON documents ("billions of dollars per month").
    var jsonName: String {
        switch self {
        case .billionsOfDollars: "billions of dollars"
        case .billionsOfDollarsPerMonth: "billions of dollars per month"
        case .basisPoints: "bp"
        case .fractionPerYear: "fraction per year"
        case .shareOfBankAssets: "share of bank assets"
        case .months: "months"
        case .monthIndex: "month"
        case .count: "count"
        }
    }
}

/// `show --json`: variables (value, default, changed), your variables, parameter overrides and the
/// monthly paths of the outputs named.
struct ShowDocument: Encodable {
    struct Variable: Encodable {
        let name: String
        let value: String
        let `default`: String
        let changed: Bool
    }

    var fedsh = Session.version
    var command = "show"
    let variables: [Variable]
    let userVariables: [String: String]
    let parameterOverrides: [String: Double]
    let outputs: [String: [OutputEntry]]

    enum CodingKeys: String, CodingKey {
        case fedsh, command, variables, outputs
        case userVariables = "user_variables", parameterOverrides = "parameter_overrides"
    }

    init(variables: [ScenarioVariable], scenario: Scenario, users: [(String, String)], overrides: [String: Double],
         outputs: [Output], results: Results?) {
        self.variables = variables.map { Self.variable($0, scenario) }
        userVariables = Dictionary(uniqueKeysWithValues: users)
        parameterOverrides = overrides
        self.outputs = Dictionary(uniqueKeysWithValues: outputs.compactMap { output in
            results.map { results in
                (output.rawValue, results.path.indices.map { OutputEntry(output, results, month: $0) })
            }
        })
    }

    static func variable(_ variable: ScenarioVariable, _ scenario: Scenario) -> Variable {
        Variable(name: variable.name, value: ModelValueConversion.text(variable.get(scenario), of: variable),
                 default: ModelValueConversion.text(variable.defaultValue(for: scenario), of: variable),
                 changed: !variable.isDefault(in: scenario))
    }

    static func variablesCSV(_ variables: [ScenarioVariable], scenario: Scenario) -> String {
        MachineText.csv(header: ["name", "value", "default", "changed"], rows: variables.map {
            let entry = variable($0, scenario)
            return [entry.name, entry.value, entry.default, String(entry.changed)]
        })
    }

    /// One row per month, four columns per output (the regime: its word and no band).
    static func outputsCSV(_ outputs: [Output], results: Results) -> String {
        let header = ["month"] + outputs.flatMap { output in
            [output.rawValue] + ["p10", "p50", "p90"].map { output.rawValue + "_" + $0 }
        }
        let rows = results.path.indices.map { month in
            [String(month)] + outputs.flatMap { OutputEntry($0, results, month: month).cells }
        }
        return MachineText.csv(header: header, rows: rows)
    }
}
