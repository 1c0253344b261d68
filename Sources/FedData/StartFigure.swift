import FedModel

/// One figure of a start state and where it came from.
package struct StartFigure: Sendable, Equatable {
    /// Where a figure came from: an observation, a stated rule over observations, or (where the data
    /// has nothing) a stated assumption.
    package enum Source: Sendable, Equatable {
        case series(identifier: String, day: Day)
        /// `rule` is said in words; `inputs` are the observations it used.
        case derived(rule: String, inputs: [Input])
        case assumed(rule: String)
    }

    package struct Input: Sendable, Equatable {
        package var identifier: String
        package var day: Day
    }

    package enum Line: String, Sendable, CaseIterable {
        case bills, coupons, mortgageBackedSecurities = "MBS", standingRepoLoans = "SRF loans"
        case otherAssets = "other assets", totalAssets = "total assets"
        case currency, treasuryGeneralAccount = "TGA", overnightReverseRepo = "ON RRP"
        case otherLiabilities = "other liabilities", residual, reserves
        case reservesWednesday = "reserves, Wednesday level"
        case bankAssets = "bank assets", nominalGDP = "nominal GDP"
        case targetRangeTop = "target range top", targetRangeBottom = "target range bottom"
        case interestOnReserves = "IORB", reverseRepoRate = "ON RRP rate", standingRepoRate = "SRF rate"
        case standingRepoFacility = "SRF exists"
        case spx = "S&P 500", ndx = "Nasdaq", btc = "BTC", eth = "ETH"
        case twoYearYield = "2-year yield", tenYearYield = "10-year yield"

        /// Whether the figure is money, in $B.
        package var isMoney: Bool {
            switch self {
            case .bills, .coupons, .mortgageBackedSecurities, .standingRepoLoans, .otherAssets, .totalAssets,
                 .currency, .treasuryGeneralAccount, .overnightReverseRepo, .otherLiabilities, .residual,
                 .reserves, .reservesWednesday, .bankAssets, .nominalGDP: return true
            default: return false
            }
        }
    }

    package var line: Line
    /// $B for money, percent for rates, index points or dollars for markets; 1 or 0 for yes or no;
    /// nil where no figure exists (an SRF rate before the SRF).
    package var value: Double?
    package var source: Source
}

/// A start state built from data, with every figure's source.
package struct StartStateReport: Sendable, Equatable {
    package var day: Day
    package var state: StartState
    package var figures: [StartFigure]

    package func figure(_ line: StartFigure.Line) -> StartFigure? { figures.first { $0.line == line } }
}
