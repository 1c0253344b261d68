import Foundation

extension MonteCarlo {
    /// Percentile bands and regime shares, gathered one month at a time from that month's columns.
    struct Summary {
        let draws: Int
        let months: Int
        let outputs: [Output]
        private let regimeColumn: Int?
        /// Month-major: month m, output o at m · outputs + o.
        private var results: [Bands.Band]
        /// Counts of draws in each regime, month-major.
        private var regimeCounts: [Int]

        init(draws: Int, months: Int, outputs: [Output]) {
            self.draws = draws
            self.months = months
            self.outputs = outputs
            regimeColumn = outputs.firstIndex(of: .regime)
            results = Array(repeating: Bands.Band(p10: 0, p50: 0, p90: 0), count: months * outputs.count)
            regimeCounts = Array(repeating: 0, count: months * ReserveRegime.allCases.count)
        }

        /// Summarises one month's columns (column o at o · draws), the columns shared among the
        /// cores. Each column is reordered in place by the selection.
        mutating func add(month: Int, columns: UnsafeMutableBufferPointer<Double>) {
            let draws = draws, outputs = outputs, regimeColumn = regimeColumn
            let regimes = ReserveRegime.allCases
            nonisolated(unsafe) let values = columns
            nonisolated(unsafe) let bands = UnsafeMutableBufferPointer<Bands.Band>.allocate(capacity: outputs.count)
            nonisolated(unsafe) let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: regimes.count)
            defer { bands.deallocate(); counts.deallocate() }
            counts.initialize(repeating: 0)
            Work.share(outputs.count) { output in
                let column = UnsafeMutableBufferPointer(rebasing: values[output * draws..<(output + 1) * draws])
                if output == regimeColumn {
                    for (index, regime) in regimes.enumerated() {
                        let severity = Double(regime.severity)
                        counts[index] = column.reduce(0) { $0 + ($1 == severity ? 1 : 0) }
                    }
                }
                bands[output] = Percentiles.band(of: column)
            }
            for output in outputs.indices { results[month * outputs.count + output] = bands[output] }
            for index in regimes.indices { regimeCounts[month * regimes.count + index] = counts[index] }
        }

        func bands(seed: Int) -> Bands {
            let regimes = ReserveRegime.allCases
            var byOutput: [Output: [Bands.Band]] = [:]
            for (outputIndex, output) in outputs.enumerated() {
                byOutput[output] = (0..<months).map { results[$0 * outputs.count + outputIndex] }
            }
            var regimeShares: [[ReserveRegime: Double]] = []
            if regimeColumn != nil {
                for month in 0..<months {
                    var shares: [ReserveRegime: Double] = [:]
                    for (index, regime) in regimes.enumerated() {
                        shares[regime] = Double(regimeCounts[month * regimes.count + index]) / Double(draws)
                    }
                    regimeShares.append(shares)
                }
            }
            return Bands(draws: draws, seed: seed, bands: byOutput, regimeShares: regimeShares)
        }
    }
}
