import Testing
@testable import FedModel

/// The identity, every month, to the cent: reserves are the residual, and their change equals the
/// sum of the month's ledger entries.
struct BalanceSheetTests {
    static let scenarios: [(String, Scenario)] = Preset.all.map { ($0.name, $0.scenario) } + [
        ("big coupons, long", {
            var scenario = Scenario()
            scenario.purchases = 150; scenario.instrument = .coupons; scenario.horizon = 60
            return scenario
        }()),
        ("qt with a hike", {
            var scenario = Scenario()
            scenario.quantitativeTightening = true; scenario.rateCut = -25; scenario.horizon = 36
            return scenario
        }()),
    ]

    @Test(arguments: scenarios)
    func identityHoldsEveryMonth(name: String, scenario: Scenario) {
        let path = Simulation(scenario: scenario).run()
        #expect(path.count == scenario.horizon + 1)
        for month in path {
            let sheet = month.balanceSheet
            #expect(sheet.totalAssetsCents == sheet.nonReserveLiabilitiesCents + sheet.reservesCents)
            #expect(sheet.reserves > 0, "reserves went negative in month \(month.month) of \(name)")
        }
        for (previous, current) in zip(path, path.dropFirst()) {
            #expect(
                current.balanceSheet.reservesCents - previous.balanceSheet.reservesCents == current.flows.reserveChange,
                "ledger does not add up in month \(current.month) of \(name)")
        }
    }

    /// The cents rounding without libm gives `rounded()`'s answer at the halves, near them, at the
    /// bounds and across the range, so every balance stays the same to the cent.
    @Test func centsRoundLikeRoundedHalfAwayFromZero() {
        var amounts: [Double] = [0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
                                 4_503_599_627_370_495.5, -4_503_599_627_370_495.5, 0x1p52, 0x1p53 + 2, 1e17, -1e17]
        amounts += amounts.flatMap { [$0.nextUp, $0.nextDown] }
        var random = RandomSource(seed: 16)
        for _ in 0..<20_000 {
            let magnitude = Double(1 << Int(random.uniform() * 56))
            amounts.append((random.uniform() * 2 - 1) * magnitude)
            amounts.append(Double(Int64(random.uniform() * 1e6)) + 0.5)
        }
        for amount in amounts where abs(amount) <= 1e17 {
            #expect(BalanceSheet.roundedHalfAwayFromZero(amount) == Int64(amount.rounded()), "\(amount)")
        }
    }

    @Test func sumsTakeEachLineOnItsSide() {
        var sheet = BalanceSheet(start: .december2025)
        for (index, entry) in BalanceSheet.Entry.allCases.enumerated() { sheet[entry] = Double(1 << index) }
        let assets = BalanceSheet.Entry.allCases.filter(\.isAsset).map { sheet.cents($0) }.reduce(0, +)
        let liabilities = BalanceSheet.Entry.allCases.filter { !$0.isAsset }.map { sheet.cents($0) }.reduce(0, +)
        #expect(sheet.totalAssetsCents == assets)
        #expect(sheet.nonReserveLiabilitiesCents == liabilities)
    }

    @Test func startStateMatchesTheSheet() {
        let sheet = BalanceSheet(start: .december2025)
        // H.4.1 of 10 Dec 2025: WALCL 6,539.303, WRESBAL 2,932.112 (FedDataTests rebuild it from data/).
        #expect(sheet.totalAssetsCents == BalanceSheet.cents(6_539.303))
        #expect(sheet.reservesCents == BalanceSheet.cents(2_932.112))
        #expect(sheet.treasuryGeneralAccount == 805.827)
    }

    @Test func monteCarloDrawsAlsoBalance() {
        var random = RandomSource(seed: 7)
        for _ in 0..<50 {
            var parameters = ParameterValues.central
            for parameter in ModelParameter.catalog {
                parameters[keyPath: parameter.keyPath] = parameter.triangular(random.uniform())
            }
            var scenario = Scenario()
            scenario.purchases = random.uniform() * 100
            scenario.quantitativeTightening = random.uniform() < 0.5
            let path = Simulation(scenario: scenario, parameters: parameters).run()
            for (previous, current) in zip(path, path.dropFirst()) {
                #expect(
                    current.balanceSheet.reservesCents - previous.balanceSheet.reservesCents
                        == current.flows.reserveChange)
            }
        }
    }
}
