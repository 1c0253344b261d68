import Testing
@testable import FedModel

/// The model is total on the declared domains: any scenario the variables allow, with any overrides
/// the parameters' domains allow, gives finite outputs, no negative balance-sheet line or reserve
/// ratio, and a ledger that adds up to the cent.
struct DomainPropertyTests {
    /// A value in `range`: a bound one time in four, else uniform (whole when the variable is).
    static func draw(_ range: ClosedRange<Double>, whole: Bool, using random: inout RandomSource) -> Double {
        let pick = random.next() % 8
        if pick == 0 { return range.lowerBound }
        if pick == 1 { return range.upperBound }
        let value = range.lowerBound + random.uniform() * (range.upperBound - range.lowerBound)
        return whole ? value.rounded(.down) : value
    }

    /// A random scenario across the variables' whole allowed ranges (draws kept small).
    static func randomScenario(using random: inout RandomSource) -> Scenario {
        var scenario = Scenario()
        for variable in ScenarioVariable.catalog {
            switch variable.kind {
            case .choice(let options):
                variable.set(&scenario, .choice(options[Int(random.next() % UInt64(options.count))]))
            case .toggle: variable.set(&scenario, .toggle(random.next() % 2 == 0))
            case .number(_, let allowed, _, let whole):
                variable.set(&scenario, .number(draw(allowed, whole: whole, using: &random)))
            }
        }
        scenario.draws = 4 + Int(random.next() % 8)
        return scenario
    }

    /// Random overrides: each parameter overridden with probability ½, anywhere in its domain.
    static func randomOverrides(using random: inout RandomSource) -> [String: Double] {
        var overrides: [String: Double] = [:]
        for parameter in ModelParameter.catalog where random.next() % 2 == 0 {
            overrides[parameter.name] = draw(parameter.domain, whole: false, using: &random)
        }
        return overrides
    }

    static func parameters(_ overrides: [String: Double]) -> ParameterValues {
        var values = ParameterValues.central
        for (name, value) in overrides { values[keyPath: ModelParameter.named(name)!.keyPath] = value }
        return values
    }

    /// Every way the path could break the promise; empty when it holds.
    static func problems(_ path: [MonthResult]) -> [String] {
        var found: [String] = []
        for month in path {
            let sheet = month.balanceSheet
            for entry in BalanceSheet.Entry.allCases where sheet.cents(entry) < 0 {
                found.append("month \(month.month): \(entry) negative")
            }
            if sheet.reservesCents < 0 { found.append("month \(month.month): reserves negative") }
            if !(month.reserveRatio >= 0) { found.append("month \(month.month): reserve ratio \(month.reserveRatio)") }
            for output in Output.allCases where !output.value(in: month).isFinite {
                found.append("month \(month.month): \(output.rawValue) not finite")
            }
        }
        for (previous, current) in zip(path, path.dropFirst())
        where current.balanceSheet.reservesCents - previous.balanceSheet.reservesCents != current.flows.reserveChange {
            found.append("month \(current.month): ledger does not add up")
        }
        return found
    }

    @Test func everyCombinationInsideTheDomainsIsFinite() {
        var random = RandomSource(seed: 20_251_210)
        for trial in 0..<3_000 {
            let scenario = Self.randomScenario(using: &random)
            let overrides = Self.randomOverrides(using: &random)
            let path = Simulation(scenario: scenario, parameters: Self.parameters(overrides)).run()
            let found = Self.problems(path)
            #expect(found.isEmpty, "trial \(trial): \(found.prefix(3)) with \(scenario) and \(overrides)")
            if !found.isEmpty { return }
        }
    }

    @Test func monteCarloBandsStayFiniteAcrossTheDomains() throws {
        var random = RandomSource(seed: 7)
        for trial in 0..<200 {
            let scenario = Self.randomScenario(using: &random)
            let overrides = Self.randomOverrides(using: &random)
            let bands = try #require(MonteCarlo.run(scenario: scenario, parameters: Self.parameters(overrides),
                                                     fixed: Set(overrides.keys)))
            for output in Output.allCases {
                for band in bands.bands[output] ?? [] {
                    #expect(band.p10.isFinite && band.p50.isFinite && band.p90.isFinite,
                            "trial \(trial): \(output.rawValue) band not finite")
                }
            }
        }
    }

    /// The crashes of the reliability review (the reliability review of Dec 2026, C1): allowed values that
    /// drove reserves negative and the SRF take-up to infinity.
    @Test func fundingShortfallIsCappedNotCrashed() {
        var scenario = Scenario()
        scenario.horizon = 60
        scenario.currencyGrowth = 0.10
        scenario.bankAssetGrowth = -0.05
        scenario.tgaLevel = 3_000
        scenario.startingReverseRepo = 3_000
        scenario.quantitativeTightening = true
        let path = Simulation(scenario: scenario).run()
        #expect(Self.problems(path).isEmpty)
        #expect(path.allSatisfy { $0.reserveFloorCut > 0 })
        // The SRF lends at most what brings the peak back to the SRF rate: far below the $48.7T seen.
        #expect(path.map(\.peakDayStandingRepoLoans).max()! < 5_000)

        var short = Scenario()
        short.tgaLevel = 3_000
        short.startingReverseRepo = 3_000
        let month0 = Simulation(scenario: short).run()[0]
        #expect(month0.reserveRatio >= 0 && month0.balanceSheet.reservesCents >= 0)
        #expect(month0.reserveFloorCut > 0)
    }

    @Test func ordinaryScenariosNeverTouchTheFloor() {
        for preset in Preset.all {
            let path = Simulation(scenario: preset.scenario).run()
            #expect(path.allSatisfy { $0.reserveFloorCut == 0 }, "\(preset.name)")
        }
    }

    @Test func everyParameterDomainHoldsItsRange() {
        for parameter in ModelParameter.catalog {
            #expect(parameter.domain.contains(parameter.low) && parameter.domain.contains(parameter.high))
            #expect(parameter.accepts(parameter.central))
            #expect(!parameter.accepts(.infinity) && !parameter.accepts(.nan))
            #expect(
                !parameter.accepts(parameter.domain.upperBound + 1)
                    && !parameter.accepts(parameter.domain.lowerBound - 1))
        }
    }

    @Test func centsConversionIsChecked() {
        #expect(BalanceSheet.cents(.infinity) == 0)
        #expect(BalanceSheet.cents(.nan) == 0)
        #expect(BalanceSheet.cents(1e300) == BalanceSheet.cents(BalanceSheet.largestBillions))
        #expect(BalanceSheet.cents(-1e300) == -BalanceSheet.cents(BalanceSheet.largestBillions))
        var sheet = BalanceSheet(start: .december2025)
        sheet.add(1e18, to: .bills)
        sheet.add(1e18, to: .bills)
        #expect(sheet.bills == BalanceSheet.largestBillions)
    }
}
