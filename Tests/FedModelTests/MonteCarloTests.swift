import Testing
@testable import FedModel

struct MonteCarloTests {
    func scenario(seed: Int = 1, horizon: Int = 12, draws: Int = 1_000) -> Scenario {
        var scenario = Preset.named("cabana")!.scenario
        scenario.seed = seed
        scenario.horizon = horizon
        scenario.draws = draws
        return scenario
    }

    @Test func sameSeedSameBands() {
        #expect(MonteCarlo.run(scenario: scenario()) == MonteCarlo.run(scenario: scenario()))
        #expect(MonteCarlo.run(scenario: scenario()) != MonteCarlo.run(scenario: scenario(seed: 2)))
    }

    @Test func parametersDrawnAgainEachMonthGiveTheSameBands() {
        // Past the memory budget each draw's parameters are drawn again from its stream every month.
        var parameters = ParameterValues.central
        parameters.demandDecay *= 1.2
        let cases: [(Scenario, Set<String>)] = [
            (scenario(horizon: 14, draws: 300), []),
            (scenario(seed: 7, horizon: 5, draws: 130), ["demand_decay", "vol_btc"]),
        ]
        for (tried, fixed) in cases {
            let kept = MonteCarlo.run(scenario: tried, parameters: parameters, fixed: fixed)
            let drawnAgain = MonteCarlo.run(scenario: tried, parameters: parameters, fixed: fixed, parameterBudget: 0)
            #expect(kept != nil && kept == drawnAgain)
        }
    }

    @Test func bandsWidenWithTheHorizon() {
        let bands = MonteCarlo.run(scenario: scenario(horizon: 24))!
        for output in [Output.spx, .btc, .y10, .reserves] {
            let early = bands.band(output, month: 3)!
            let late = bands.band(output, month: 24)!
            #expect(late.p90 - late.p10 > early.p90 - early.p10, "\(output) band did not widen")
        }
    }

    @Test func bandsAreOrderedAndContainTheCentralPriceMove() {
        let bands = MonteCarlo.run(scenario: scenario())!
        let central = Simulation(scenario: scenario()).run()
        for output in Output.allCases {
            let band = bands.band(output, month: 12)!
            #expect(band.p10 <= band.p50 && band.p50 <= band.p90, "\(output)")
        }
        let btc = bands.band(.btc, month: 12)!
        #expect(btc.p10 < central[12].assets.btc.total && central[12].assets.btc.total < btc.p90)
        #expect(btc.p90 - btc.p10 > 50, "a year of Bitcoin noise is wide; the band must show it")
    }

    @Test func fixedParametersDoNotMove() {
        var parameters = ParameterValues.central
        parameters.bitcoinBeta = 2.5
        let all = ModelParameter.catalog.map(\.name)
        let bands = MonteCarlo.run(scenario: scenario(draws: 200), parameters: parameters, fixed: Set(all))!
        let reserves = bands.band(.reserves, month: 12)!
        #expect(reserves.p10 == reserves.p90)
    }

    @Test func cancellationStopsTheRun() {
        #expect(MonteCarlo.run(scenario: scenario(draws: 50_000), isCancelled: { true }) == nil)
    }

    @Test func regimeSharesAddUpToOne() {
        let bands = MonteCarlo.run(scenario: scenario())!
        for shares in bands.regimeShares { #expect(abs(shares.values.reduce(0, +) - 1) < 1e-9) }
    }
}
