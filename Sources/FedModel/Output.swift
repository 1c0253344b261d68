/// The named outputs a user can show, plot, assert and use in expressions. Names are fixed for
/// scripts (more may be added, none renamed).
package enum Output: String, Sendable, CaseIterable {
    case totalAssets = "total_assets"
    case reserves
    case reserveRatio = "reserve_ratio"
    case regime
    case demandSlope = "demand_slope"
    case effrSpread = "effr_spread"
    case sofrSpread = "sofr_spread"
    case sofrPeak = "sofr_peak"
    case sofrPeakDate = "sofr_peak_date"
    case tgcrSpread = "tgcr_spread"
    case srf, rrp, tga
    case netLiquidity = "net_liquidity"
    case spx, ndx, btc, eth
    case y2, y10, slope

    /// The unit an output's numbers are in.
    package enum Unit: Sendable {
        /// Billions of dollars.
        case billionsOfDollars
        /// Percent of commercial-bank assets.
        case percentOfBankAssets
        /// bp per pp of bank assets.
        case basisPointsPerPoint
        /// bp over IORB.
        case basisPointsOverIORB
        /// % change from the 8 Dec 2025 (or start) level.
        case percentChange
        /// Change in bp.
        case basisPointChange
        /// 0 abundant, 1 ample, 2 scarce.
        case regime
        /// A day, as days since 1 Jan 1970.
        case day
    }

    package var unit: Unit {
        switch self {
        case .totalAssets, .reserves, .srf, .rrp, .tga, .netLiquidity: return .billionsOfDollars
        case .reserveRatio: return .percentOfBankAssets
        case .demandSlope: return .basisPointsPerPoint
        case .effrSpread, .sofrSpread, .sofrPeak, .tgcrSpread: return .basisPointsOverIORB
        case .sofrPeakDate: return .day
        case .spx, .ndx, .btc, .eth: return .percentChange
        case .y2, .y10, .slope: return .basisPointChange
        case .regime: return .regime
        case .sofrPeakDate: return .day
        }
    }

    /// One line for help and reports.
    package var meaning: String {
        switch self {
        case .totalAssets: return "Fed total assets"
        case .reserves: return "reserve balances (the residual of the balance sheet)"
        case .reserveRatio: return "reserves as a share of commercial-bank assets"
        case .regime: return "abundant, ample or scarce, from the slope of the reserve demand curve"
        case .demandSlope: return "slope of the reserve demand curve (bp of EFFR − IORB per pp of bank assets)"
        case .effrSpread: return "effective fed funds rate minus IORB"
        case .sofrSpread: return "SOFR (repo) minus IORB, monthly average"
        case .sofrPeak: return "SOFR minus IORB on the month's worst day (tax, settlement and month-end dates)"
        case .sofrPeakDate: return "the month's worst day for repo: the date of sofr_peak"
        case .tgcrSpread: return "TGCR (tri-party general collateral rate) minus IORB, monthly average"
        case .srf: return "Standing Repo Facility loans on the month's worst day (overnight)"
        case .rrp: return "ON RRP balance"
        case .tga: return "Treasury General Account"
        case .netLiquidity: return "Fed total assets less SRF loans − TGA − ON RRP (a narrative indicator)"
        case .spx: return "S&P 500, % change from the start level"
        case .ndx: return "Nasdaq Composite, % change from the start level"
        case .btc: return "Bitcoin, % change from the start level"
        case .eth: return "Ether, % change from the start level"
        case .y2: return "2-year Treasury yield, change in bp"
        case .y10: return "10-year Treasury yield, change in bp"
        case .slope: return "2s10s slope (10-year − 2-year), change in bp"
        }
    }

    /// Whether Monte Carlo market noise applies (prices and yields) or only parameter uncertainty.
    package var isMarket: Bool { unit == .percentChange || unit == .basisPointChange }

    /// The central value of this output in a month.
    package func value(in result: MonthResult) -> Double {
        let sheet = result.balanceSheet
        switch self {
        case .totalAssets: return sheet.totalAssets
        case .reserves: return sheet.reserves
        case .reserveRatio: return result.reserveRatio
        case .regime: return Double(result.regime.severity)
        case .demandSlope: return result.demandSlope
        case .effrSpread: return result.fundsSpread
        case .sofrSpread: return result.repoSpread
        case .sofrPeak: return result.repoPeakSpread
        case .sofrPeakDate: return Double(result.peakDay)
        case .tgcrSpread: return result.triPartySpread
        case .srf: return result.peakDayStandingRepoLoans
        case .rrp: return sheet.overnightReverseRepo
        case .tga: return sheet.treasuryGeneralAccount
        case .netLiquidity: return sheet.netLiquidity
        case .spx: return result.assets.spx.total
        case .ndx: return result.assets.ndx.total
        case .btc: return result.assets.btc.total
        case .eth: return result.assets.eth.total
        case .y2: return result.assets.twoYear.total
        case .y10: return result.assets.tenYear.total
        case .slope: return result.assets.tenYear.total - result.assets.twoYear.total
        }
    }
}
