/// The administered rates after the decision: the target range moves with the cut and IORB, the
/// ON RRP rate (floor) and the SRF minimum bid rate (ceiling) keep their offsets to the range
/// (December 2025: range 3.50–3.75, IORB 3.65, ON RRP 3.50, SRF 3.75).
package struct Corridor: Sendable, Equatable {
    /// Percent.
    package var rangeTop: Double
    package var rangeBottom: Double { rangeTop - 0.25 }
    package var interestOnReserves: Double
    package var reverseRepoRate: Double { rangeBottom }
    /// nil when no standing repo facility existed.
    package var standingRepoRate: Double?

    package init(start: StartState, rateCut: Double) {
        rangeTop = start.targetRangeTop - rateCut / 100
        interestOnReserves = rangeTop - (start.iorbBelowTopAfterDecision ?? start.iorbBelowTop) / 100
        standingRepoRate = start.hasStandingRepoFacility ? rangeTop : nil
    }

    /// SRF rate − IORB (bp), nil without a facility.
    package var standingRepoSpread: Double? {
        standingRepoRate.map { ($0 - interestOnReserves) * 100 }
    }

    /// Top of the range − IORB (bp): where repo operations cap repo without a standing facility.
    package var rangeTopSpread: Double { (rangeTop - interestOnReserves) * 100 }

    /// ON RRP rate − IORB (bp).
    package var reverseRepoSpread: Double { (reverseRepoRate - interestOnReserves) * 100 }
}
