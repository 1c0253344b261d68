import FedModel

/// A start date's calibration with the statistics `calibrate` shows.
package struct CalibrationReport: Sendable {
    package var day: Day
    package var calibration: Calibration
    /// The weeks of the reserve-demand fit: week, reserves / bank assets (%), EFFR − IORB (bp).
    package var demandWindow: [(day: Day, ratio: Double, spread: Double)]
    package var line: LineFit
    /// The fitted slope (bp per pp, at most 0) and its 90% interval.
    package var slope: Double
    package var slopeLow: Double
    package var slopeHigh: Double
    /// EFFR − IORB over the last weeks (bp), and the ratio at the start (%).
    package var level: Double
    package var ratio: Double

    /// The regime as the NY Fed reads its Reserve Demand Elasticity: abundant while the slope's band
    /// includes zero, ample while modestly negative, scarce beyond the model's scarce threshold.
    package var regime: ReserveRegime {
        if slopeHigh >= -0.005 || abs(slope) < ReserveRegime.abundantBelow { return .abundant }
        return abs(slope) > ReserveRegime.scarceAbove ? .scarce : .ample
    }
}
