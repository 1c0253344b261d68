import Testing
@testable import FedModel

/// Guards performance work on the model: fixed-seed Monte Carlo bands and central paths for several
/// scenarios must stay bit-for-bit what they were before any optimisation. The constants were
/// captured from the unoptimised code (commit fd69af6); an optimisation that changes any of them
/// changes a number a user sees, and is not an optimisation.
struct ModelChecksumTests {
    /// (preset, horizon, draws, seed, fixed parameters) → checksum of every band and regime share.
    static let bandCases: [(preset: String, horizon: Int, draws: Int, seed: Int, fixed: [String], checksum: UInt64)] = [
        ("baseline", 12, 500, 1, [], 18053103466676879095),
        ("cabana", 24, 1_000, 7, [], 6165843806565176269),
        ("fomc-dec-2025", 24, 777, 42, ["btc_beta", "demand_decay"], 4802006386817696415),
        ("qt-continues", 36, 300, 3, [], 1902492325796984834),
        ("repo-2019", 12, 400, 11, [], 768855865079420174),
        ("qe-coupons", 6, 1, 5, [], 8533711362345743132),
    ]

    /// Preset → checksum of every output, flow and channel of the central path (24 months).
    static let pathCases: [(preset: String, checksum: UInt64)] = [
        ("baseline", 17323730816045760954),
        ("cabana", 4097574534563732232),
        ("evercore", 3168179967734624974),
        ("fomc-dec-2025", 2896294372912972021),
        ("qt-continues", 13317288359971653021),
        ("hawkish-hold", 3603210856146431762),
        ("qe-coupons", 16046134008233436558),
        ("repo-2019", 194105045995252650),
    ]

    static func scenario(_ preset: String, horizon: Int, draws: Int = 1, seed: Int = 1) -> Scenario {
        var scenario = Preset.named(preset)!.scenario
        scenario.horizon = horizon
        scenario.draws = draws
        scenario.seed = seed
        return scenario
    }

    @Test(arguments: bandCases.indices)
    func monteCarloBandsAreUnchanged(index: Int) {
        let entry = Self.bandCases[index]
        var parameters = ParameterValues.central
        for name in entry.fixed { parameters[keyPath: ModelParameter.named(name)!.keyPath] *= 1.25 }
        let bands = MonteCarlo.run(
            scenario: Self.scenario(entry.preset, horizon: entry.horizon, draws: entry.draws, seed: entry.seed),
            parameters: parameters, fixed: Set(entry.fixed))!
        let checksum = ModelChecksum.of(bands, months: entry.horizon + 1)
        #expect(checksum == entry.checksum, "\(entry.preset): \(checksum)")
    }

    @Test(arguments: pathCases.indices)
    func centralPathsAreUnchanged(index: Int) {
        let entry = Self.pathCases[index]
        let path = Simulation(scenario: Self.scenario(entry.preset, horizon: 24)).run()
        let checksum = ModelChecksum.of(path)
        #expect(checksum == entry.checksum, "\(entry.preset): \(checksum)")
    }
}

/// FNV-1a over the bit patterns of numbers, in a fixed order.
enum ModelChecksum {
    static func of(_ bands: Bands, months: Int) -> UInt64 {
        var hash = Hasher64()
        hash.add(Double(bands.draws))
        for output in Output.allCases {
            for month in 0..<months {
                let band = bands.band(output, month: month)!
                hash.add(band.p10)
                hash.add(band.p50)
                hash.add(band.p90)
            }
        }
        for shares in bands.regimeShares {
            for regime in ReserveRegime.allCases { hash.add(shares[regime] ?? -1) }
        }
        return hash.value
    }

    static func of(_ path: [MonthResult]) -> UInt64 {
        var hash = Hasher64()
        for result in path {
            for output in Output.allCases { hash.add(output.value(in: result)) }
            let flows = result.flows
            for cents in [flows.purchases, flows.treasuryRunoff, flows.mortgagePaydown, flows.mortgageReinvestedInBills,
                          flows.currencyChange, flows.treasuryAccountChange, flows.reverseRepoChange,
                          flows.standingRepoChange] {
                hash.add(UInt64(bitPattern: cents))
            }
            hash.add(result.bankAssets)
            hash.add(result.nominalGDP)
            let assets = result.assets
            for channels in [assets.spx, assets.ndx, assets.btc, assets.eth, assets.twoYear, assets.tenYear] {
                hash.add(channels.surprise)
                hash.add(channels.liquidity)
                hash.add(channels.duration)
                hash.add(channels.fundingStress)
            }
        }
        return hash.value
    }

    struct Hasher64 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ number: Double) { add(number.bitPattern) }
        mutating func add(_ bits: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) {
                value ^= (bits >> UInt64(shift)) & 0xff
                value &*= 0x100_0000_01b3
            }
        }
    }
}

/// Monte Carlo's progress callback: called as blocks of draws complete, never past the total,
/// and the bands are the same with or without a listener.
struct MonteCarloProgressTests {
    final class Seen: @unchecked Sendable {
        var reports: [(Int, Int)] = []
    }

    @Test func progressCountsUpToTheDrawsAndChangesNothing() {
        let scenario = ModelChecksumTests.scenario("cabana", horizon: 12, draws: 1_000, seed: 3)
        let seen = Seen()
        let bands = MonteCarlo.run(scenario: scenario, progress: { done, total in seen.reports.append((done, total)) })
        #expect(bands == MonteCarlo.run(scenario: scenario))
        #expect(!seen.reports.isEmpty)
        #expect(seen.reports.allSatisfy { $0.1 == 1_000 && $0.0 > 0 && $0.0 <= 1_000 })
        #expect(zip(seen.reports, seen.reports.dropFirst()).allSatisfy { $0.0 < $1.0 })
    }
}
