import FedData
import FedLanguage
import FedModel
import FedShell
import Foundation

// fedsh-bench: the in-process half of scripts/bench. Prints one JSON object with every sample;
// scripts/bench computes medians and spreads, adds the start-up and whole-process figures, and
// prints the table. `--quick` takes few samples (the smoke test in scripts/test); `--only NAME`
// runs one measure (for profiling with perf or callgrind).

let arguments = CommandLine.arguments
func scenario(purchases: Double, horizon: Int, draws: Int = 1) -> Scenario {
    var scenario = Preset.named("baseline")!.scenario
    scenario.purchases = purchases
    scenario.horizon = horizon
    scenario.draws = draws
    return scenario
}
if arguments.contains("--model-json") {
    print(ModelDescription.json(scenario(purchases: 45, horizon: 24, draws: 10_000)))
    exit(0)
}
if let flag = arguments.firstIndex(of: "--bands-json") {
    // An optional seed after the flag (default: the scenario's).
    var bench = scenario(purchases: 45, horizon: 24, draws: 10_000)
    if arguments.indices.contains(flag + 1), let seed = Int(arguments[flag + 1]) { bench.seed = seed }
    print(ModelDescription.bandsJSON(bench))
    exit(0)
}
if arguments.contains("--memory-per-draw") {
    // Bytes per draw of the Monte Carlo at 60 months with the catalogue's longest liquidity lag.
    let memory = MonteCarlo.memoryPerDraw(lag: ModelParameter.named("liquidity_lag")!.high, months: 61)
    print("{\"state\": \(memory.state), \"parameters\": \(memory.parameters), \"kept_up_to\": \(memory.keptUpTo), "
          + "\"columns\": \(memory.columns), \"history\": \(memory.history)}")
    exit(0)
}
if arguments.contains("--checksums") {
    BandChecksums.printAll()
    exit(0)
}
let quick = arguments.contains("--quick")
// `--samples N` overrides the sample count of the Monte Carlo measure (the numpy comparison
// alternates short runs of both).
let bandSamples = arguments.firstIndex(of: "--samples")
    .flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }
let only = arguments.firstIndex(of: "--only").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
var stopwatch = Stopwatch()
stopwatch.warmUp = !quick
var measures: [Stopwatch.Measure] = []
// Every result feeds this sum, so the optimiser cannot drop the work being timed.
var sink = 0.0


func wanted(_ name: String) -> Bool { only == nil || only == name }

// `set` through the session (parse, convert, check, log, undo step), then the deterministic
// 12-month central simulation of the scenario the session now holds.
let session = Session(output: DiscardingOutput())
let setLines = (0..<100).map { SourceText(origin: .file, name: "bench", text: "set purchases \($0)B/month") }
if wanted("set_and_central_eval") {
    measures.append(
        stopwatch.measure("set_and_central_eval", unit: "us", batch: quick ? 200 : 2_000, samples: quick ? 3 : 21) {
            index in
            session.run(setLines[index % setLines.count])
            let path = Simulation(scenario: session.scenarioInForce, parameters: session.parametersInForce).run()
            sink += path[path.count - 1].balanceSheet.reserves
        })
}
if wanted("set_only") {
    measures.append(
        stopwatch.measure("set_only", unit: "us", batch: quick ? 200 : 2_000, samples: quick ? 3 : 21) { index in
            session.run(setLines[index % setLines.count])
        })
}
if wanted("central_simulation_12m") {
    let central = scenario(purchases: 45, horizon: 12)
    measures.append(
        stopwatch.measure("central_simulation_12m", unit: "us", batch: quick ? 200 : 5_000, samples: quick ? 3 : 21) {
            _ in
            let path = Simulation(scenario: central).run()
            sink += path[path.count - 1].balanceSheet.reserves
        })
}

// Monte Carlo bands: one scenario, 10,000 draws, 24 months, on every core.
if wanted("bands_10000x24") {
    let bandsScenario = scenario(purchases: 45, horizon: 24, draws: 10_000)
    measures.append(stopwatch.measure("bands_10000x24", unit: "ms", samples: bandSamples ?? (quick ? 1 : 15)) { _ in
        let bands = MonteCarlo.run(scenario: bandsScenario)!
        sink += bands.band(.reserves, month: 24)!.p50
    })
}

// The largest run `set draws` allows, 100,000 draws × 60 months: only on request (--only), for profiling.
if only == "bands_100000x60" {
    let largest = scenario(purchases: 45, horizon: 60, draws: 100_000)
    measures.append(stopwatch.measure("bands_100000x60", unit: "ms", samples: bandSamples ?? 3) { _ in
        sink += MonteCarlo.run(scenario: largest)!.band(.reserves, month: 60)!.p50
    })
}

// A sweep: 1,000 central simulations across purchases 0…999B/month at 12 months.
if wanted("sweep_1000x12") {
    let sweepScenarios = (0..<1_000).map { scenario(purchases: Double($0), horizon: 12) }
    measures.append(stopwatch.measure("sweep_1000x12", unit: "ms", samples: quick ? 2 : 21) { _ in
        for point in sweepScenarios {
            let path = Simulation(scenario: point).run()
            sink += path[path.count - 1].balanceSheet.reserves
        }
    })
}

// What `solve` does: a bisection on purchases for reserves of 3,400B at month 12, 30 central runs.
if wanted("solve_bisection_30") {
    let batch = quick ? 2 : 20
    measures.append(stopwatch.measure("solve_bisection_30", unit: "ms", batch: batch, samples: quick ? 2 : 21) { _ in
        var low = 0.0, high = 200.0
        for _ in 0..<30 {
            let middle = (low + high) / 2
            let path = Simulation(scenario: scenario(purchases: middle, horizon: 12)).run()
            let reserves = path[path.count - 1].balanceSheet.reserves
            if reserves < 3_400 { low = middle } else { high = middle }
        }
        sink += low
    })
}

// Reading the whole shipped snapshot (46 files) with CSV.swift, and a start state built from it.
if wanted("read_snapshot") {
    measures.append(stopwatch.measure("read_snapshot", unit: "ms", samples: quick ? 2 : 15) { _ in
        let library = SeriesLibrary(importFolder: nil)
            for entry in library.entries() {
                sink += Double((try? library.series(entry.identifier))??.observations.count ?? 0)
            }
    })
}
if wanted("start_state_from_data") {
    let library = SeriesLibrary(importFolder: nil)
    _ = try? StartStateBuilder(library: library).build(on: .snapshotEnd)
    measures.append(
        stopwatch.measure("start_state_from_data", unit: "us", batch: quick ? 10 : 200, samples: quick ? 3 : 21) { _ in
            sink += (try? StartStateBuilder(library: library).build(on: .snapshotEnd))?.state.reserves ?? 0
        })
}

print("{\"quick\": \(quick), \"sink\": \(sink.isFinite ? String(sink) : "0"), \"measures\": [")
print(measures.map { "  " + $0.json }.joined(separator: ",\n"))
print("]}")
