import Foundation

/// Axis arithmetic shared by the text and SVG charts: "nice" tick steps (1, 2, 2.5 or 5 times a
/// power of ten), ranges widened to whole ticks, and tick labels with just enough decimals.
enum ChartScale {
    /// An axis: its range (whole ticks at both ends) and the ticks inside it.
    struct Axis: Equatable {
        var range: ClosedRange<Double>
        var ticks: [Double]
        var step: Double
    }

    /// An axis covering `extent` with about `count` intervals between ticks. Any finite extent gives
    /// a finite axis with at most 2 · count + 3 ticks: spans are worked out halved, so two values near
    /// ±1.8e308 do not overflow, and ticks that would leave the finite numbers are held at the edge.
    static func axis(covering extent: ClosedRange<Double>, intervals count: Int) -> Axis {
        guard extent.lowerBound.isFinite, extent.upperBound.isFinite else {
            return Axis(range: 0...1, ticks: [0, 0.5, 1], step: 0.5)
        }
        var low = extent.lowerBound
        var high = extent.upperBound
        let intervals = Double(max(count, 1))
        if high / 2 - low / 2 < 0.5e-9 * max(abs(low), 1) {
            // A flat line still needs a scale: centre it in a small range.
            let pad = low == 0 ? 1 : abs(low) * 0.05
            low = finite(low - pad)
            high = finite(high + pad)
        }
        let step = niceStep(high / intervals - low / intervals)
        let first = finite((low / step).rounded(.down) * step)
        let last = finite((high / step).rounded(.up) * step)
        var ticks: [Double] = []
        var index = 0.0
        while index <= 2 * intervals + 2, first + index * step <= last + step * 1e-9 {
            ticks.append(cleaned(first + index * step))
            index += 1
        }
        return Axis(range: first...last, ticks: ticks, step: step)
    }

    /// Where `value` falls in `range`, 0 at the lower end and 1 at the upper, held to −1 … 2 so that
    /// points far outside map to a bounded position; overflow-safe for any finite numbers.
    static func fraction(_ value: Double, in range: ClosedRange<Double>) -> Double {
        let span = range.upperBound / 2 - range.lowerBound / 2
        guard span > 0, value.isFinite else { return 0.5 }
        let position = (value / 2 - range.lowerBound / 2) / span
        return position.isFinite ? min(max(position, -1), 2) : 0.5
    }

    /// A position on a grid of `cells` cells (0 … cells − 1) for a fraction from `fraction(_:in:)`.
    static func cell(_ fraction: Double, cells: Int) -> Int {
        Int((min(max(fraction, -1), 2) * Double(max(cells - 1, 0))).rounded())
    }

    /// The value itself when finite, else the largest finite number of its sign.
    private static func finite(_ value: Double) -> Double {
        value.isFinite ? value : (value < 0 ? -.greatestFiniteMagnitude : .greatestFiniteMagnitude)
    }

    /// 1, 2, 2.5 or 5 times a power of ten, at least `raw`.
    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        for multiple in [1, 2, 2.5, 5, 10] where multiple * power >= raw * (1 - 1e-9) {
            return multiple * power
        }
        return 10 * power
    }

    /// A tick label: grouped thousands, a true minus sign, as many decimals as the step needs.
    static func label(_ value: Double, step: Double) -> String {
        let decimals = decimalsNeeded(step)
        let rounded = cleaned(value)
        let magnitude = String(format: "%.\(decimals)f", abs(rounded))
        let parts = magnitude.split(separator: ".", maxSplits: 1)
        var grouped = ReportFormat.groupedThousands(String(parts[0]))
        if parts.count > 1 { grouped += "." + parts[1] }
        let isZero = Double(magnitude) == 0
        return (rounded < 0 && !isZero ? "−" : "") + grouped
    }

    private static func decimalsNeeded(_ step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        for decimals in 0...6 {
            let scaled = step * pow(10, Double(decimals))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(scaled, 1) { return decimals }
        }
        return 6
    }

    /// Removes floating-point noise from tick arithmetic (0.30000000000000004 → 0.3).
    private static func cleaned(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        return Double(String(format: "%.10g", value)) ?? value
    }
}
