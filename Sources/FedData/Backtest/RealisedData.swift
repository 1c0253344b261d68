import FedModel

/// What happened after a start day, month by month (month m ends m calendar months after it), read
/// from the library: the backtest's inputs and the values it scores against.
struct RealisedData {
    let library: SeriesLibrary
    let start: Day

    /// Whole months between the start and the end of the reserves data.
    var availableMonths: Int {
        guard let last = (try? library.series("WRESBAL"))??.last else { return 0 }
        var months = 0
        while start.adding(months: months + 1) <= last { months += 1 }
        return months
    }

    func inputs(months: Int) throws(DataError) -> RealisedInputs {
        func path(_ value: (Day) throws(DataError) -> Double) throws(DataError) -> [Double] {
            var values: [Double] = []
            for month in 0...months { values.append(try value(start.adding(months: month))) }
            return values
        }
        return RealisedInputs(
            securities: try path { day throws(DataError) in try level("TREAST", day) + level("WSHOMCB", day) },
            otherAssets: try path { day throws(DataError) in
                let repo = day >= StartStateBuilder.standingRepoFacilityStart ? try level("H41RESPPALGTRONWW", day) : 0
                return try level("WALCL", day) - level("TREAST", day) - level("WSHOMCB", day) - repo
            },
            treasuryGeneralAccount: try path { day throws(DataError) in try level("WDTGAL", day) },
            currency: try path { day throws(DataError) in try level("WCICL", day) },
            bankAssets: try path { day throws(DataError) in try level("TLAACBW027SBOG", day) })
    }

    /// The realised value of an output at month `month`; nil where the data have none.
    func value(_ output: Output, month: Int) throws(DataError) -> Double? {
        let day = start.adding(months: month), previous = start.adding(months: month - 1)
        func optional(_ identifier: String, _ on: Day) -> Double? { try? level(identifier, on) }
        switch output {
        case .totalAssets: return optional("WALCL", day)
        case .reserves: return optional("WRESBAL", day)
        case .tga: return optional("WDTGAL", day)
        case .rrp: return optional("WLRRAOL", day)
        case .srf:
            return day >= StartStateBuilder.standingRepoFacilityStart ? optional("H41RESPPALGTRONWW", day) : nil
        case .netLiquidity:
            guard let assets = optional("WALCL", day), let tga = optional("WDTGAL", day),
                  let reverseRepo = optional("WLRRAOL", day) else { return nil }
            // The model's net liquidity leaves out the overnight SRF loans (strain, not liquidity).
            let repo = day >= StartStateBuilder.standingRepoFacilityStart ? optional("H41RESPPALGTRONWW", day) ?? 0 : 0
            return assets - repo - tga - reverseRepo
        case .effrSpread: return try spreads("EFFR", after: previous, through: day).map(Statistics.mean)
        case .sofrSpread: return try spreads("SOFR", after: previous, through: day).map(Statistics.mean)
        case .sofrPeak: return try spreads("SOFR", after: previous, through: day).flatMap { $0.max() }
        case .tgcrSpread: return try spreads("TGCR", after: previous, through: day).map(Statistics.mean)
        case .y2, .y10:
            let identifier = output == .y2 ? "DGS2" : "DGS10"
            guard let now = optional(identifier, day), let then = optional(identifier, start) else { return nil }
            return (now - then) * 100
        case .spx, .ndx, .btc, .eth:
            let identifier = [Output.spx: "SP500", .ndx: "NASDAQCOM", .btc: "BTC-USD", .eth: "ETH-USD"][output]!
            guard let now = optional(identifier, day), let then = optional(identifier, start), then > 0,
                let series = try library.series(identifier), let first = series.first, first <= start
            else { return nil }
            return (now / then - 1) * 100
        default: return nil
        }
    }

    /// The last value on or before `day`, in $B for money; throws when there is none.
    private func level(_ identifier: String, _ day: Day) throws(DataError) -> Double {
        guard let series = try library.series(identifier), let observation = series.latest(onOrBefore: day),
              let value = observation.value, day.ordinal - observation.day.ordinal <= 10
        else { throw DataError(file: identifier, .noObservation(identifier: identifier, day: day)) }
        return value * (SeriesDescription.named(identifier)?.unit.billionsPerUnit ?? 1)
    }

    /// Daily (rate − interest on reserves) in bp for the days after `after` through `through`; nil if none.
    private func spreads(_ identifier: String, after: Day, through: Day) throws(DataError) -> [Double]? {
        guard let series = try library.series(identifier) else { return nil }
        let reserveRate = try ReserveRate(library: library, through: through)
        let values = series.observations(from: after.adding(days: 1), through: through).compactMap { observation in
            observation.value.flatMap { value in reserveRate.rate(on: observation.day).map { (value - $0) * 100 } }
        }
        return values.isEmpty ? nil : values
    }
}

extension Day {
    /// The same day `months` calendar months later (the month's last day where it is shorter).
    package func adding(months: Int) -> Day {
        let (year, month, day) = components
        let index = year * 12 + month - 1 + months
        for candidate in stride(from: day, through: min(day, 28), by: -1) {
            if let result = Day(year: index / 12, month: index % 12 + 1, day: candidate) { return result }
        }
        return Day(year: index / 12, month: index % 12 + 1, day: 28)!
    }
}
