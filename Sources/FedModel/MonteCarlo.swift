import Foundation

/// Monte Carlo over parameter ranges plus market noise: every parameter is drawn from its triangular
/// distribution, then each market series gets a correlated random walk scaled by its annualised
/// volatility. Draw i uses its own generator seeded from (seed, i), so results do not depend on how
/// the work is split across cores.
///
/// Every draw's path advances one month at a time, and each month's columns (one value per draw)
/// are summarised before the next month is simulated: memory holds the draws' state and one
/// month, whatever the horizon.
package enum MonteCarlo {
    /// Draws are advanced in chunks of consecutive draws, which the cores claim as they free up.
    static let chunkSize = 64

    /// The most memory (bytes) the draws' parameters may take to be kept between months: 8 MiB, the
    /// parameters of about 18,000 draws, the usual range.
    static let keptParametersBudget = 8 << 20

    /// Runs `scenario.draws` draws. `fixed` names parameters held at their value in `parameters`
    /// (a user's override). Returns nil when `isCancelled` turns true. `progress`, if given, hears
    /// (draws done, draws in all) from the calling thread as months complete, counting a draw as
    /// done in proportion to its months. `parameterBudget`: see `keptParametersBudget`.
    package static func run(
        scenario: Scenario, parameters: ParameterValues? = nil, fixed: Set<String> = [],
        isCancelled: @Sendable () -> Bool = { false },
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil,
        parameterBudget: Int = keptParametersBudget
    ) -> Bands? {
        let parameters = parameters ?? scenario.centralParameters
        let draws = max(1, scenario.draws)
        let months = scenario.horizon + 1
        let outputs = Output.allCases
        let slots = scenario.parameterCatalog.filter { !fixed.contains($0.name) }.map(ParameterSlot.init)
        let template = Simulation(scenario: scenario, parameters: parameters)
        let history = SimulationPath.historyLength(forLag: ParameterSlot.largest(\.liquidityLag, in: slots,
                                                                                  default: parameters), months: months)
        let seed = UInt64(truncatingIfNeeded: scenario.seed) &* 0x1_0000_0001

        let states = UnsafeMutableBufferPointer<DrawState>.allocate(capacity: draws)
        // Each draw's parameters are kept while they fit the budget; beyond it they are drawn again
        // each month (≈ 40% more time, 464 bytes a draw less).
        let keepsParameters = draws * MemoryLayout<DrawnParameters>.stride <= parameterBudget
        let kept = UnsafeMutableBufferPointer<DrawnParameters>.allocate(capacity: keepsParameters ? draws : 0)
        let netLiquidity = UnsafeMutableBufferPointer<Double>.allocate(capacity: draws * history)
        // One month: column o holds draws 0..<draws at o · draws.
        let columns = UnsafeMutableBufferPointer<Double>.allocate(capacity: draws * outputs.count)
        // States and history hold plain numbers only, so they need no deinitialisation.
        defer { states.deallocate(); kept.deallocate(); netLiquidity.deallocate(); columns.deallocate() }
        nonisolated(unsafe) let stateBase = states.baseAddress!
        nonisolated(unsafe) let keptBase = keepsParameters ? kept.baseAddress! : nil
        nonisolated(unsafe) let historyBase = netLiquidity.baseAddress!
        nonisolated(unsafe) let columnBase = columns.baseAddress!
        // A calibrated start also draws where each exogenous path sits in its measured band.
        let calibrated = scenario.calibration != nil
        let cancelled = CancelFlag()
        let chunks = (draws + chunkSize - 1) / chunkSize
        var summary = Summary(draws: draws, months: months, outputs: outputs)

        for month in 0..<months {
            Work.share(chunks) { chunk in
                if cancelled.isSet { return }
                if isCancelled() { cancelled.set(); return }
                var simulation = template
                for draw in chunk * chunkSize..<min(draws, (chunk + 1) * chunkSize) {
                    let state = stateBase + draw
                    if month == 0 || keptBase == nil {
                        // The draw's parameters are the first numbers of its own stream; the stream's
                        // state after them carries on for the market walks.
                        var random = RandomSource(seed: seed &+ UInt64(draw))
                        var drawn = parameters
                        for slot in slots { slot.write(random.uniform(), into: &drawn) }
                        let exogenous = calibrated ? ExogenousDraw(random: &random) : .central
                        simulation.use(drawn, exogenous: exogenous)
                        if month == 0 {
                            state.initialize(to: DrawState(path: SimulationPath(simulation), random: random))
                            keptBase?[draw] = DrawnParameters(values: drawn, exogenous: exogenous)
                        }
                    } else if let keptBase {
                        simulation.use(keptBase[draw].values, exogenous: keptBase[draw].exogenous)
                    }
                    let ring = UnsafeMutableBufferPointer(start: historyBase + draw * history, count: history)
                    simulation.advance(state, netLiquidity: ring, into: columnBase + draw, stride: draws)
                }
            }
            if cancelled.isSet { return nil }
            summary.add(month: month, columns: columns)
            let done = draws * (month + 1) / months
            if done > draws * month / months { progress?(done, draws) }
        }
        return summary.bands(seed: scenario.seed)
    }
}

extension Simulation {
    /// Moves one draw on by a month (its parameters in force): its path advanced, its outputs
    /// recorded one per column (`stride` apart).
    ///
    /// Not inlined, so that the loop's simulation stays in memory: inlined, the compiler split the
    /// local into its fields and put it back together for each call to `advance` (1.4 kB of copies
    /// per draw-month).
    @inline(never)
    fileprivate mutating func advance(_ state: UnsafeMutablePointer<DrawState>,
                                      netLiquidity ring: UnsafeMutableBufferPointer<Double>,
                                      into destination: UnsafeMutablePointer<Double>, stride: Int) {
        let result = advance(&state.pointee.path, netLiquidity: ring)
        state.pointee.record(result, parameters: parameters, into: destination, stride: stride)
    }
}

extension MonteCarlo {
    /// The bytes `run` holds for each draw (scripts/bench's memory rows): its state between months,
    /// its parameters (kept in runs of at most `keptUpTo` draws, else drawn again each month), one
    /// month's outputs, and the net-liquidity ring for a liquidity lag of at most `lag` months over `months`.
    package static func memoryPerDraw(lag: Double, months: Int)
        -> (state: Int, parameters: Int, keptUpTo: Int, columns: Int, history: Int) {
        let parameters = MemoryLayout<DrawnParameters>.stride
        return (MemoryLayout<DrawState>.stride, parameters, keptParametersBudget / parameters,
                Output.allCases.count * 8, SimulationPath.historyLength(forLag: lag, months: months) * 8)
    }
}

/// One draw's parameters and where it sits in the exogenous bands.
struct DrawnParameters {
    var values: ParameterValues
    var exogenous: ExogenousDraw
}

/// One draw between months: its path, its generator (after the parameters) and its market walks.
struct DrawState {
    var path: SimulationPath
    var random: RandomSource
    var walk = Walk()

    /// The random walk of each market series (unit-variance shocks, scaled to months).
    struct Walk {
        var spx = 0.0, ndx = 0.0, btc = 0.0, eth = 0.0, twoYear = 0.0, tenYear = 0.0
    }
}

/// The cancelled flag, shared by the worker threads.
private final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    func set() { lock.lock(); cancelled = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return cancelled }
}
