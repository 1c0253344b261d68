/// p10 / p50 / p90 by selection (expected linear time), not a full sort.
enum Percentiles {
    /// Columns shorter than this go straight to quickselect.
    static let bracketedMinimum = 2_048
    /// Values sampled from a column to bracket each rank.
    static let sampleSize = 512

    /// p10 / p50 / p90 of a column Monte Carlo owns, which may be reordered in place. Uses the
    /// nearest-rank definition: the p-th percentile is the value at rank ⌈p·n⌉ (1-based).
    static func band(of buffer: UnsafeMutableBufferPointer<Double>) -> Bands.Band {
        let count = buffer.count
        precondition(count > 0, "a band needs at least one draw")
        // Many columns are the same in every draw (month 0, outputs no parameter reaches): when every
        // value is bit-for-bit equal, any selection returns that value, so skip it.
        if let first = buffer.first, buffer.allSatisfy({ $0.bitPattern == first.bitPattern }) {
            return Bands.Band(p10: first, p50: first, p90: first)
        }
        let ranks = [rank(0.1, count), rank(0.5, count), rank(0.9, count)]
        if count >= bracketedMinimum, let values = bracketed(buffer, ranks: ranks) {
            return Bands.Band(p10: values[0], p50: values[1], p90: values[2])
        }
        return selected(buffer, ranks: ranks)
    }

    /// p10 / p50 / p90 by quickselect in place: the reference, and the way for short columns.
    static func selected(_ buffer: UnsafeMutableBufferPointer<Double>, ranks: [Int]) -> Bands.Band {
        let count = buffer.count
        let median = select(buffer, ranks[1], 0, count - 1)
        let low = select(buffer, ranks[0], 0, ranks[1])
        let high = select(buffer, ranks[2], ranks[1], count - 1)
        return Bands.Band(p10: low, p50: median, p90: high)
    }

    /// 0-based index of the nearest-rank `percent` quantile of `count` values.
    static func rank(_ percent: Double, _ count: Int) -> Int {
        max(0, min(count - 1, Int((percent * Double(count)).rounded(.up)) - 1))
    }

    /// The values at `ranks` without reordering the column, or nil when the caller must select
    /// instead: a NaN, a bracket that missed its rank, or a zero whose sign quickselect picks.
    ///
    /// A sorted sample gives each rank a bracket a few standard errors wide; one branch-free pass
    /// counts the values below each bracket and copies those inside; the rank is then selected
    /// among the few copied values. Quickselect's cost was its mispredicted branches, not its
    /// instructions.
    static func bracketed(_ buffer: UnsafeMutableBufferPointer<Double>, ranks: [Int]) -> [Double]? {
        let count = buffer.count
        var sample = UnsafeMutableBufferPointer<Double>.allocate(capacity: sampleSize)
        defer { sample.deallocate() }
        for index in 0..<sampleSize { sample[index] = buffer[index * count / sampleSize] }
        if sample.contains(where: \.isNaN) { return nil }
        sample.sort()
        var lower = [Double](repeating: 0, count: 3), upper = lower
        for (index, rank) in ranks.enumerated() {
            let fraction = Double(rank + 1) / Double(count)
            let spread = (Double(sampleSize) * fraction * (1 - fraction)).squareRoot()
            let margin = Int(3.5 * spread) + 3
            let position = Int(fraction * Double(sampleSize))
            lower[index] = position - margin >= 0 ? sample[position - margin] : -.infinity
            upper[index] = position + margin < sampleSize ? sample[position + margin] : .infinity
        }
        let capacity = count / 4
        let copies = UnsafeMutablePointer<Double>.allocate(capacity: 3 * (capacity + 1))
        defer { copies.deallocate() }
        var below = (0, 0, 0), inside = (0, 0, 0)
        var unordered = 0
        let (low0, low1, low2) = (lower[0], lower[1], lower[2])
        let (high0, high1, high2) = (upper[0], upper[1], upper[2])
        let copy0 = copies, copy1 = copies + (capacity + 1), copy2 = copies + 2 * (capacity + 1)
        // Integer arithmetic on the comparisons, no `&&`, so the loop has no data-dependent branch.
        // Below a bracket implies not above it (low ≤ high), so "≤ high" minus "< low" is "inside".
        for value in buffer {
            unordered &+= value != value ? 1 : 0
            let under0 = value < low0 ? 1 : 0, under1 = value < low1 ? 1 : 0, under2 = value < low2 ? 1 : 0
            let upTo0 = value <= high0 ? 1 : 0, upTo1 = value <= high1 ? 1 : 0, upTo2 = value <= high2 ? 1 : 0
            copy0[min(inside.0, capacity)] = value
            copy1[min(inside.1, capacity)] = value
            copy2[min(inside.2, capacity)] = value
            below.0 &+= under0
            below.1 &+= under1
            below.2 &+= under2
            inside.0 &+= upTo0 &- under0
            inside.1 &+= upTo1 &- under1
            inside.2 &+= upTo2 &- under2
        }
        if unordered > 0 { return nil }
        let counted = [(below.0, inside.0, copy0), (below.1, inside.1, copy1), (below.2, inside.2, copy2)]
        var values: [Double] = []
        for (index, (under, within, copy)) in counted.enumerated() {
            let rank = ranks[index]
            guard rank >= under, rank < under + within else { return nil }
            let value: Double
            if lower[index].bitPattern == upper[index].bitPattern {
                value = lower[index]  // every value inside equals the bracket's ends
            } else {
                guard within <= capacity else { return nil }
                value = select(UnsafeMutableBufferPointer(start: copy, count: within), rank - under, 0, within - 1)
            }
            if value == 0, buffer.contains(where: { $0.bitPattern == (-0.0).bitPattern }) { return nil }
            values.append(value)
        }
        return values
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
