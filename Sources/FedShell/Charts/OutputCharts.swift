import FedModel

/// Turns model results into chart data: one chart per unit (so every axis shows real values in its
/// own unit, rather than normalising them away), each output's central path with its p10–p90 band.
enum OutputCharts {
    /// Outputs grouped by unit, in the order first named.
    static func groups(_ outputs: [Output]) -> [[Output]] {
        var groups: [[Output]] = []
        for output in outputs {
            if let index = groups.firstIndex(where: { $0.first?.unit == output.unit }) {
                if !groups[index].contains(output) { groups[index].append(output) }
            } else {
                groups.append([output])
            }
        }
        return groups
    }

    /// The regime's categories, from 0 (abundant) up.
    static var regimeCategories: [String] { ReserveRegime.allCases.sorted().map(\.rawValue) }

    /// One chart per unit group of monthly paths, months 0 … horizon.
    static func monthly(_ outputs: [Output], results: Results, scenarioName: String) -> [ChartData] {
        let months = results.path.indices.map(Double.init)
        let horizon = results.path.count - 1
        return groups(outputs).map { group in
            let series = group.map { output in
                ChartData.Series(
                    name: output.rawValue, label: output.rawValue,
                    values: results.path.map { output.value(in: $0) },
                    band: results.bands.bands[output].map { $0.map { min($0.p10, $0.p90)...max($0.p10, $0.p90) } })
            }
            let isRegime = group.first?.unit == .regime
            return ChartData(
                title: group.map(\.rawValue).joined(separator: ", ") + " — " + scenarioName,
                yUnit: group[0].unit.presentation.axisLabel,
                xCaption: "months after the decision (0 … \(horizon))",
                xValues: months, series: series,
                yCategories: isRegime ? regimeCategories : nil,
                note: "line: central (parameters at central values) · band: p10–p90, \(results.bands.draws) draws")
        }
    }
}
