/// The small statistics the calibration needs: a straight-line fit with its standard errors, means,
/// and empirical quantiles. Deterministic: no randomness, fixed summation order.
package struct LineFit: Sendable, Equatable {
    package var intercept: Double
    package var slope: Double
    /// Standard errors of the slope and the intercept, and of the residuals.
    package var slopeError: Double
    package var interceptError: Double
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
        interceptError =
            sxx > 0 ? residualError * (1 / Double(count) + meanX * meanX / sxx).squareRoot() : residualError
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

/// Ordinary least squares of `y` on a constant, a 0/1 indicator and one regressor: the month-end ON
/// RRP fit (quarter ends as the indicator, TGCR − ON RRP rate as the regressor).
package struct IndicatorLineFit: Sendable, Equatable {
    /// intercept, indicator, slope and their standard errors.
    package var coefficients: [Double]
    package var errors: [Double]

    /// nil with fewer than five points or when the regressors are collinear.
    package init?(indicator: [Bool], x: [Double], y: [Double]) {
        let count = min(indicator.count, x.count, y.count)
        guard count >= 5 else { return nil }
        let rows = (0..<count).map { [1, indicator[$0] ? 1 : 0, x[$0]] }
        var normal = [[Double]](repeating: [0, 0, 0], count: 3), right = [0.0, 0, 0]
        for (row, value) in zip(rows, y) {
            for i in 0..<3 {
                right[i] += row[i] * value
                for j in 0..<3 { normal[i][j] += row[i] * row[j] }
            }
        }
        guard let inverse = Self.inverse(normal) else { return nil }
        let solution = (0..<3).map { i in (0..<3).reduce(0) { $0 + inverse[i][$1] * right[$1] } }
        coefficients = solution
        let residual = zip(rows, y).reduce(0.0) { total, pair in
            let fitted = (0..<3).reduce(0) { $0 + pair.0[$1] * solution[$1] }
            return total + (pair.1 - fitted) * (pair.1 - fitted)
        }
        let variance = residual / Double(count - 3)
        errors = (0..<3).map { (max(0, inverse[$0][$0]) * variance).squareRoot() }
    }

    /// The inverse of a 3 × 3 matrix by cofactors; nil when it is singular.
    private static func inverse(_ m: [[Double]]) -> [[Double]]? {
        func cofactor(_ i: Int, _ j: Int) -> Double {
            let rows = (0..<3).filter { $0 != i }, columns = (0..<3).filter { $0 != j }
            let minor =
                m[rows[0]][columns[0]] * m[rows[1]][columns[1]] - m[rows[0]][columns[1]] * m[rows[1]][columns[0]]
            return (i + j) % 2 == 0 ? minor : -minor
        }
        let determinant = (0..<3).reduce(0) { $0 + m[0][$1] * cofactor(0, $1) }
        guard abs(determinant) > 1e-12 else { return nil }
        return (0..<3).map { i in (0..<3).map { j in cofactor(j, i) / determinant } }
    }
}
