/// Turns a file's data rows into observations and checks them: dates, numbers, order, repeats and
/// one frequency. Errors name the line and the column (in characters) of the offending field.
struct SeriesRows {
    let layout: SeriesLayout
    let file: String
    let scale: Double
    private let missingMarkers: Set<String>

    init(layout: SeriesLayout, file: String, scale: Double) {
        self.layout = layout
        self.file = file
        self.scale = scale
        missingMarkers = layout.format.missingMarkers
    }

    func observations(_ rows: ArraySlice<(line: Int, fields: [String])>) throws(DataError) -> [Observation] {
        var parsed: [(line: Int, vintage: Day?, observation: Observation)] = []
        for row in rows {
            guard row.fields.count == layout.fieldCount else {
                throw DataError(file: file, line: row.line, column: 1,
                                .wrongFieldCount(expected: layout.fieldCount, found: row.fields.count))
            }
            let day = try date(row, column: layout.dateColumn)
            let vintage = try layout.vintageColumn.map { (column: Int) throws(DataError) in
                try date(row, column: column)
            }
            let text = row.fields[layout.valueColumn].trimmedField
            var value: Double? = nil
            if !missingMarkers.contains(text) {
                guard let number = Double(text), number.isFinite else {
                    throw DataError(file: file, line: row.line, column: column(of: layout.valueColumn, in: row.fields),
                                    .badValue(text: text))
                }
                value = number * scale
            }
            parsed.append((row.line, vintage, Observation(day: day, value: value)))
        }
        if layout.format == .alfred { parsed = try latestVintages(parsed) }
        guard !parsed.isEmpty else { throw DataError(file: file, line: rows.first?.line, .noObservations) }
        try checkOrder(parsed)
        return parsed.map(\.observation)
    }

    private func date(_ row: (line: Int, fields: [String]), column index: Int) throws(DataError) -> Day {
        let text = row.fields[index].trimmedField
        if let day = Day(iso: text) { return day }
        // The Data Download Program dates monthly series YYYY-MM.
        if layout.format == .dataDownloadProgram, text.count == 7, let day = Day(iso: text + "-01") { return day }
        throw DataError(file: file, line: row.line, column: column(of: index, in: row.fields), .badDate(text: text))
    }

    /// Keeps, for each date, the vintage that started last (ALFRED lists one row per vintage).
    private func latestVintages(_ rows: [(line: Int, vintage: Day?, observation: Observation)]) throws(DataError)
        -> [(line: Int, vintage: Day?, observation: Observation)] {
        var best: [Day: (line: Int, vintage: Day?, observation: Observation)] = [:]
        for row in rows {
            if let kept = best[row.observation.day] {
                if kept.vintage == row.vintage {
                    throw DataError(file: file, line: row.line, column: 1, .duplicateDate(day: row.observation.day))
                }
                if let vintage = row.vintage, let keptVintage = kept.vintage, vintage < keptVintage { continue }
            }
            best[row.observation.day] = row
        }
        return best.values.sorted { $0.observation.day < $1.observation.day }
    }

    private func checkOrder(_ rows: [(line: Int, vintage: Day?, observation: Observation)]) throws(DataError) {
        for index in rows.indices.dropFirst() {
            let day = rows[index].observation.day, previous = rows[index - 1].observation.day
            if day == previous {
                throw DataError(file: file, line: rows[index].line, column: 1, .duplicateDate(day: day))
            }
            if day < previous {
                throw DataError(
                    file: file, line: rows[index].line, column: 1, .outOfOrder(day: day, previous: previous))
            }
        }
        guard rows.count > 2 else { return }
        let gaps = rows.indices.dropFirst().map {
            rows[$0].observation.day.ordinal - rows[$0 - 1].observation.day.ordinal
        }
        let frequency = SeriesDescription.Frequency(typicalGap: gaps.sorted()[gaps.count / 2])
        if let index = gaps.firstIndex(where: { $0 < frequency.shortestGap }) {
            throw DataError(file: file, line: rows[index + 1].line, column: 1,
                            .mixedFrequency(gapDays: gaps[index], frequency: frequency))
        }
    }

    /// The 1-based character column where field `index` starts (quotes not counted).
    private func column(of index: Int, in fields: [String]) -> Int {
        fields.prefix(index).reduce(1) { $0 + $1.count + 1 }
    }
}
