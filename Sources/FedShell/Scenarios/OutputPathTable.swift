import FedLanguage
import FedModel

/// `show OUTPUT ...`: monthly paths, one aligned table. One output gets its p10–p90 band beside
/// each month; several get a column each (central values), so the table stays narrow.
struct OutputPathTable {
    let outputs: [Output]
    let results: Results

    var text: String {
        // The report's own formats, so a month here reads as the report prints it.
        func format(_ output: Output, _ number: Double) -> String { ReportFormat.output(output, number) }
        var columns: [[String]] = outputs.map { output in results.path.map { format(output, output.value(in: $0)) } }
        var titles = outputs.map(\.rawValue)
        if outputs.count == 1, let output = outputs.first, output.unit != .regime {
            let bands = results.path.indices.map { results.bands.band(output, month: $0) }
            let lows = bands.map { $0.map { format(output, $0.p10) } ?? "" }
            let highs = bands.map { $0.map { format(output, $0.p90) } ?? "" }
            // Each end padded on its own, so the "…" stays in one column whatever the ends' widths.
            let lowWidth = lows.map(\.count).max() ?? 0, highWidth = highs.map(\.count).max() ?? 0
            columns.append(bands.indices.map { month in
                bands[month] == nil ? "" : lows[month].leftPadded(lowWidth) + " … " + highs[month].leftPadded(highWidth)
            })
            titles.append("p10 … p90")
        }
        let widths = columns.indices.map { max(titles[$0].count, columns[$0].map(\.count).max() ?? 0) }
        var text = outputs.map { "\($0.rawValue): \($0.meaning)" }.joined(separator: "\n") + "\n"
        text += ("  month" + titles.indices.map { "  " + titles[$0].leftPadded(widths[$0]) }.joined()) + "\n"
        for month in results.path.indices {
            let cells = columns.indices.map { "  " + columns[$0][month].leftPadded(widths[$0]) }
            text += "  " + String(month).leftPadded(5) + cells.joined() + "\n"
        }
        return text
    }
}
