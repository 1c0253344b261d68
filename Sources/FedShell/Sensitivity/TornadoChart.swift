import FedModel

/// The `sensitivity` chart: one bar per parameter from the output at the parameter's low to the
/// output at its high (others as in the session), largest swing first, on one axis with a mark at
/// the central value.
struct TornadoChart {
    /// One parameter's effect.
    struct Swing {
        let parameter: ModelParameter
        let atLow: Double
        let atHigh: Double
        let overridden: Bool
        var size: Double { abs(atHigh - atLow) }
    }

    let output: Output
    let central: Double
    let swings: [Swing]
    let horizon: Int
    /// Parameters that do not move the output.
    let unchanged: Int
    let width: Int
    let unicode: Bool

    var text: String {
        var text =
            "sensitivity of \(output.rawValue) at \(horizon) months: central \(ReportFormat.output(output, central))\n"
        text += "each parameter at its low, then its high, the others as in this session (one at a time)\n"
        guard !swings.isEmpty else {
            return text + "no parameter moves \(output.rawValue) in this scenario\n"
        }
        let names = swings.map { ($0.overridden ? "*" : "") + $0.parameter.name }
        let values = swings.map {
            "\(ReportFormat.output(output, $0.atLow)) at \(ReportFormat.parameter($0.parameter.low)), "
                + "\(ReportFormat.output(output, $0.atHigh)) at \(ReportFormat.parameter($0.parameter.high))"
        }
        let statuses = swings.map(\.parameter.status.rawValue)
        let nameWidth = names.map(\.count).max()!
        let valueWidth = values.map(\.count).max()!
        let statusWidth = statuses.map(\.count).max()!
        let barWidth = max(10, width - nameWidth - valueWidth - statusWidth - 6)
        let lowest = swings.map { min($0.atLow, $0.atHigh) }.min().map { min($0, central) }!
        let highest = swings.map { max($0.atLow, $0.atHigh) }.max().map { max($0, central) }!
        func column(_ value: Double) -> Int {
            guard highest > lowest else { return barWidth / 2 }
            let cell = ChartScale.cell(ChartScale.fraction(value, in: lowest...highest), cells: barWidth)
            return min(max(cell, 0), barWidth - 1)
        }
        let fill: Character = unicode ? "▇" : "#"
        let mark: Character = unicode ? "│" : "|"
        for (index, swing) in swings.enumerated() {
            var bar = [Character](repeating: " ", count: barWidth)
            let from = column(min(swing.atLow, swing.atHigh))
            let to = column(max(swing.atLow, swing.atHigh))
            for position in from...to { bar[position] = fill }
            bar[column(central)] = mark
            text +=
                names[index].rightPadded(nameWidth) + "  " + String(bar) + "  " + values[index].rightPadded(valueWidth)
                + "  " + statuses[index] + "\n"
        }
        text +=
            "axis \(ReportFormat.output(output, lowest)) to \(ReportFormat.output(output, highest)); \(mark) central"
        if swings.contains(where: \.overridden) { text += "; * overridden in this session" }
        text += unchanged > 0 ? "; \(unchanged) other parameters move it by less than the last digit shown\n" : "\n"
        return text
    }
}
