/// Weekly observations (weeks ending Wednesday) of reserves, bank assets and the money-market spreads,
/// from the data on or before a day: what the reserve-demand and repo fits use.
struct WeeklyPanel {
    struct Week {
        var day: Day
        /// Reserves (WRESBAL) over bank assets (TLAACBW027SBOG), %.
        var ratio: Double
        /// Week means of EFFR − IORB (IOER before 29 Jul 2021) and SOFR − EFFR (bp); SOFR − EFFR is nil before SOFR.
        var fundsSpread: Double
        var repoOverFunds: Double?
    }

    var weeks: [Week]

    init(library: SeriesLibrary, through day: Day) throws(DataError) {
        let reserves = try Self.values("WRESBAL", library, through: day)
        let bankAssets = try Self.dictionary("TLAACBW027SBOG", library, through: day)
        let funds = try Self.dictionary("EFFR", library, through: day)
        let repo = (try? Self.dictionary("SOFR", library, through: day)) ?? [:]
        let reserveRate = try ReserveRate(library: library, through: day)
        weeks = []
        for (week, reservesBillions) in reserves {
            guard let assets = bankAssets[week], assets > 0 else { continue }
            var spreads: [Double] = [], repoSpreads: [Double] = []
            for offset in 0..<7 {
                let date = week.adding(days: -offset)
                guard let effr = funds[date], let rate = reserveRate.rate(on: date) else { continue }
                spreads.append((effr - rate) * 100)
                if let sofr = repo[date] { repoSpreads.append((sofr - effr) * 100) }
            }
            guard !spreads.isEmpty else { continue }
            weeks.append(Week(day: week, ratio: reservesBillions / assets * 100,
                              fundsSpread: Statistics.mean(spreads),
                              repoOverFunds: repoSpreads.isEmpty ? nil : Statistics.mean(repoSpreads)))
        }
    }

    /// A series' valued observations on or before `day`, in $B where it is money.
    static func values(_ identifier: String, _ library: SeriesLibrary, through day: Day) throws(DataError) -> [(
        Day, Double
    )] {
        guard let series = try library.series(identifier) else {
            throw DataError(file: identifier, .noObservation(identifier: identifier, day: day))
        }
        let scale = SeriesDescription.named(identifier)?.unit.billionsPerUnit ?? 1
        return series.observations(from: nil, through: day).compactMap { observation in
            observation.value.map { (observation.day, $0 * scale) }
        }
    }

    static func dictionary(_ identifier: String, _ library: SeriesLibrary, through day: Day) throws(DataError) -> [Day:
        Double]
    {
        Dictionary(try values(identifier, library, through: day), uniquingKeysWith: { _, last in last })
    }
}

/// Interest on reserves by day: IORB from 29 Jul 2021, IOER before.
struct ReserveRate {
    private let interestOnExcessReserves: [Day: Double]
    private let interestOnReserveBalances: [Day: Double]

    init(library: SeriesLibrary, through day: Day) throws(DataError) {
        interestOnExcessReserves = try WeeklyPanel.dictionary("IOER", library, through: day)
        interestOnReserveBalances = day >= StartStateBuilder.interestOnReserveBalancesStart
            ? try WeeklyPanel.dictionary("IORB", library, through: day) : [:]
    }

    func rate(on day: Day) -> Double? {
        day >= StartStateBuilder.interestOnReserveBalancesStart
            ? interestOnReserveBalances[day] : interestOnExcessReserves[day]
    }

    /// Which series gives the rate on `day`.
    static func identifier(on day: Day) -> String {
        day >= StartStateBuilder.interestOnReserveBalancesStart ? "IORB" : "IOER"
    }
}
