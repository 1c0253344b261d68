/// The verdict on one claim, decided by explicit rules from numbers the `claims` command prints.
///
/// The rules (bounds count as inside the claim):
/// - supported: the model's whole p10–p90 band lies inside the claimed range;
/// - not supported: the whole band lies outside it;
/// - within the noise: the band holds outcomes both inside and outside the claim, so the model
///   cannot tell;
/// - cannot be judged by this model: the model has no output for it, or takes it as an input;
/// - no material effect (market claims): the central effect is under `materialShare` of the width of
///   the asset's own p10–p90 band, so whatever its sign it is lost in the market's own moves. This
///   rule comes first: a claim is supported only by an effect large beside its noise.
enum ClaimVerdict: String, CaseIterable {
    case supported
    case noMaterialEffect = "no material effect"
    case notSupported = "not supported"
    case withinTheNoise = "within the noise"
    case cannotBeJudged = "cannot be judged by this model"

    /// An effect is material when its central value is at least this share of its noise band's width
    /// (the share `explain` calls "small beside the noise" below).
    static let materialShare = 0.10
    /// The share as printed ("10%").
    static var materialPercent: String { "\(Int((materialShare * 100).rounded()))%" }

    /// The verdict for a band against a claimed range (nil bound: open on that side); `threshold` is
    /// the materiality threshold for market claims (nil: every effect counts).
    static func decide(lower: Double?, upper: Double?, central: Double, p10: Double, p90: Double,
                       threshold: Double? = nil) -> ClaimVerdict {
        if let threshold, abs(central) < threshold { return .noMaterialEffect }
        let low = lower ?? -.infinity
        let high = upper ?? .infinity
        if p10 >= low, p90 <= high { return .supported }
        if p90 < low || p10 > high { return .notSupported }
        return .withinTheNoise
    }

    /// Why this verdict, in one line.
    var reason: String {
        switch self {
        case .supported: return "the whole p10–p90 band lies inside the claimed range"
        case .noMaterialEffect:
            return "the central effect is under \(Self.materialPercent) of the width of the asset's own p10–p90 band"
        case .notSupported: return "the whole p10–p90 band lies outside the claimed range"
        case .withinTheNoise: return "the band holds outcomes both inside and outside the claim"
        case .cannotBeJudged: return "the model has no output for this, or takes it as an input"
        }
    }

    /// The rules, printed under the claims.
    static let rules = [
        """
            materiality (market claims): an effect is material when its central value is at least \(materialPercent) \
            of the width of the asset's own p10–p90 band (market noise and parameters), the threshold printed with \
            each; below it the verdict is 'no material effect', whatever the sign.
            """,
        """
            verdicts: 'supported' when the model's whole p10–p90 band lies inside the claimed range; 'not supported' \
            when it lies wholly outside; 'within the noise' when it holds outcomes on both sides; 'cannot be judged \
            by this model' when the model has no output for the claim or takes it as an input.
            """,
        """
            bands of effects (A − B) come from paired draws: both scenarios get the same parameter draw, so the \
            market noise they share cancels; the context lines show each asset's own band with that noise.
            """,
    ]
}
