/// One calibrated number of the model, with its range and where it comes from.
///
/// Monte Carlo draws each parameter from a triangular distribution on [low, high] with its mode at
/// `central`; the deterministic run uses `central`.
package struct ModelParameter: Sendable {
    /// How well a figure is established (docs/MODEL.md gives the detail).
    package enum Status: String, Sendable {
        /// Read in the primary source or reported by one.
        case confirmed
        /// Our arithmetic from confirmed figures.
        case derived
        /// A judgement, labelled as such.
        case assumption
        /// Estimated from the data on or before the start date (`calibrate` shows the fit).
        case fitted
    }

    package let name: String
    package let central: Double
    package let low: Double
    package let high: Double
    /// The values an override may take: inside it the model is finite and its equations keep their
    /// meaning (a positive curve, a share between 0 and 1, a duration above zero); outside it `param`
    /// refuses the value. Always contains low … high.
    package let domain: ClosedRange<Double>
    package let unit: String
    package let meaning: String
    package let source: String
    package let status: Status
    package let keyPath: WritableKeyPath<ParameterValues, Double> & Sendable

    package init(
        _ name: String, _ keyPath: WritableKeyPath<ParameterValues, Double> & Sendable,
        central: Double, low: Double, high: Double, domain: ClosedRange<Double>, unit: String,
        meaning: String, source: String, status: Status
    ) {
        precondition(low <= central && central <= high, "parameter \(name): central outside its range")
        precondition(domain.contains(low) && domain.contains(high), "parameter \(name): range outside its domain")
        self.name = name
        self.keyPath = keyPath
        self.central = central
        self.low = low
        self.high = high
        self.domain = domain
        self.unit = unit
        self.meaning = meaning
        self.source = source
        self.status = status
    }

    /// Whether an override may take this value (finite and inside the domain).
    package func accepts(_ value: Double) -> Bool { value.isFinite && domain.contains(value) }

    /// A draw from the triangular distribution, given a uniform number in [0, 1).
    package func triangular(_ uniform: Double) -> Double {
        Self.triangular(uniform, low: low, central: central, high: high)
    }

    /// A draw from the triangle on [low, high] peaking at `central`.
    static func triangular(_ uniform: Double, low: Double, central: Double, high: Double) -> Double {
        triangular(uniform, low: low, central: central, high: high, split: triangleSplit(low, central, high))
    }

    /// Where `central` splits the triangle on [low, high] (0 for a triangle of no width).
    static func triangleSplit(_ low: Double, _ central: Double, _ high: Double) -> Double {
        high > low ? (central - low) / (high - low) : 0
    }

    /// The same draw with the triangle's split (`triangleSplit`) given: Monte Carlo computes it once per
    /// parameter and draws every parameter again each month on large runs, so the square root of the side's
    /// product is chosen without a branch to mispredict.
    static func triangular(_ uniform: Double, low: Double, central: Double, high: Double, split: Double) -> Double {
        let isBelow = uniform < split
        let root = (isBelow ? uniform * (high - low) * (central - low)
                            : (1 - uniform) * (high - low) * (high - central)).squareRoot()
        return high > low ? (isBelow ? low + root : high - root) : central
    }
}
