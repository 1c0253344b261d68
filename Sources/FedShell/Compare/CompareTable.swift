import FedModel

/// The `compare` table: one row pair per key output (central value with the difference from the
/// first column, then the p10–p90 band), one column per scenario, wrapped into blocks that fit the
/// terminal; each block repeats the first column, which the differences are measured from.
struct CompareTable {
    /// One scenario's results under its title.
    struct Column {
        let title: String
        let results: Results
    }

    static let outputs = Output.allCases.filter(\.presentation.inCompare)

    let columns: [Column]
    let width: Int

    var text: String {
        guard let first = columns.first else { return "" }
        let horizon = first.results.path.count - 1
        let labelWidth = Self.outputs.map(\.rawValue.count).max()!
        let cells = columns.map { column in Self.outputs.map { cell(for: $0, in: column, reference: first) } }
        let widest = cells.flatMap { $0.flatMap { [$0.central, $0.band] } }.map(\.count).max() ?? 0
        let titleWidest = columns.map(\.title.count).max() ?? 0
        let columnWidth = min(24, max(12, widest, min(titleWidest, 24)))
        let perBlock = max(2, (width - labelWidth) / (columnWidth + 2))
        var text =
            "compare at \(horizon) months · \(first.results.bands.draws) draws each (seed \(first.results.bands.seed))"
            + "\neach output: central (difference from the first column), then p10 … p90 band\n"
        var blockStart = 1
        repeat {
            let indices = [0] + Array(blockStart..<min(columns.count, blockStart + perBlock - 1))
            text += "\n" + block(indices, cells: cells, labelWidth: labelWidth, columnWidth: columnWidth)
            blockStart += perBlock - 1
        } while blockStart < columns.count
        text += "\nregime: central path's regime; its line gives the share of draws in each\n"
        return text
    }

    private func block(_ indices: [Int], cells: [[Cell]], labelWidth: Int, columnWidth: Int) -> String {
        func line(_ label: String, _ texts: [String]) -> String {
            let body = texts.map { $0.truncated(to: columnWidth).rightPadded(columnWidth) }.joined(separator: "  ")
            return (label.rightPadded(labelWidth) + "  " + body).trimmingTrailingSpaces() + "\n"
        }
        var text = line("", indices.map { columns[$0].title })
        for (row, output) in Self.outputs.enumerated() {
            text += line(output.rawValue, indices.map { cells[$0][row].central })
            text += line("", indices.map { cells[$0][row].band })
        }
        return text
    }

    /// What one scenario shows for one output.
    struct Cell {
        let central: String
        let band: String
    }

    private func cell(for output: Output, in column: Column, reference: Column) -> Cell {
        let results = column.results
        let horizon = results.path.count - 1
        if output == .regime {
            let shares = results.bands.regimeShares[horizon]
                .filter { $0.value >= 0.005 }
                .sorted { $0.value > $1.value || $0.value == $1.value && $0.key.severity < $1.key.severity }
                .map { "\($0.key.rawValue) \(Int(($0.value * 100).rounded()))%" }
            return Cell(central: results.horizon.regime.rawValue, band: shares.joined(separator: ", "))
        }
        let value = output.value(in: results.horizon)
        var central = ReportFormat.output(output, value)
        if column.title != reference.title || column.results.scenario != reference.results.scenario {
            central +=
                " (" + output.unitPresentation.difference(value - output.value(in: reference.results.horizon)) + ")"
        }
        return Cell(central: central, band: ReportFormat.band(output, results.bands.band(output, month: horizon)))
    }
}
