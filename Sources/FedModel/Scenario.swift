/// The user's choices: policy inputs and exogenous paths. Every field is declared for the shell in
/// `ScenarioVariable.catalog`; this struct is the model's typed view of the same values.
///
/// Money in billions of dollars, rates in basis points, growth as a fraction per year.
package struct Scenario: Sendable, Equatable {
    /// Bills (reserve management), Treasuries of 3 years or less (the directive's "if needed"), or
    /// coupons across the curve (the QE counterfactual).
    package enum Instrument: String, Sendable, CaseIterable {
        case bills
        case shortCoupons = "short-coupons"
        case coupons
    }
    /// Fixed: the `purchases` schedule. Automatic: the Desk's rule sizes them (`Simulation.automaticPurchases`).
    package enum PurchaseRule: String, Sendable, CaseIterable {
        case fixed
        case automatic = "auto"
    }
    package enum Schedule: String, Sendable, CaseIterable {
        case flat
        case frontLoaded = "front-loaded"
    }

    package var start: StartState.Identifier = .december2025
    /// A start state built from data for a day (`set start 2024-06-12`); when set it wins over `start`.
    package var builtStart: StartState? = nil
    /// Reserve-management purchases during the elevated (or only) phase, $B per month.
    package var purchases: Double = 0
    package var purchaseRule: PurchaseRule = .fixed
    /// The automatic rule's floor: a level ($B) and a share of bank assets (fraction); the higher binds.
    package var reserveFloor: Double = 0
    package var reserveFloorShare: Double = 0
    /// The automatic rule's most per month ($B).
    package var maximumPurchasePace: Double = 60
    /// First month with purchases (1 = the month after the decision).
    package var purchaseStart: Int = 1
    /// How many months purchases last.
    package var purchaseMonths: Int = 60
    package var schedule: Schedule = .flat
    /// Front-loaded only: months at the elevated pace, then `laterPurchases`.
    package var elevatedMonths: Int = 4
    package var laterPurchases: Double = 0
    package var instrument: Instrument = .bills
    /// Quantitative tightening: runoff on (true) or reinvestment (false, since 1 Dec 2025).
    package var quantitativeTightening: Bool = false
    /// Cut at the meeting and the cut the market expected, in bp (negative = hike).
    package var rateCut: Double = 25
    package var expectedCut: Double = 25
    /// Path news in bp: the change in the policy rate expected a year out beyond what was priced
    /// (dots, guidance, the press conference); negative = a lower path (dovish).
    package var pathSurprise: Double = 0
    /// Repo operations the Fed offers where there is no standing facility ($B outstanding at each
    /// month end), for months 1 through `repoOperationMonths`.
    package var repoOperations: Double = 0
    package var repoOperationMonths: Int = 4
    package var horizon: Int = 12
    package var seed: Int = 1
    package var draws: Int = 2_000
    /// TGA level ($B; nil = the start state's) and its extra height at the end of April (tax season).
    package var tgaLevel: Double? = nil
    package var tgaAprilSwing: Double = 150
    package var currencyGrowth: Double = 0.03
    package var bankAssetGrowth: Double = 0.04
    package var gdpGrowth: Double = 0.045
    /// ON RRP balance that stays in the facility whatever the rates ($B); nil = the start state's.
    package var startingReverseRepo: Double? = nil
    /// Parameters fitted to the data of a data-built start, and the exogenous paths' measured bands.
    package var calibration: Calibration? = nil
    /// A conditional backtest's realised securities, TGA, currency and bank assets, fed as inputs.
    package var realised: RealisedInputs? = nil

    package init() {}

    /// The state month 0 starts from.
    package var startState: StartState { builtStart ?? StartState.named(start) }

    /// Policy surprise in bp: positive is an unexpected easing.
    package var surprise: Double { rateCut - expectedCut }

    /// Fed repo operations outstanding at the end of `month` ($B).
    package func repoOperations(inMonth month: Int) -> Double {
        month >= 1 && month <= repoOperationMonths ? repoOperations : 0
    }

    /// Reserve-management purchases in month `month` ($B).
    package func purchases(inMonth month: Int) -> Double {
        let offset = month - purchaseStart
        guard offset >= 0, offset < purchaseMonths else { return 0 }
        switch schedule {
        case .flat: return purchases
        case .frontLoaded: return offset < elevatedMonths ? purchases : laterPurchases
        }
    }
}
