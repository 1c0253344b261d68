import FedModel

/// Builds the model's start state for a day from the last observation of each series on or before
/// it. Money is summed in whole cents, so the balance-sheet identity holds exactly; what published
/// lines do not account for is the reported `residual` line.
package struct StartStateBuilder: Sendable {
    package let library: SeriesLibrary

    package init(library: SeriesLibrary) { self.library = library }

    /// Figures the data cannot give (market levels before their series begin) come from `fallback`,
    /// labelled as assumptions.
    package func build(on day: Day, name: String? = nil, title: String? = nil,
                       fallback: StartState = .september2019) throws(DataError) -> StartStateReport {
        var figures: [StartFigure] = []
        var sheet = StartSheet()

        func observed(_ identifier: String) throws(DataError) -> (value: Double, input: StartFigure.Input) {
            try self.observed(identifier, on: day)
        }
        func cents(_ identifier: String) throws(DataError) -> (cents: Int64, input: StartFigure.Input) {
            try self.cents(identifier, on: day)
        }
        func add(_ line: StartFigure.Line, _ value: Double?, _ source: StartFigure.Source) {
            figures.append(StartFigure(line: line, value: value, source: source))
        }
        func addMoney(_ line: StartFigure.Line, _ amount: Int64, _ source: StartFigure.Source) {
            sheet[line] = amount
            add(line, Double(amount) / StartSheet.centsPerBillion, source)
        }
        func observedMoney(_ line: StartFigure.Line, _ identifier: String) throws(DataError) -> (
            Int64, StartFigure.Input
        ) {
            let (amount, input) = try cents(identifier)
            addMoney(line, amount, .series(identifier: input.identifier, day: input.day))
            return (amount, input)
        }

        // Assets
        let total = try cents("WALCL"), treasuries = try cents("TREAST")
        let bills = try billsHeld(on: day, treasuriesDay: treasuries.input.day)
        addMoney(.bills, bills.amount, bills.source)
        addMoney(.coupons, treasuries.cents - bills.amount,
                 .derived(rule: "Treasuries held (TREAST) less bills", inputs: [treasuries.input] + bills.inputs))
        let (mortgages, mortgageInput) = try observedMoney(.mortgageBackedSecurities, "WSHOMCB")
        let facilityExists = day >= Self.standingRepoFacilityStart
        var repo: Int64 = 0
        if facilityExists {
            (repo, _) = try observedMoney(.standingRepoLoans, "H41RESPPALGTRONWW")
        } else {
            addMoney(
                .standingRepoLoans, 0,
                .derived(
                    rule: "no Standing Repo Facility before 28 Jul 2021; repo operations "
                        + "are in other assets", inputs: []))
        }
        addMoney(.otherAssets, total.cents - treasuries.cents - mortgages - repo,
                 .derived(rule: "total assets (WALCL) less Treasuries, MBS and SRF loans",
                          inputs: [total.input, treasuries.input, mortgageInput]))
        add(
            .totalAssets, Double(total.cents) / StartSheet.centsPerBillion,
            .series(identifier: "WALCL", day: total.input.day))

        // Liabilities
        _ = try observedMoney(.currency, "WCICL")
        _ = try observedMoney(.treasuryGeneralAccount, "WDTGAL")
        _ = try observedMoney(.overnightReverseRepo, "WLRRAOL")
        let foreignRepo = try cents("WLRRAFOIAL"), foreignDeposits = try cents("WDFOL"),
            otherDeposits = try cents("WLODL")
        addMoney(.otherLiabilities, foreignRepo.cents + foreignDeposits.cents + otherDeposits.cents,
                 .derived(rule: "foreign official reverse repos + foreign official deposits + other deposits",
                          inputs: [foreignRepo.input, foreignDeposits.input, otherDeposits.input]))
        let (reserves, reservesInput) = try observedMoney(.reserves, "WRESBAL")
        let listed = sheet.listedLiabilities + reserves
        addMoney(.residual, total.cents - listed,
                 .derived(rule: "total assets less every listed liability and reserves (capital, the deferred asset, "
                               + "unlisted lines, week-average reserves against Wednesday levels)",
                          inputs: [total.input, reservesInput]))
        _ = try? observedMoney(.reservesWednesday, "WRBWFRBL")

        // Banks and the economy
        let (bankAssets, bankInput) = try observedMoney(.bankAssets, "TLAACBW027SBOG")
        let gdp = nominalGDP(on: day, bankAssets: bankAssets, bankInput: bankInput)
        addMoney(.nominalGDP, gdp.amount, gdp.source)

        // Corridor
        let top = try observed("DFEDTARU"), bottom = try observed("DFEDTARL")
        add(.targetRangeTop, top.value, .series(identifier: top.input.identifier, day: top.input.day))
        add(.targetRangeBottom, bottom.value, .series(identifier: bottom.input.identifier, day: bottom.input.day))
        let reserveRate = try observed(day >= Self.interestOnReserveBalancesStart ? "IORB" : "IOER")
        add(
            .interestOnReserves, reserveRate.value,
            .series(identifier: reserveRate.input.identifier, day: reserveRate.input.day))
        // A decision that took effect the next day (the start is a decision day): IOER/IORB as the Fed set it.
        var afterDecision: Double?
        let nextDay = day.adding(days: 1)
        if let nextTop = try? self.observed("DFEDTARU", on: nextDay), nextTop.input.day == nextDay,
           nextTop.value != top.value,
            let nextRate = try? self.observed(
                nextDay >= Self.interestOnReserveBalancesStart ? "IORB" : "IOER", on: nextDay),
           nextRate.input.day == nextDay {
            afterDecision = ((nextTop.value - nextRate.value) * 100).rounded()
        }
        let reverseRepo = reverseRepoRate(on: day, bottom: bottom)
        add(.reverseRepoRate, reverseRepo.value, reverseRepo.source)
        add(
            .standingRepoRate, facilityExists ? top.value : nil,
            .derived(
                rule: facilityExists ? "SRF minimum bid rate = top of the target range" : "no SRF before 28 Jul 2021",
                inputs: facilityExists ? [top.input] : []))
        add(.standingRepoFacility, facilityExists ? 1 : 0,
            .derived(rule: "the Standing Repo Facility exists from 28 Jul 2021", inputs: []))

        // Markets
        var levels: [StartFigure.Line: Double] = [:]
        let markets: [(StartFigure.Line, String, Double)] = [
            (.spx, "SP500", fallback.spx), (.ndx, "NASDAQCOM", fallback.ndx), (.btc, "BTC-USD", fallback.btc),
            (.eth, "ETH-USD", fallback.eth), (.twoYearYield, "DGS2", fallback.twoYearYield),
            (.tenYearYield, "DGS10", fallback.tenYearYield),
        ]
        for (line, identifier, assumed) in markets {
            if let (value, input) = try? observed(identifier) {
                levels[line] = value
                add(line, value, .series(identifier: input.identifier, day: input.day))
            } else {
                levels[line] = assumed
                add(line, assumed, .assumed(rule: "\(identifier) has no value on or before \(day): \(fallback.name)'s "
                                                  + "placeholder; import \(identifier) to replace it"))
            }
        }

        let (year, month, dayOfMonth) = day.components
        let state = StartState(
            name: name ?? day.description, title: title ?? "data of \(day)", calendarMonth: month, calendarYear: year,
            calendarDay: dayOfMonth,
            bills: sheet.billions(.bills), coupons: sheet.billions(.coupons),
            mortgageBackedSecurities: sheet.billions(.mortgageBackedSecurities),
            standingRepoLoans: sheet.billions(.standingRepoLoans), otherAssets: sheet.billions(.otherAssets),
            currency: sheet.billions(.currency), treasuryGeneralAccount: sheet.billions(.treasuryGeneralAccount),
            overnightReverseRepo: sheet.billions(.overnightReverseRepo),
            otherLiabilities: sheet.billions(.otherLiabilities), residual: sheet.billions(.residual),
            bankAssets: sheet.billions(.bankAssets), nominalGDP: sheet.billions(.nominalGDP),
            targetRangeTop: top.value, iorbBelowTop: ((top.value - reserveRate.value) * 100).rounded(),
            iorbBelowTopAfterDecision: afterDecision,
            hasStandingRepoFacility: facilityExists,
            spx: levels[.spx]!, ndx: levels[.ndx]!, btc: levels[.btc]!, eth: levels[.eth]!,
            twoYearYield: levels[.twoYearYield]!, tenYearYield: levels[.tenYearYield]!)
        return StartStateReport(day: day, state: state, figures: figures)
    }

    /// The SRF was established on 28 Jul 2021; IORB replaced IOER on 29 Jul 2021.
    package static let standingRepoFacilityStart = Day(year: 2021, month: 7, day: 28)!
    package static let interestOnReserveBalancesStart = Day(year: 2021, month: 7, day: 29)!
}
