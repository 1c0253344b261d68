import Foundation

/// Monte Carlo over parameter ranges plus market noise: every parameter is drawn from its triangular
/// distribution, then each market series gets a correlated random walk scaled by its annualised
/// volatility. Draw i uses its own generator seeded from (seed, i), so results do not depend on how
/// the work is split across cores.
package enum MonteCarlo {
    /// Draws are simulated in blocks of consecutive draws; each block is written row by row into a
    /// small buffer, then transposed into one contiguous column per (month, output), which the
    /// summary reads in place (a column gathered across draws missed the cache on every value).
    static let blockSize = 64

    /// Runs `scenario.draws` draws. `fixed` names parameters held at their value in `parameters`
    /// (a user's override). Returns nil when `isCancelled` turns true. `progress`, if given, hears
    /// (draws done, draws in all) from one worker thread as blocks complete.
    package static func run(
        scenario: Scenario, parameters: ParameterValues = .central, fixed: Set<String> = [],
        isCancelled: @Sendable () -> Bool = { false },
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) -> Bands? {
        let draws = max(1, scenario.draws)
        let months = scenario.horizon + 1
        let outputs = Output.allCases
        let cells = months * outputs.count
        // Column-major: cell c = month · outputs + output holds draws 0..<draws at c · draws.
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: draws * cells)
        defer { storage.deallocate() }
        nonisolated(unsafe) let values = storage
        let drawn = ModelParameter.catalog.filter { !fixed.contains($0.name) }.map(ParameterSlot.init)
        let blocks = (draws + blockSize - 1) / blockSize
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), blocks)
        let shared = SharedProgress()
        let seed = UInt64(truncatingIfNeeded: scenario.seed) &* 0x1_0000_0001

        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let rows = UnsafeMutablePointer<Double>.allocate(capacity: blockSize * cells)
            defer { rows.deallocate() }
            var iteration = 0
            var block = worker
            while block < blocks {
                let first = block * blockSize
                let count = min(draws, first + blockSize) - first
                for offset in 0..<count {
                    if iteration & 31 == 0 {
                        if shared.isCancelled { return }
                        if isCancelled() { shared.cancel(); return }
                    }
                    iteration += 1
                    var random = RandomSource(seed: seed &+ UInt64(first + offset))
                    var drawnParameters = parameters
                    for slot in drawn { slot.write(slot.parameter.triangular(random.uniform()), into: &drawnParameters) }
                    let path = Simulation(scenario: scenario, parameters: drawnParameters).run()
                    record(path: path, parameters: drawnParameters, random: &random,
                           into: rows + offset * cells, outputs: outputs)
                }
                for cell in 0..<cells {
                    let column = values.baseAddress! + cell * draws + first
                    for offset in 0..<count { column[offset] = rows[offset * cells + cell] }
                }
                let done = shared.add(count)
                if worker == 0 { progress?(done, draws) }
                block += workers
            }
        }
        if shared.isCancelled { return nil }
        return summarise(values: storage, draws: draws, months: months, outputs: outputs, seed: scenario.seed)
    }

    /// Writes one draw's outputs (month-major, output-minor), with market noise added.
    private static func record(path: [MonthResult], parameters: ParameterValues, random: inout RandomSource,
                               into destination: UnsafeMutablePointer<Double>, outputs: [Output]) {
        var walk = Walk()
        let monthScale = (1.0 / 12).squareRoot()
        for (month, result) in path.enumerated() {
            if month > 0 {
                let shocks = correlatedShocks(&random)
                walk.spx += shocks.spx * monthScale
                walk.ndx += shocks.ndx * monthScale
                walk.btc += shocks.btc * monthScale
                walk.eth += shocks.eth * monthScale
                walk.twoYear += shocks.twoYear * monthScale
                walk.tenYear += shocks.tenYear * monthScale
            }
            let row = destination + month * outputs.count
            for (column, output) in outputs.enumerated() {
                let central = output.value(in: result)
                row[column] = noisy(output, central: central, walk: walk, parameters: parameters)
            }
        }
    }

    /// The random walk of each market series (unit-variance shocks, scaled to months).
    private struct Walk {
        var spx = 0.0, ndx = 0.0, btc = 0.0, eth = 0.0, twoYear = 0.0, tenYear = 0.0
    }

    private static func noisy(_ output: Output, central: Double, walk: Walk, parameters: ParameterValues) -> Double {
        func price(_ volatility: Double, _ shock: Double) -> Double {
            100 * ((1 + central / 100) * exp(volatility / 100 * shock) - 1)
        }
        switch output {
        case .spx: return price(parameters.volatilitySPX, walk.spx)
        case .ndx: return price(parameters.volatilityNDX, walk.ndx)
        case .btc: return price(parameters.volatilityBTC, walk.btc)
        case .eth: return price(parameters.volatilityETH, walk.eth)
        case .y2: return central + parameters.volatilityTwoYear * walk.twoYear
        case .y10: return central + parameters.volatilityTenYear * walk.tenYear
        case .slope:
            return central + parameters.volatilityTenYear * walk.tenYear - parameters.volatilityTwoYear * walk.twoYear
        // Balance-sheet and money-market outputs carry parameter uncertainty only.
        case .totalAssets, .reserves, .reserveRatio, .regime, .demandSlope, .effrSpread, .sofrSpread, .sofrPeak,
             .sofrPeakDate, .tgcrSpread,
             .srf, .rrp, .tga, .netLiquidity:
            return central
        }
    }

    /// Unit-variance shocks with the correlations in docs/MODEL.md: S&P–Nasdaq 0.93, Nasdaq–BTC 0.5,
    /// BTC–ETH 0.8, 2y–10y 0.8; yields independent of prices.
    private static func correlatedShocks(_ random: inout RandomSource) -> Walk {
        let spx = random.normal()
        let ndx = 0.93 * spx + (1 - 0.93 * 0.93).squareRoot() * random.normal()
        let btc = 0.5 * ndx + (1 - 0.25).squareRoot() * random.normal()
        let eth = 0.8 * btc + 0.6 * random.normal()
        let twoYear = random.normal()
        let tenYear = 0.8 * twoYear + 0.6 * random.normal()
        return Walk(spx: spx, ndx: ndx, btc: btc, eth: eth, twoYear: twoYear, tenYear: tenYear)
    }
}

/// Where a drawn parameter goes: its byte offset in `ParameterValues` (all stored Doubles), so a
/// draw writes 37 numbers without going through a key path each time.
private struct ParameterSlot {
    let parameter: ModelParameter
    let offset: Int?

    init(_ parameter: ModelParameter) {
        self.parameter = parameter
        offset = MemoryLayout<ParameterValues>.offset(of: parameter.keyPath)
    }

    func write(_ value: Double, into values: inout ParameterValues) {
        guard let offset else { values[keyPath: parameter.keyPath] = value; return }
        withUnsafeMutableBytes(of: &values) { $0.storeBytes(of: value, toByteOffset: offset, as: Double.self) }
    }
}

/// Draws completed and the cancelled flag, shared by the worker threads.
private final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var cancelled = false

    func cancel() { lock.lock(); cancelled = true; lock.unlock() }
    var isCancelled: Bool { lock.lock(); defer { lock.unlock() }; return cancelled }

    /// Adds to the draws done; returns the new total.
    func add(_ count: Int) -> Int { lock.lock(); defer { lock.unlock() }; done += count; return done }
}
