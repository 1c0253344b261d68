/// Abundant, ample or scarce: read from the slope of the reserve demand curve at the current ratio,
/// not from a level cut-off. Ample is the region where the slope is "modestly negative" (NY Fed).
package enum ReserveRegime: String, Sendable, CaseIterable, Comparable {
    case abundant, ample, scarce

    /// Flatter than this (bp per pp) is abundant. An assumption: see docs/MODEL.md.
    package static let abundantBelow = 0.75
    /// Steeper than this is scarce. An assumption: see docs/MODEL.md.
    package static let scarceAbove = 4.0

    package init(slope: Double) {
        let magnitude = abs(slope)
        if magnitude < Self.abundantBelow { self = .abundant } else if magnitude > Self.scarceAbove {
            self = .scarce
        } else { self = .ample }
    }

    /// 0, 1, 2 from abundant to scarce (for bands and sorting).
    package var severity: Int {
        switch self {
        case .abundant: return 0
        case .ample: return 1
        case .scarce: return 2
        }
    }

    /// The regime of a severity as a band or a mean gives it (rounded, and held to 0…2).
    package init(severity: Double) {
        let rounded = severity.isFinite ? Int(severity.rounded()) : 1
        self = Self.allCases[min(2, max(0, rounded))]
    }

    package static func < (lhs: ReserveRegime, rhs: ReserveRegime) -> Bool { lhs.severity < rhs.severity }
}
