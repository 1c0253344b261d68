import FedModel

/// The result of a sweep as text: one row per point (every row, however many), a column per output
/// with its unit, a marker on each row where the regime changes, split into blocks when the
/// columns do not fit the width, and the header repeated every `headerEvery` rows.
struct SweepTable {
    /// One point of the sweep: the variable's value as text and the central results at the horizon.
    struct Row {
        var label: String
        var values: [Output: Double]
        var regime: ReserveRegime
    }

    static let headerEvery = 40

    let variableName: String
    let outputs: [Output]
    let rows: [Row]
    var width: Int
    var unicode: Bool

    var text: String {
        let firstWidth = max(variableName.count, rows.map(\.label.count).max() ?? 0)
        let cells = rows.map { row in outputs.map { ReportFormat.output($0, row.values[$0] ?? .nan) } }
        let widths = outputs.indices.map { column in
            max(outputs[column].rawValue.count, cells.map { $0[column].count }.max() ?? 0)
        }
        let markerWidth = 20
        var blocks: [[Int]] = [[]]
        var used = 2 + firstWidth
        for column in outputs.indices {
            if used + 2 + widths[column] + markerWidth > width, !blocks[blocks.count - 1].isEmpty {
                blocks.append([])
                used = 2 + firstWidth
            }
            blocks[blocks.count - 1].append(column)
            used += 2 + widths[column]
        }
        var lines: [String] = []
        for (blockIndex, block) in blocks.enumerated() {
            if blockIndex > 0 { lines.append("") }
            let header =
                "  " + variableName.rightPadded(firstWidth)
                + block.map { "  " + outputs[$0].rawValue.leftPadded(widths[$0]) }.joined()
            for (index, row) in rows.enumerated() {
                if index % Self.headerEvery == 0 { lines.append(header) }
                var line =
                    "  " + row.label.leftPadded(firstWidth)
                    + block.map { "  " + cells[index][$0].leftPadded(widths[$0]) }.joined()
                if index > 0, rows[index - 1].regime != row.regime {
                    line +=
                        "  " + (unicode ? "◀ " : "< ") + rows[index - 1].regime.rawValue + (unicode ? "→" : "->")
                        + row.regime.rawValue
                }
                lines.append(line)
            }
        }
        return lines.map { $0.count > width ? TextChart.fit($0, width: width) : $0 }.joined(separator: "\n") + "\n"
    }
}
