import FedModel

/// `fedsh-bench --checksums`: one FNV-1a checksum per case of every band's bit pattern and regime
/// share, for showing that a change to the Monte Carlo leaves its numbers bit-for-bit the same at
/// sizes the golden tables do not reach (10,000 draws and more reach the deeper levels of the bucket selection).
enum BandChecksums {
    static let sizes = [(10_000, 24), (5_000, 60), (4_096, 12), (20_000, 3), (777, 7), (2_000, 60), (100_000, 12)]

    static func printAll() {
        for preset in Preset.all.map(\.name) {
            for (draws, horizon) in sizes {
                if draws == 100_000 && preset != "baseline" && preset != "repo-2019" { continue }
                var scenario = Preset.named(preset)!.scenario
                scenario.draws = draws
                scenario.horizon = horizon
                scenario.seed = draws + horizon
                print("\(preset) \(draws)x\(horizon) \(hex(MonteCarlo.run(scenario: scenario)!, months: horizon + 1))")
            }
        }
        var scenario = Preset.named("cabana")!.scenario
        scenario.draws = 10_000
        scenario.horizon = 24
        var parameters = ParameterValues.central
        let fixed = ["btc_beta", "demand_decay", "liquidity_lag", "vol_spx"]
        for name in fixed { parameters[keyPath: ModelParameter.named(name)!.keyPath] *= 1.25 }
        let bands = MonteCarlo.run(scenario: scenario, parameters: parameters, fixed: Set(fixed))!
        print("cabana-fixed 10000x24 \(hex(bands, months: 25))")
    }

    static func hex(_ bands: Bands, months: Int) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ value: Double) {
            var bits = value.bitPattern
            for _ in 0..<8 { hash = (hash ^ (bits & 0xff)) &* 0x100_0000_01b3; bits >>= 8 }
        }
        for output in Output.allCases {
            for month in 0..<months {
                let band = bands.band(output, month: month)!
                mix(band.p10); mix(band.p50); mix(band.p90)
            }
        }
        for month in 0..<months {
            for regime in ReserveRegime.allCases { mix(bands.regimeShares[month][regime] ?? -1) }
        }
        return String(hash, radix: 16)
    }
}
