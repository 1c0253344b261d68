/// The small statistics the calibration needs: a straight-line fit with its standard errors, means,
/// and empirical quantiles. Deterministic: no randomness, fixed summation order.
package struct LineFit: Sendable, Equatable {
    package var intercept: Double
    package var slope: Double
    /// Standard error of the slope, and of the residuals.
    package var slopeError: Double
    package var residualError: Double
    package var rSquared: Double
    package var count: Int

    /// Ordinary least squares of `y` on `x`; nil with fewer than three points.
    package init?(x: [Double], y: [Double]) {
        let count = min(x.count, y.count)
        guard count >= 3 else { return nil }
        let meanX = Statistics.mean(Array(x.prefix(count))), meanY = Statistics.mean(Array(y.prefix(count)))
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        for index in 0..<count {
            let dx = x[index] - meanX, dy = y[index] - meanY
            sxx += dx * dx
            sxy += dx * dy
            syy += dy * dy
        }
        slope = sxx > 0 ? sxy / sxx : 0
        intercept = meanY - slope * meanX
        let residual = max(0, syy - slope * sxy)
        residualError = (residual / Double(count - 2)).squareRoot()
        slopeError = sxx > 0 ? residualError / sxx.squareRoot() : 0
        rSquared = syy > 0 ? 1 - residual / syy : 0
        self.count = count
    }
}

package enum Statistics {
    /// The z of a two-sided 90% interval (p5 … p95).
    package static let ninetyPercent = 1.645

    package static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    package static func standardDeviation(_ values: [Double]) -> Double {
        guard values.count > 1 else { return 0 }
        let average = mean(values)
        return (values.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(values.count - 1)).squareRoot()
    }

    /// The quantile at `level` (0…1) by linear interpolation between order statistics.
    package static func quantile(_ sorted: [Double], _ level: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = level * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
