import Foundation

extension MonteCarlo {
    /// Percentile bands and regime shares from the draws, one (month, output) column at a time,
    /// the columns shared among the cores. Each column is reordered in place by the selection.
    static func summarise(values: UnsafeMutableBufferPointer<Double>, draws: Int, months: Int,
                          outputs: [Output], seed: Int) -> Bands {
        let cells = months * outputs.count
        let results = UnsafeMutableBufferPointer<Bands.Band>.allocate(capacity: cells)
        defer { results.deallocate() }
        let regimes = ReserveRegime.allCases
        let regimeColumn = outputs.firstIndex(of: .regime)
        // Counts of draws in each regime, by month (regime-major).
        let regimeCounts = UnsafeMutableBufferPointer<Int>.allocate(capacity: months * regimes.count)
        defer { regimeCounts.deallocate() }
        nonisolated(unsafe) let columns = values
        nonisolated(unsafe) let bands = results
        nonisolated(unsafe) let counts = regimeCounts
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), cells)

        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var cell = worker
            while cell < cells {
                let column = UnsafeMutableBufferPointer(rebasing: columns[cell * draws..<(cell + 1) * draws])
                if cell % outputs.count == regimeColumn {
                    let month = cell / outputs.count
                    for (index, regime) in regimes.enumerated() {
                        let severity = Double(regime.severity)
                        counts[month * regimes.count + index] = column.reduce(0) { $0 + ($1 == severity ? 1 : 0) }
                    }
                }
                bands[cell] = Percentiles.band(of: column)
                cell += workers
            }
        }

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
