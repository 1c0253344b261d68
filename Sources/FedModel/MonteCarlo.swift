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

    /// Runs `scenario.draws` draws. `fixed` names parameters held at their value in `parameters`
    /// (a user's override). Returns nil when `isCancelled` turns true. `progress`, if given, hears
    /// (draws done, draws in all) from the calling thread as months complete, counting a draw as
    /// done in proportion to its months.
    package static func run(
        scenario: Scenario, parameters: ParameterValues? = nil, fixed: Set<String> = [],
        isCancelled: @Sendable () -> Bool = { false },
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
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
        let netLiquidity = UnsafeMutableBufferPointer<Double>.allocate(capacity: draws * history)
        // One month: column o holds draws 0..<draws at o · draws.
        let columns = UnsafeMutableBufferPointer<Double>.allocate(capacity: draws * outputs.count)
        // States and history hold plain numbers only, so they need no deinitialisation.
        defer { states.deallocate(); netLiquidity.deallocate(); columns.deallocate() }
        nonisolated(unsafe) let stateBase = states.baseAddress!
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
                    if month == 0 {
                        var random = RandomSource(seed: seed &+ UInt64(draw))
                        var drawn = parameters
                        for slot in slots { slot.write(random.uniform(), into: &drawn) }
                        let exogenous = calibrated ? ExogenousDraw(random: &random) : .central
                        simulation.use(drawn, exogenous: exogenous)
                        state.initialize(to: DrawState(parameters: drawn, exogenous: exogenous,
                                                       path: SimulationPath(simulation), random: random))
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
    /// Moves one draw on by a month: its parameters in force, its path advanced, its outputs
    /// recorded one per column (`stride` apart).
    ///
    /// Not inlined, so that the loop's simulation stays in memory: inlined, the compiler split the
    /// local into its fields and put it back together for each call to `advance` (1.4 kB of copies
    /// per draw-month).
    @inline(never)
    fileprivate mutating func advance(_ state: UnsafeMutablePointer<DrawState>,
                                      netLiquidity ring: UnsafeMutableBufferPointer<Double>,
                                      into destination: UnsafeMutablePointer<Double>, stride: Int) {
        use(state.pointee.parameters, exogenous: state.pointee.exogenous)
        let result = advance(&state.pointee.path, netLiquidity: ring)
        state.pointee.record(result, month: result.month, into: destination, stride: stride)
    }
}

/// One draw between months: its parameters, its path, its generator and its market walks.
struct DrawState {
    var parameters: ParameterValues
    var exogenous: ExogenousDraw
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
