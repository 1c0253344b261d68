import Foundation

/// Times a piece of work repeatedly with `ContinuousClock` and keeps every sample, so the caller
/// can report a median and a spread instead of one lucky (or unlucky) run.
struct Stopwatch {
    /// One measured quantity: samples in `unit` (each the mean over `batch` iterations).
    struct Measure {
        var name: String
        var unit: String
        var batch: Int
        var samples: [Double]
        /// CPU time of the whole process (every thread) per iteration, in `unit`.
        var cpuSamples: [Double] = []

        var median: Double { samples.sorted()[samples.count / 2] }

        var json: String {
            let values = samples.map { String($0) }.joined(separator: ", ")
            let cpu = cpuSamples.map { String($0) }.joined(separator: ", ")
            return "{\"name\": \"\(name)\", \"unit\": \"\(unit)\", \"batch\": \(batch), \"samples\": [\(values)], "
                + "\"cpu_samples\": [\(cpu)]}"
        }
    }

    private let clock = ContinuousClock()
    /// Whether to run one batch untimed first (off for the quick smoke test).
    var warmUp = true

    /// Runs `body` `batch` times per sample, `samples` times after a warm-up batch; each sample is
    /// the mean per iteration, scaled to `unit` ("us", "ms" or "s").
    func measure(_ name: String, unit: String, batch: Int = 1, samples: Int, _ body: (Int) -> Void) -> Measure {
        let scale: Double = switch unit {
        case "us": 1e6
        case "ms": 1e3
        default: 1
        }
        if warmUp { for iteration in 0..<batch { body(iteration) } }
        var results: [Double] = [], cpu: [Double] = []
        results.reserveCapacity(samples)
        for sample in 0..<samples {
            let cpuBefore = Self.processorSeconds()
            let elapsed = clock.measure {
                for iteration in 0..<batch { body(sample &* batch &+ iteration) }
            }
            results.append(Self.seconds(elapsed) * scale / Double(batch))
            cpu.append((Self.processorSeconds() - cpuBefore) * scale / Double(batch))
        }
        return Measure(name: name, unit: unit, batch: batch, samples: results, cpuSamples: cpu)
    }

    /// CPU time the process has used so far, on every thread (seconds).
    static func processorSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
