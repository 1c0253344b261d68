import Foundation

/// Monte Carlo over parameter ranges plus market noise: every parameter is drawn from its triangular
/// distribution, then each market series gets a correlated random walk scaled by its annualised
/// volatility. Draw i uses its own generator seeded from (seed, i), so results do not depend on how
/// the work is split across cores.
package enum MonteCarlo {
    /// Runs `scenario.draws` draws. `fixed` names parameters held at their value in `parameters`
    /// (a user's override). Returns nil when `isCancelled` turns true.
    package static func run(
        scenario: Scenario, parameters: ParameterValues = .central, fixed: Set<String> = [],
        isCancelled: @Sendable () -> Bool = { false }
    ) -> Bands? {
        let draws = max(1, scenario.draws)
        let months = scenario.horizon + 1
        let outputs = Output.allCases
        let stride = months * outputs.count
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: draws * stride)
        defer { storage.deallocate() }
        nonisolated(unsafe) let values = storage
        let drawn = ModelParameter.catalog.filter { !fixed.contains($0.name) }
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), draws)
        let cancelled = Atomic()

        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var draw = worker
            var iteration = 0
            while draw < draws {
                if iteration & 31 == 0 {
                    if cancelled.isSet { return }
                    if isCancelled() { cancelled.set(); return }
                }
                iteration += 1
                var random = RandomSource(seed: UInt64(truncatingIfNeeded: scenario.seed) &* 0x1_0000_0001 &+ UInt64(draw))
                var drawnParameters = parameters
                for parameter in drawn {
                    drawnParameters[keyPath: parameter.keyPath] = parameter.triangular(random.uniform())
                }
                let path = Simulation(scenario: scenario, parameters: drawnParameters).run()
                record(path: path, parameters: drawnParameters, random: &random,
                       into: values.baseAddress! + draw * stride, outputs: outputs)
                draw += workers
            }
        }
        if cancelled.isSet { return nil }
        return summarise(values: storage, draws: draws, months: months, outputs: outputs, seed: scenario.seed)
    }

    /// Writes one draw's outputs (month-major, output-minor), with market noise added.
    private static func record(path: [MonthResult], parameters: ParameterValues, random: inout RandomSource,
                               into destination: UnsafeMutablePointer<Double>, outputs: [Output]) {
        var walk = [Double](repeating: 0, count: 6)  // spx, ndx, btc, eth, y2, y10
        let monthScale = (1.0 / 12).squareRoot()
        for (month, result) in path.enumerated() {
            if month > 0 {
                let shocks = correlatedShocks(&random)
                for index in 0..<6 { walk[index] += shocks[index] * monthScale }
            }
            let row = destination + month * outputs.count
            for (column, output) in outputs.enumerated() {
                let central = output.value(in: result)
                row[column] = noisy(output, central: central, walk: walk, parameters: parameters)
            }
        }
    }

    private static func noisy(_ output: Output, central: Double, walk: [Double], parameters: ParameterValues) -> Double {
        func price(_ volatility: Double, _ shock: Double) -> Double {
            100 * ((1 + central / 100) * exp(volatility / 100 * shock) - 1)
        }
        switch output {
        case .spx: return price(parameters.volatilitySPX, walk[0])
        case .ndx: return price(parameters.volatilityNDX, walk[1])
        case .btc: return price(parameters.volatilityBTC, walk[2])
        case .eth: return price(parameters.volatilityETH, walk[3])
        case .y2: return central + parameters.volatilityTwoYear * walk[4]
        case .y10: return central + parameters.volatilityTenYear * walk[5]
        case .slope:
            return central + parameters.volatilityTenYear * walk[5] - parameters.volatilityTwoYear * walk[4]
        default: return central
        }
    }

    /// Unit-variance shocks with the correlations in docs/MODEL.md: S&P–Nasdaq 0.93, Nasdaq–BTC 0.5,
    /// BTC–ETH 0.8, 2y–10y 0.8; yields independent of prices.
    private static func correlatedShocks(_ random: inout RandomSource) -> [Double] {
        let spx = random.normal()
        let ndx = 0.93 * spx + (1 - 0.93 * 0.93).squareRoot() * random.normal()
        let btc = 0.5 * ndx + (1 - 0.25).squareRoot() * random.normal()
        let eth = 0.8 * btc + 0.6 * random.normal()
        let twoYear = random.normal()
        let tenYear = 0.8 * twoYear + 0.6 * random.normal()
        return [spx, ndx, btc, eth, twoYear, tenYear]
    }

    private static func summarise(values: UnsafeMutableBufferPointer<Double>, draws: Int, months: Int,
                                  outputs: [Output], seed: Int) -> Bands {
        var bands: [Output: [Bands.Band]] = [:]
        var column = [Double](repeating: 0, count: draws)
        var regimeShares: [[ReserveRegime: Double]] = []
        let stride = months * outputs.count
        for (outputIndex, output) in outputs.enumerated() {
            var series: [Bands.Band] = []
            series.reserveCapacity(months)
            for month in 0..<months {
                let offset = month * outputs.count + outputIndex
                for draw in 0..<draws { column[draw] = values[draw * stride + offset] }
                if output == .regime {
                    var shares: [ReserveRegime: Double] = [:]
                    for regime in ReserveRegime.allCases {
                        let count = column.reduce(0) { $0 + ($1 == Double(regime.severity) ? 1 : 0) }
                        shares[regime] = Double(count) / Double(draws)
                    }
                    regimeShares.append(shares)
                }
                series.append(Percentiles.band(of: &column))
            }
            bands[output] = series
        }
        return Bands(draws: draws, seed: seed, bands: bands, regimeShares: regimeShares)
    }
}

/// A flag set from any thread.
private final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}
