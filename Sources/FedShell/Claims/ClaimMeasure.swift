import FedModel

/// A number the model computes to test a claim: a function of the central paths of some presets,
/// evaluated on the central run and on each Monte Carlo draw.
struct ClaimMeasure {
    /// The unit the number is shown in.
    enum Unit {
        case percent, basisPoints, billions, percentagePoints

        func format(_ value: Double) -> String {
            switch self {
            case .percent: return ReportFormat.signed(value, decimals: 1, unit: "%")
            case .basisPoints: return ReportFormat.signed(value, decimals: 1, unit: "bp")
            case .billions: return ReportFormat.moneyChange(value)
            case .percentagePoints: return ReportFormat.signed(value, decimals: 2, unit: "pp")
            }
        }
    }

    /// What is computed, e.g. "Nasdaq, cabana − baseline, month 12".
    let label: String
    let presets: [String]
    let unit: Unit
    /// The number from each preset's path (keyed by preset name).
    let value: ([String: [MonthResult]]) -> Double
    /// For market measures: the output whose own p10–p90 band in a preset's run (market noise and
    /// parameters) sets the materiality threshold (`ClaimVerdict.materialShare` of its width).
    var noise: (output: Output, preset: String)? = nil
}

/// A claimed range on a measure; nil bounds are open.
struct ClaimedRange {
    var lower: Double?
    var upper: Double?
    var text: String
}

/// How a claim is tested: against a measure, or not at all (with the numbers that show why).
enum ClaimTest {
    case measure(ClaimMeasure, claimed: ClaimedRange)
    case notJudged(reason: String)
}

/// One claim of the article, the test the model can put it to, and context lines.
struct Claim {
    let number: String
    let text: String
    let articleFigures: String
    let test: ClaimTest
    /// Extra lines computed from central paths and bands: (label, value text).
    let context: (ClaimEvidence) -> [String]
}

/// What the claims are judged with: central paths and bands for each preset, and the horizon.
struct ClaimEvidence {
    let horizon: Int
    let paths: [String: [MonthResult]]
    let results: [String: Results]

    func path(_ preset: String) -> [MonthResult] { paths[preset] ?? [] }
    func last(_ preset: String) -> MonthResult { path(preset)[horizon] }

    /// The width of an output's p10–p90 band at the horizon in a preset's own run.
    func bandWidth(_ output: Output, of preset: String) -> Double? {
        results[preset]?.bands.band(output, month: horizon).map { $0.p90 - $0.p10 }
    }

    /// "−19.2% … +28.6%": an output's band at the horizon in a preset's own run (with market noise).
    func band(_ output: Output, of preset: String) -> String {
        guard let results = results[preset] else { return "—" }
        return ReportFormat.band(output, results.bands.band(output, month: horizon))
    }
}
