import FedModel
import Foundation

/// Central value and p10–p90 band of each claim measure, from paired draws: in draw i every preset
/// runs with the same parameter draw that `MonteCarlo.run` uses for draw i (same seed formula and
/// order), so an effect A − B carries only the uncertainty of the parameters; market noise, the
/// same in both worlds, cancels.
enum ClaimSampler {
    /// One measure's central value and band.
    struct Sample {
        var central: Double
        var p10: Double
        var p50: Double
        var p90: Double
    }

    static func run(measures: [ClaimMeasure], scenarios: [String: Scenario], parameters: ParameterValues,
                    fixed: Set<String>, draws: Int, seed: Int, isCancelled: @Sendable () -> Bool) -> [Sample]? {
        let names = Array(Set(measures.flatMap(\.presets))).sorted()
        let centralPaths = Dictionary(uniqueKeysWithValues: names.map {
            ($0, Simulation(scenario: scenarios[$0]!, parameters: parameters).run())
        })
        let draws = max(1, draws)
        let drawn = ModelParameter.catalog.filter { !fixed.contains($0.name) }
        var values = [[Double]](repeating: [Double](repeating: 0, count: draws), count: measures.count)
        for draw in 0..<draws {
            if draw & 63 == 0, isCancelled() { return nil }
            var random = RandomSource(seed: UInt64(truncatingIfNeeded: seed) &* 0x1_0000_0001 &+ UInt64(draw))
            var drawnParameters = parameters
            for parameter in drawn {
                drawnParameters[keyPath: parameter.keyPath] = parameter.triangular(random.uniform())
            }
            let paths = Dictionary(uniqueKeysWithValues: names.map {
                ($0, Simulation(scenario: scenarios[$0]!, parameters: drawnParameters).run())
            })
            for (index, measure) in measures.enumerated() { values[index][draw] = measure.value(paths) }
        }
        return measures.enumerated().map { index, measure in
            let sorted = values[index].sorted()
            // Nearest rank, as Percentiles does: the p-th percentile is the value at rank ⌈p·n⌉.
            func rank(_ percent: Double) -> Double {
                sorted[max(0, min(draws - 1, Int((percent * Double(draws)).rounded(.up)) - 1))]
            }
            return Sample(central: measure.value(centralPaths), p10: rank(0.1), p50: rank(0.5), p90: rank(0.9))
        }
    }
}
