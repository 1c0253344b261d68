import FedModel

/// The stated rules for figures the published lines do not give directly on every day.
extension StartStateBuilder {
    typealias Derived = (amount: Int64, source: StartFigure.Source, inputs: [StartFigure.Input])

    func observed(_ identifier: String, on day: Day) throws(DataError) -> (value: Double, input: StartFigure.Input) {
        guard let series = try library.series(identifier), let observation = series.latest(onOrBefore: day),
              let value = observation.value
        else { throw DataError(file: identifier, .noObservation(identifier: identifier, day: day)) }
        return (value, StartFigure.Input(identifier: series.identifier, day: observation.day))
    }

    /// A money series' value in cents (from its catalogue unit; millions where the id is unknown).
    func cents(_ identifier: String, on day: Day) throws(DataError) -> (cents: Int64, input: StartFigure.Input) {
        let (value, input) = try observed(identifier, on: day)
        let dollarsPerUnit = (SeriesDescription.named(identifier)?.unit.billionsPerUnit ?? 0.001) * 1e9
        return (Int64((value * dollarsPerUnit * 100).rounded()), input)
    }

    /// Bills: the H.4.1 line (`WSHOBL`) if imported, else the NY Fed's SOMA bills of the same week;
    /// after the SOMA series ends, its last value carried forward (bills held stayed near $195B under
    /// QT from 2024: 195.2 on 12 Jun 2024, 195.5 on 15 Oct 2025; runoff came from coupons).
    func billsHeld(on day: Day, treasuriesDay: Day) throws(DataError) -> Derived {
        for identifier in ["WSHOBL", "SOMA_BILLS"] {
            guard let (amount, input) = try? cents(identifier, on: day) else { continue }
            if treasuriesDay.ordinal - input.day.ordinal <= 3 {
                return (amount, .series(identifier: input.identifier, day: input.day), [input])
            }
            if identifier == "SOMA_BILLS" {
                let rule = "SOMA_BILLS of \(input.day) carried forward (bills held were flat under QT; "
                    + "import WSHOBL for the H.4.1 line)"
                return (amount, .derived(rule: rule, inputs: [input]), [input])
            }
        }
        throw DataError(file: "SOMA_BILLS", .noObservation(identifier: "SOMA_BILLS", day: day))
    }

    /// Nominal GDP (SAAR) if `GDP` is imported; otherwise H.8 bank assets times the ratio of
    /// dec-2025's assumed GDP to its bank assets, to $0.1B.
    func nominalGDP(on day: Day, bankAssets: Int64, bankInput: StartFigure.Input) -> Derived {
        if let (amount, input) = try? cents("GDP", on: day) {
            return (amount, .series(identifier: input.identifier, day: input.day), [input])
        }
        let december = StartState.december2025
        let billions = Double(bankAssets) / StartSheet.centsPerBillion * december.nominalGDP / december.bankAssets
        let amount = Int64(((billions * 10).rounded() / 10 * StartSheet.centsPerBillion).rounded())
        let rule = "not in the data: bank assets × \(Int(december.nominalGDP)) / \(december.bankAssets) "
            + "(dec-2025's assumed GDP over its bank assets); import GDP to replace"
        return (amount, .derived(rule: rule, inputs: [bankInput]), [bankInput])
    }

    /// The ON RRP award rate of the week; after that series ends, the bottom of the target range
    /// (where the ON RRP rate has been set since 19 Dec 2024; it was 5bp above it before).
    func reverseRepoRate(on day: Day, bottom: (value: Double, input: StartFigure.Input)) -> (
        value: Double?, source: StartFigure.Source
    ) {
        if let (value, input) = try? observed("RRPONTSYAWARD", on: day), day.ordinal - input.day.ordinal <= 7 {
            return (value, .series(identifier: input.identifier, day: input.day))
        }
        if day >= Day(year: 2024, month: 12, day: 19)! {
            return (bottom.value, .derived(rule: "bottom of the target range (the ON RRP rate since 19 Dec 2024)",
                                           inputs: [bottom.input]))
        }
        return (nil, .derived(rule: "no ON RRP award rate in the data for the week", inputs: []))
    }
}

/// The start state's money lines in whole cents while it is being built.
struct StartSheet {
    static let centsPerBillion = 100_000_000_000.0
    private var cents: [StartFigure.Line: Int64] = [:]

    subscript(line: StartFigure.Line) -> Int64 {
        get { cents[line] ?? 0 }
        set { cents[line] = newValue }
    }

    func billions(_ line: StartFigure.Line) -> Double { Double(self[line]) / Self.centsPerBillion }

    /// Currency, TGA, ON RRP and other liabilities.
    var listedLiabilities: Int64 {
        self[.currency] + self[.treasuryGeneralAccount] + self[.overnightReverseRepo] + self[.otherLiabilities]
    }
}
