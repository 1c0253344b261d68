/// What a chart shows, independent of how it is drawn (terminal text or SVG): one or more series
/// over a shared x axis, each with an optional p10–p90 band, all in one y unit.
struct ChartData {
    /// One line on the chart.
    struct Series {
        /// The output's name: used for SVG ids and classes.
        var name: String
        /// The legend text.
        var label: String
        /// One value per x position (NaN leaves a gap).
        var values: [Double]
        /// The p10–p90 band, one per x position, or nil for a line alone.
        var band: [ClosedRange<Double>]?

        /// Whether the band is wide enough anywhere to be drawn (the regime's band, a category
        /// that does not spread, draws nothing): only a drawn band gets a legend entry.
        var drawsBand: Bool {
            band?.contains { range in
                range.lowerBound.isFinite && range.upperBound.isFinite && range.upperBound > range.lowerBound
            } ?? false
        }
    }

    /// A vertical line at an x position, such as a change of regime.
    struct Marker {
        var x: Double
        var label: String
    }

    var title: String
    /// The y unit, printed beside the axis (e.g. "$B", "bp over IORB").
    var yUnit: String
    /// The x axis caption (e.g. "months after the decision").
    var xCaption: String
    /// X positions shared by every series, increasing.
    var xValues: [Double]
    var series: [Series]
    var markers: [Marker] = []
    /// Names for whole-number y values (regime: 0 abundant, 1 ample, 2 scarce); nil for numbers.
    var yCategories: [String]? = nil
    /// A line under the legend, e.g. what the band means or how values were normalised.
    var note: String? = nil
    /// Formats an x tick value given the tick step (months: "0", "6"; a sweep: "50").
    var xTickLabel: (_ value: Double, _ step: Double) -> String = { ChartScale.label($0, step: $1) }
    /// Whether x values are whole numbers (months), so ticks fall on whole numbers too.
    var wholeNumberX = true
    /// Put x ticks on the data's x values (a sweep's points) rather than at round numbers.
    var xTicksAtValues = false

    /// The lowest and highest values any series or band reaches (finite values only).
    var yExtent: ClosedRange<Double>? {
        if let yCategories { return 0...Double(max(yCategories.count - 1, 1)) }
        var values: [Double] = []
        for entry in series {
            values += entry.values
            if let band = entry.band { values += band.flatMap { [$0.lowerBound, $0.upperBound] } }
        }
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low...high
    }
}

extension ChartData.Series {
    /// The same series rescaled so its lowest value is 0 and its highest 100 (for outputs with
    /// different units on one chart); a constant series sits at 50.
    func normalised() -> ChartData.Series {
        var values = self.values.filter(\.isFinite)
        if let band { values += band.flatMap { [$0.lowerBound, $0.upperBound] }.filter(\.isFinite) }
        guard let low = values.min(), let high = values.max() else { return self }
        let scale: (Double) -> Double = high > low ? { ChartScale.fraction($0, in: low...high) * 100 } : { _ in 50 }
        var copy = self
        copy.values = self.values.map(scale)
        copy.band = band?.map { scale($0.lowerBound)...scale($0.upperBound) }
        return copy
    }
}
