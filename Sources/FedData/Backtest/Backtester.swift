import FedModel

/// Runs the model from the data-built start of a day and scores it against the data after it
/// (within the snapshot). Conditional backtests feed the realised securities, TGA, currency and
/// bank assets as inputs, so what remains is the model's own error.
package struct Backtester: Sendable {
    package struct Options: Sendable, Equatable {
        package var months = 6
        package var conditional = true
        /// false: the catalogue's hand-set parameters (the model before calibration), for comparison.
        package var calibrated = true
        package var draws = 500
        package var seed = 1

        package init() {}
    }

    package let library: SeriesLibrary

    package init(library: SeriesLibrary) { self.library = library }

    /// The backtest from `day`; months run only as far as the data (10 Dec 2025 in the snapshot).
    package func run(from day: Day, options: Options = Options()) throws(DataError) -> BacktestResult {
        let realised = RealisedData(library: library, start: day)
        let months = min(options.months, realised.availableMonths)
        guard months >= 1 else {
            throw DataError(file: "WRESBAL", .noObservation(identifier: "WRESBAL", day: day.adding(months: 1)))
        }
        var scenario = Scenario()
        scenario.builtStart = try StartStateBuilder(library: library).build(on: day).state
        if options.calibrated {
            scenario.calibration = try? CalibrationBuilder(library: library).build(on: day).calibration
        }
        scenario.horizon = months
        scenario.draws = options.draws
        scenario.seed = options.seed
        scenario.rateCut = 0
        scenario.expectedCut = 0
        if options.conditional { scenario.realised = try realised.inputs(months: months) }
        let path = Simulation(scenario: scenario).run()
        let bands = MonteCarlo.run(scenario: scenario)!
        var rows: [BacktestResult.Row] = []
        for output in BacktestResult.scored {
            for month in 1...months {
                guard let actual = try realised.value(output, month: month), let band = bands.band(output, month: month)
                else { continue }
                rows.append(.init(output: output, month: month, day: day.adding(months: month), realised: actual,
                                  central: output.value(in: path[month]), p10: band.p10, p90: band.p90))
            }
        }
        return BacktestResult(start: day, options: options, months: months, rows: rows)
    }
}

/// A backtest's scored rows and their summary.
package struct BacktestResult: Sendable {
    /// The outputs the data cover.
    package static let scored: [Output] = [
        .totalAssets, .reserves, .tga, .rrp, .srf, .netLiquidity, .effrSpread, .sofrSpread, .sofrPeak, .tgcrSpread,
        .y2, .y10, .spx, .ndx, .btc, .eth,
    ]

    package struct Row: Sendable, Equatable {
        package var output: Output
        package var month: Int
        package var day: Day
        package var realised: Double
        package var central: Double
        package var p10: Double
        package var p90: Double

        /// Inside p10 … p90, give or take the data's rounding (0.05: $50M, 0.05bp, 0.05%).
        package var inside: Bool { realised >= p10 - 0.05 && realised <= p90 + 0.05 }
        package var error: Double { central - realised }
    }

    package struct Summary: Sendable, Equatable {
        package var output: Output
        package var count: Int
        /// Share of months with the realised value inside p10 … p90.
        package var coverage: Double
        package var meanError: Double
        package var medianAbsoluteError: Double
    }

    package var start: Day
    package var options: Backtester.Options
    package var months: Int
    package var rows: [Row]

    package var summaries: [Summary] {
        Self.scored.compactMap { output in
            let mine = rows.filter { $0.output == output }
            guard !mine.isEmpty else { return nil }
            let absolute = mine.map { abs($0.error) }.sorted()
            return Summary(output: output, count: mine.count,
                           coverage: Double(mine.filter(\.inside).count) / Double(mine.count),
                           meanError: Statistics.mean(mine.map(\.error)),
                           medianAbsoluteError: Statistics.quantile(absolute, 0.5))
        }
    }
}
