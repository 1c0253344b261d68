/// `solve ... --json` / `--csv`: the value found, what it gives, and the goal it meets.
struct SolveDocument: Encodable {
    var fedsh = Session.version
    var command = "solve"
    let scenario: String
    let variable: String
    /// The variable's model unit, which `value` is in.
    let unit: String
    let value: Double
    /// The value as `set` reads it back.
    let text: String
    let output: String
    let outputUnit: String
    let month: Int
    let relation: String
    let target: Double
    /// The output at `month` with the variable at `value`.
    let reached: Double
    /// Central-model runs the bisection took.
    let runs: Int

    enum CodingKeys: String, CodingKey {
        case fedsh, command, scenario, variable, unit, value, text, output, month, relation, target, reached, runs
        case outputUnit = "output_unit"
    }

    var csv: String {
        MachineText.csv(
            header: ["variable", "value", "unit", "text", "output", "month", "relation", "target", "reached",
                     "output_unit", "runs"],
            rows: [[variable, MachineText.number(value), unit, text, output, String(month), relation,
                    MachineText.number(target), MachineText.number(reached), outputUnit, String(runs)]])
    }
}
