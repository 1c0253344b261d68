import FedModel

/// Chart data for a sweep: the outputs across the variable's range (x in the variable's unit),
/// with a vertical marker wherever the regime changes. Outputs in one unit keep their values;
/// outputs in several units are normalised to 0–100 of each one's range, and the chart says so.
enum SweepChart {
    static let maximumMarkers = 8

    static func data(
        variable: ScenarioVariable, unit: ScenarioVariable.Unit, values: [Double], rows: [SweepTable.Row],
        outputs: [Output]
    ) -> ChartData? {
        guard values.count > 1 else { return nil }
        // The chart's x axis runs left to right whichever way the sweep went.
        if values[0] > values[values.count - 1] {
            return data(
                variable: variable, unit: unit, values: values.reversed(), rows: rows.reversed(), outputs: outputs)
        }
        let scale = unit == .fractionPerYear || unit == .shareOfBankAssets ? 100.0 : 1.0
        let xValues = values.map { $0 * scale }
        let lines = outputs.filter { $0 != .regime }
        var markers: [ChartData.Marker] = []
        for index in rows.indices.dropFirst()
        where rows[index - 1].regime != rows[index].regime && markers.count < maximumMarkers {
            markers.append(
                .init(
                    x: (xValues[index - 1] + xValues[index]) / 2,
                    label: "\(rows[index - 1].regime.rawValue)→\(rows[index].regime.rawValue)"))
        }
        var chart = ChartData(
            title: "", yUnit: "", xCaption: "\(variable.name) (\(unitWord(unit)))", xValues: xValues, series: [],
            markers: markers,
            note: markers.isEmpty
                ? "central values at the horizon" : "central values at the horizon; ┊ marks a change of regime")
        chart.xTicksAtValues = true
        chart.wholeNumberX = values.allSatisfy { $0.rounded() == $0 } && scale == 1
        if lines.isEmpty {
            chart.title = "regime across \(variable.name)"
            chart.yUnit = "regime"
            chart.yCategories = OutputCharts.regimeCategories
            chart.series = [.init(name: "regime", label: "regime", values: rows.map { Double($0.regime.severity) })]
            return chart
        }
        let series = lines.map { output in
            ChartData.Series(
                name: output.rawValue, label: output.rawValue, values: rows.map { $0.values[output] ?? .nan })
        }
        chart.title = lines.map(\.rawValue).joined(separator: ", ") + " across \(variable.name)"
        if Set(lines.map(\.unit)).count == 1 {
            chart.yUnit = lines[0].unit.presentation.axisLabel
            chart.series = series
        } else {
            chart.yUnit = "normalised, 0–100"
            chart.note =
                "normalised: 0 is each output's lowest value in this sweep, 100 its highest (values in the table); "
                + (chart.note ?? "")
            chart.series = zip(lines, series).map { output, line in
                var scaled = line.normalised()
                let finite = line.values.filter(\.isFinite)
                if let low = finite.min(), let high = finite.max() {
                    scaled.label += " (\(ReportFormat.output(output, low)) … \(ReportFormat.output(output, high)))"
                }
                return scaled
            }
        }
        return chart
    }

    static func unitWord(_ unit: ScenarioVariable.Unit) -> String {
        switch unit {
        case .billionsOfDollars: return "$B"
        case .billionsOfDollarsPerMonth: return "$B/month"
        case .basisPoints: return "bp"
        case .fractionPerYear: return "%/year"
        case .shareOfBankAssets: return "% of bank assets"
        case .months: return "months"
        case .monthIndex: return "month number"
        case .count: return "count"
        }
    }
}
