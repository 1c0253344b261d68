import Testing
@testable import FedModel

import Foundation

/// Guards performance work on the model: fixed-seed Monte Carlo bands and central paths for several
/// scenarios must stay bit-for-bit what they were. Each case is a readable CSV under Golden/ (one row a
/// month, every number in its shortest exact form), so a change shows which output and month moved.
/// Re-record with FEDSH_RECORD_GOLDEN=1 only after reading the diff: an optimisation that changes
/// any number changes what a user sees, and is not an optimisation.
struct ModelGoldenTests {
    struct BandCase: Sendable, CustomStringConvertible {
        let preset: String, horizon: Int, draws: Int, seed: Int
        /// Parameters multiplied by 1.25 and held fixed in the draws.
        let fixed: [String]
        var description: String { "bands-\(preset)-h\(horizon)-d\(draws)-s\(seed)" }
    }

    static let bandCases = [
        BandCase(preset: "baseline", horizon: 12, draws: 500, seed: 1, fixed: []),
        BandCase(preset: "cabana", horizon: 24, draws: 1_000, seed: 7, fixed: []),
        BandCase(preset: "fomc-dec-2025", horizon: 24, draws: 777, seed: 42, fixed: ["btc_beta", "demand_decay"]),
        BandCase(preset: "qt-continues", horizon: 36, draws: 300, seed: 3, fixed: []),
        BandCase(preset: "repo-2019", horizon: 12, draws: 400, seed: 11, fixed: []),
        BandCase(preset: "qe-coupons", horizon: 6, draws: 1, seed: 5, fixed: []),
    ]

    static func scenario(_ preset: String, horizon: Int, draws: Int = 1, seed: Int = 1) -> Scenario {
        var scenario = Preset.named(preset)!.scenario
        scenario.horizon = horizon
        scenario.draws = draws
        scenario.seed = seed
        return scenario
    }

    @Test(arguments: bandCases)
    func monteCarloBandsAreUnchanged(_ entry: BandCase) throws {
        var parameters = ParameterValues.central
        for name in entry.fixed { parameters[keyPath: ModelParameter.named(name)!.keyPath] *= 1.25 }
        let bands = try #require(MonteCarlo.run(
            scenario: Self.scenario(entry.preset, horizon: entry.horizon, draws: entry.draws, seed: entry.seed),
            parameters: parameters, fixed: Set(entry.fixed)))
        try ModelGolden.check(ModelGolden.table(bands, months: entry.horizon + 1), name: entry.description)
    }

    @Test(arguments: Preset.all.map(\.name))
    func centralPathsAreUnchanged(_ preset: String) throws {
        let path = Simulation(scenario: Self.scenario(preset, horizon: 24)).run()
        try ModelGolden.check(ModelGolden.table(path), name: "path-\(preset)-h24")
    }
}

/// The golden tables: CSV text of bands and paths, and the check against Golden/NAME.csv.
enum ModelGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent(name + ".csv")
        if ProcessInfo.processInfo.environment["FEDSH_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        guard text != expected else { return }
        let got = text.split(separator: "\n"), want = expected.split(separator: "\n")
        let header = want.first.map { $0.split(separator: ",").map(String.init) } ?? []
        let row = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
        var detail = "rows \(got.count) vs \(want.count)"
        if row < min(got.count, want.count) {
            let gotCells = got[row].split(separator: ","), wantCells = want[row].split(separator: ",")
            let column = (0..<min(gotCells.count, wantCells.count)).first { gotCells[$0] != wantCells[$0] } ?? 0
            let name = column < header.count ? header[column] : "column \(column)"
            detail = "row \(row) \(name): got \(gotCells[column]), golden \(wantCells[column])"
        }
        Issue.record("\(name).csv differs (\(detail)); re-record with FEDSH_RECORD_GOLDEN=1 after reading the diff",
                     sourceLocation: sourceLocation)
    }

    /// One row a month: each output's p10, p50, p90, then the share of draws in each regime.
    static func table(_ bands: Bands, months: Int) -> String {
        let columns =
            ["month"] + Output.allCases.flatMap { ["\($0.rawValue)_p10", "\($0.rawValue)_p50", "\($0.rawValue)_p90"] }
            + ReserveRegime.allCases.map { "share_\($0.rawValue)" }
        var lines = ["draws \(bands.draws)", columns.joined(separator: ",")]
        for month in 0..<months {
            var cells = [String(month)]
            for output in Output.allCases {
                let band = bands.band(output, month: month)!
                cells += [band.p10, band.p50, band.p90].map { "\($0)" }
            }
            cells += ReserveRegime.allCases.map { "\(bands.regimeShares[month][$0] ?? -1)" }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row a month: every output, every flow in cents, bank assets, GDP and each asset's channels.
    static func table(_ path: [MonthResult]) -> String {
        let flowNames = ["purchases", "treasury_runoff", "mortgage_paydown", "mortgage_reinvested_in_bills",
                         "currency_change", "treasury_account_change", "reverse_repo_change", "standing_repo_change"]
        let assetNames = ["spx", "ndx", "btc", "eth", "y2", "y10"]
        let channelNames = ["surprise", "liquidity", "duration", "stress"]
        let columns = ["month"] + Output.allCases.map(\.rawValue) + flowNames.map { "flow_\($0)_cents" }
            + ["bank_assets", "nominal_gdp"] + assetNames.flatMap { asset in channelNames.map { "\(asset)_\($0)" } }
        var lines = [columns.joined(separator: ",")]
        for (month, result) in path.enumerated() {
            var cells = [String(month)] + Output.allCases.map { "\($0.value(in: result))" }
            let flows = result.flows
            cells += [flows.purchases, flows.treasuryRunoff, flows.mortgagePaydown, flows.mortgageReinvestedInBills,
                      flows.currencyChange, flows.treasuryAccountChange, flows.reverseRepoChange,
                      flows.standingRepoChange].map { "\($0)" }
            cells += ["\(result.bankAssets)", "\(result.nominalGDP)"]
            let assets = result.assets
            for channels in [assets.spx, assets.ndx, assets.btc, assets.eth, assets.twoYear, assets.tenYear] {
                cells += [channels.surprise, channels.liquidity, channels.duration, channels.fundingStress].map {
                    "\($0)"
                }
            }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Monte Carlo's progress callback: called as blocks of draws complete, never past the total,
/// and the bands are the same with or without a listener.
struct MonteCarloProgressTests {
    final class Seen: @unchecked Sendable {
        var reports: [(Int, Int)] = []
    }

    @Test func progressCountsUpToTheDrawsAndChangesNothing() {
        let scenario = ModelGoldenTests.scenario("cabana", horizon: 12, draws: 1_000, seed: 3)
        let seen = Seen()
        let bands = MonteCarlo.run(scenario: scenario, progress: { done, total in seen.reports.append((done, total)) })
        #expect(bands == MonteCarlo.run(scenario: scenario))
        #expect(!seen.reports.isEmpty)
        #expect(seen.reports.allSatisfy { $0.1 == 1_000 && $0.0 > 0 && $0.0 <= 1_000 })
        #expect(zip(seen.reports, seen.reports.dropFirst()).allSatisfy { $0.0 < $1.0 })
    }
}
