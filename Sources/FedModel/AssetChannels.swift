/// One asset's move split by channel: % for prices, bp for yields. The total is their sum; the report
/// and `explain` show each part.
package struct ChannelContributions: Sendable, Equatable {
    /// Policy surprise, on the day (Kuttner; Bernanke–Kuttner).
    package var surprise = 0.0
    /// Net liquidity, after a lag (weak evidence; wide band).
    package var liquidity = 0.0
    /// Duration removed, through the 10-year term premium.
    package var duration = 0.0
    /// Funding stress when repo peaks blow out.
    package var fundingStress = 0.0

    package init(surprise: Double = 0, liquidity: Double = 0, duration: Double = 0, fundingStress: Double = 0) {
        self.surprise = surprise
        self.liquidity = liquidity
        self.duration = duration
        self.fundingStress = fundingStress
    }

    package var total: Double { surprise + liquidity + duration + fundingStress }

    package static func * (lhs: ChannelContributions, factor: Double) -> ChannelContributions {
        ChannelContributions(surprise: lhs.surprise * factor, liquidity: lhs.liquidity * factor,
                             duration: lhs.duration * factor, fundingStress: lhs.fundingStress * factor)
    }
}

/// The central (noise-free) moves of every market output in one month, by channel.
package struct AssetMoves: Sendable, Equatable {
    /// % change from the start levels.
    package var spx = ChannelContributions()
    package var ndx = ChannelContributions()
    package var btc = ChannelContributions()
    package var eth = ChannelContributions()
    /// Change in bp.
    package var twoYear = ChannelContributions()
    package var tenYear = ChannelContributions()

    package init() {}
}

extension ChannelContributions {
    package static func - (lhs: ChannelContributions, rhs: ChannelContributions) -> ChannelContributions {
        ChannelContributions(
            surprise: lhs.surprise - rhs.surprise, liquidity: lhs.liquidity - rhs.liquidity,
            duration: lhs.duration - rhs.duration, fundingStress: lhs.fundingStress - rhs.fundingStress)
    }
}

extension AssetMoves {
    /// One market output's move by channel (the 2s10s slope is the 10-year's less the 2-year's);
    /// nil for outputs the asset channels do not produce.
    package func contributions(for output: Output) -> ChannelContributions? {
        switch output {
        case .spx: return spx
        case .ndx: return ndx
        case .btc: return btc
        case .eth: return eth
        case .y2: return twoYear
        case .y10: return tenYear
        case .slope: return tenYear - twoYear
        default: return nil
        }
    }
}
