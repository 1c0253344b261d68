/// The verdict on one claim, decided by explicit rules from numbers the `claims` command prints.
///
/// The rules (bounds count as inside the claim):
/// - supported: the model's whole p10–p90 band lies inside the claimed range;
/// - not supported: the whole band lies outside it;
/// - within the noise: the band holds outcomes both inside and outside the claim, so the model
///   cannot tell;
/// - cannot be judged by this model: the model has no output for it, or takes it as an input.
enum ClaimVerdict: String, CaseIterable {
    case supported
    case notSupported = "not supported"
    case withinTheNoise = "within the noise"
    case cannotBeJudged = "cannot be judged by this model"

    /// The verdict for a band against a claimed range (nil bound: open on that side).
    static func decide(lower: Double?, upper: Double?, p10: Double, p90: Double) -> ClaimVerdict {
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
        case .notSupported: return "the whole p10–p90 band lies outside the claimed range"
        case .withinTheNoise: return "the band holds outcomes both inside and outside the claim"
        case .cannotBeJudged: return "the model has no output for this, or takes it as an input"
        }
    }

    /// The rules, printed under the claims.
    static let rules = [
        "verdicts: 'supported' when the model's whole p10–p90 band lies inside the claimed range; 'not supported' when it lies wholly outside; 'within the noise' when it holds outcomes on both sides; 'cannot be judged by this model' when the model has no output for the claim or takes it as an input.",
        "bands of effects (A − B) come from paired draws: both scenarios get the same parameter draw, so the market noise they share cancels; the context lines show each asset's own band with that noise.",
    ]
}
