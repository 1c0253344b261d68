import Foundation

/// The EFFR − IORB spread as a smooth, decreasing function of reserves as a share of bank assets
/// (after Afonso, Giannone, La Spada and Williams, NY Fed Staff Report 1019), in the exponential form of
/// Chen, Kourentzes and Veyrune (IMF WP 2023/179):
///
///     spread(r) = floor + scale · exp(−decay · (r − 12))          r in % of bank assets, spread in bp
///     slope(r)  = −decay · scale · exp(−decay · (r − 12))         bp per pp of bank assets
///
/// Repo sits above fed funds by a premium that grows with the steepness, and its month-end peak
/// grows faster still:
///
///     sofr(r) = spread(r) + premiumBase + premiumPerSlope · |slope(r)|
///     peak(r) = sofr(r) + peakPerSlope · |slope(r)|
package struct ReserveDemandCurve: Sendable {
    package var floor: Double
    package var scale: Double
    package var decay: Double
    package var premiumBase: Double
    package var premiumPerSlope: Double
    package var peakPerSlope: Double

    /// The reference ratio (%) at which `scale` is measured.
    static let referenceRatio = 12.0

    package init(_ parameters: ParameterValues) {
        floor = parameters.demandFloor
        scale = parameters.demandScale
        decay = parameters.demandDecay
        premiumBase = parameters.repoPremiumBase
        premiumPerSlope = parameters.repoPremiumPerSlope
        peakPerSlope = parameters.peakPerSlope
    }

    /// scale · exp(−decay · (r − 12)), the part of the curve above its floor.
    private func excess(_ ratioPercent: Double) -> Double {
        scale * exp(-decay * (ratioPercent - Self.referenceRatio))
    }

    /// EFFR − IORB (bp).
    package func fundsSpread(_ ratioPercent: Double) -> Double { floor + excess(ratioPercent) }

    /// d spread / d ratio (bp per pp; negative).
    package func slope(_ ratioPercent: Double) -> Double { -decay * excess(ratioPercent) }

    /// SOFR − IORB, monthly average (bp).
    package func repoSpread(_ ratioPercent: Double) -> Double {
        fundsSpread(ratioPercent) + premiumBase + premiumPerSlope * abs(slope(ratioPercent))
    }

    /// SOFR − IORB on month-end and tax dates, before any standing facility (bp).
    package func repoPeakSpread(_ ratioPercent: Double) -> Double {
        repoSpread(ratioPercent) + peakPerSlope * abs(slope(ratioPercent))
    }

    /// The ratio (%) at which the slope has the given magnitude (bp per pp).
    package func ratio(whereSlopeMagnitudeIs magnitude: Double) -> Double {
        Self.referenceRatio - log(magnitude / (decay * scale)) / decay
    }

    /// The ratio (%) at which the month-end repo peak equals `spread` (bp); nil when the curve never
    /// comes down to it. The peak is floor + premiumBase + k · excess(r), with
    /// k = 1 + decay · (premiumPerSlope + peakPerSlope).
    package func ratio(wherePeakSpreadIs spread: Double) -> Double? {
        let base = floor + premiumBase
        let steepness = 1 + decay * (premiumPerSlope + peakPerSlope)
        guard spread > base, scale > 0, decay > 0 else { return nil }
        return Self.referenceRatio - log((spread - base) / (steepness * scale)) / decay
    }
}
