/// p10 / p50 / p90 by selection (expected linear time), not a full sort.
enum Percentiles {
    /// p10 / p50 / p90 of a column Monte Carlo owns, reordered in place. Uses the nearest-rank
    /// definition: the p-th percentile is the value at rank ⌈p·n⌉ (1-based).
    static func band(of buffer: UnsafeMutableBufferPointer<Double>) -> Bands.Band {
        let count = buffer.count
        precondition(count > 0, "a band needs at least one draw")
        // Many columns are the same in every draw (month 0, outputs no parameter reaches): when every
        // value is bit-for-bit equal, any selection returns that value, so skip it.
        if let first = buffer.first, buffer.allSatisfy({ $0.bitPattern == first.bitPattern }) {
            return Bands.Band(p10: first, p50: first, p90: first)
        }
        func rank(_ percent: Double) -> Int { max(0, min(count - 1, Int((percent * Double(count)).rounded(.up)) - 1)) }
        let median = select(buffer, rank(0.5), 0, count - 1)
        let low = select(buffer, rank(0.1), 0, rank(0.5))
        let high = select(buffer, rank(0.9), rank(0.5), count - 1)
        return Bands.Band(p10: low, p50: median, p90: high)
    }

    /// The k-th smallest of buffer[lower...upper] (Hoare's quickselect with a median-of-three pivot);
    /// afterwards everything left of k is ≤ it and everything right is ≥ it.
    private static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int, _ lower: Int, _ upper: Int) -> Double {
        var lower = lower
        var upper = upper
        while lower < upper {
            let middle = lower + (upper - lower) / 2
            if buffer[middle] < buffer[lower] { buffer.swapAt(middle, lower) }
            if buffer[upper] < buffer[lower] { buffer.swapAt(upper, lower) }
            if buffer[upper] < buffer[middle] { buffer.swapAt(upper, middle) }
            let pivot = buffer[middle]
            var left = lower
            var right = upper
            while left <= right {
                while buffer[left] < pivot { left += 1 }
                while buffer[right] > pivot { right -= 1 }
                if left <= right {
                    buffer.swapAt(left, right)
                    left += 1
                    right -= 1
                }
            }
            if k <= right { upper = right } else if k >= left { lower = left } else { return buffer[k] }
        }
        return buffer[k]
    }
}
