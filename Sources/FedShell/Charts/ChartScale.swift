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

    /// An axis covering `extent` with about `count` intervals between ticks.
    static func axis(covering extent: ClosedRange<Double>, intervals count: Int) -> Axis {
        var low = extent.lowerBound
        var high = extent.upperBound
        if high - low < 1e-9 * max(abs(low), 1) {
            // A flat line still needs a scale: centre it in a small range.
            let pad = low == 0 ? 1 : abs(low) * 0.05
            low -= pad
            high += pad
        }
        let step = niceStep((high - low) / Double(max(count, 1)))
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var index = 0.0
        while first + index * step <= last + step * 1e-9 {
            ticks.append(cleaned(first + index * step))
            index += 1
        }
        return Axis(range: first...last, ticks: ticks, step: step)
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
        var whole = String(parts[0])
        var grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = String(whole.dropLast(3))
        }
        grouped = whole + grouped
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
