/// p10 / p50 / p90 by selection (linear time), not a full sort.
enum Percentiles {
    /// Subsets at most this long go straight to quickselect.
    static let quickselectMaximum = 256
    /// Buckets per level of the bucket selection.
    static let bucketCount = 2_048
    /// Levels of bucketing before the rest goes to quickselect.
    static let levels = 4

    /// p10 / p50 / p90 of a column Monte Carlo owns, which may be reordered in place. Uses the
    /// nearest-rank definition: the p-th percentile is the value at rank ⌈p·n⌉ (1-based).
    static func band(of buffer: UnsafeMutableBufferPointer<Double>) -> Bands.Band {
        let count = buffer.count
        precondition(count > 0, "a band needs at least one draw")
        let ranks = [rank(0.1, count), rank(0.5, count), rank(0.9, count)]
        guard count > quickselectMaximum, let range = range(of: UnsafeBufferPointer(buffer)) else {
            return selected(buffer, ranks: ranks)
        }
        // Many columns are the same in every draw (month 0, outputs no parameter reaches): when every
        // value is bit-for-bit equal, any selection returns that value.
        if range.lowest == range.highest, let first = buffer.first,
           buffer.allSatisfy({ $0.bitPattern == first.bitPattern }) {
            return Bands.Band(p10: first, p50: first, p90: first)
        }
        // A zero's sign is whichever quickselect meets first, so a zero result with a −0 in the
        // column is left to quickselect.
        guard let values = bucketed(UnsafeBufferPointer(buffer), ranks: ranks, range: range),
              values.allSatisfy({ $0 != 0 }) || !buffer.contains(where: { $0.bitPattern == (-0.0).bitPattern })
        else { return selected(buffer, ranks: ranks) }
        return Bands.Band(p10: values[0], p50: values[1], p90: values[2])
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

    /// The smallest and largest value, or nil when a value is NaN or infinite, or the spread between
    /// them is not a normal number (values too close for buckets to tell apart).
    private static func range(of values: UnsafeBufferPointer<Double>) -> (lowest: Double, highest: Double)? {
        // Four running minima and maxima: a single one waits on each comparison in turn.
        var low = (values[0], values[0], values[0], values[0]), high = low
        // A NaN or an infinity makes the sum not finite (so may a sum beyond 1.8e308: the caller then
        // selects by quickselect, still exactly).
        var total = 0.0
        var index = 0
        while index + 4 <= values.count {
            let (a, b, c, d) = (values[index], values[index + 1], values[index + 2], values[index + 3])
            low = (Swift.min(low.0, a), Swift.min(low.1, b), Swift.min(low.2, c), Swift.min(low.3, d))
            high = (Swift.max(high.0, a), Swift.max(high.1, b), Swift.max(high.2, c), Swift.max(high.3, d))
            total += (a + b) + (c + d)
            index += 4
        }
        while index < values.count {
            let value = values[index]
            low.0 = Swift.min(low.0, value)
            high.0 = Swift.max(high.0, value)
            total += value
            index += 1
        }
        guard total.isFinite else { return nil }
        let lowest = Swift.min(Swift.min(low.0, low.1), Swift.min(low.2, low.3))
        let highest = Swift.max(Swift.max(high.0, high.1), Swift.max(high.2, high.3))
        let spread = highest - lowest
        guard spread == 0 || (spread.isFinite && spread.isNormal && (Double(bucketCount) / spread).isFinite) else {
            return nil
        }
        return (lowest, highest)
    }

    /// The values at `ranks` (ascending), selected without reordering `values`, or nil when a level
    /// cannot tell the values apart (the caller then selects by quickselect).
    ///
    /// Bucket b holds the values v with (v − lowest) · scale rounded to b: a monotone map, so the buckets
    /// are in the values' order. One pass counts the buckets, which names the bucket of each rank
    /// and its rank inside; a second copies that bucket's values out (a few per bucket), where the
    /// rank is found the same way or by quickselect. No branch depends on the data, which is what
    /// made quickselect slow.
    private static func bucketed(_ values: UnsafeBufferPointer<Double>, ranks: [Int],
                                 range: (lowest: Double, highest: Double), level: Int = 0) -> [Double]? {
        if range.lowest == range.highest { return ranks.map { _ in range.lowest } }
        let lowest = range.lowest
        let scale = Double(bucketCount) / (range.highest - lowest)
        let counts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: bucketCount)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        for value in values { counts[bucket(of: value, lowest: lowest, scale: scale)] &+= 1 }
        // The bucket of each rank and the values below it.
        var buckets: [Int] = [], below: [Int] = []
        var current = 0, before = 0
        for rank in ranks {
            while before + Int(counts[current]) <= rank { before += Int(counts[current]); current += 1 }
            buckets.append(current)
            below.append(before)
        }
        // One pass copies out the values of up to three distinct buckets (a missing one is -1,
        // which no value falls in, copied into a slot of its own).
        var targets = [-1, -1, -1], sizes = [0, 0, 0]
        var groups: [[Int]] = []
        for (index, bucket) in buckets.enumerated() {
            if let group = targets.firstIndex(of: bucket), group < groups.count {
                groups[group].append(index)
            } else {
                targets[groups.count] = bucket
                sizes[groups.count] = Int(counts[bucket])
                groups.append([index])
            }
        }
        let copies = (0..<3).map { UnsafeMutableBufferPointer<Double>.allocate(capacity: sizes[$0] + 1) }
        defer { for copy in copies { copy.deallocate() } }
        let (target0, target1, target2) = (targets[0], targets[1], targets[2])
        let (copy0, copy1, copy2) = (copies[0].baseAddress!, copies[1].baseAddress!, copies[2].baseAddress!)
        var copied = (0, 0, 0)
        for value in values {
            let bucket = Self.bucket(of: value, lowest: lowest, scale: scale)
            copy0[copied.0] = value
            copy1[copied.1] = value
            copy2[copied.2] = value
            copied.0 &+= bucket == target0 ? 1 : 0
            copied.1 &+= bucket == target1 ? 1 : 0
            copied.2 &+= bucket == target2 ? 1 : 0
        }
        var results = [Double](repeating: 0, count: ranks.count)
        for (group, members) in groups.enumerated() {
            let size = sizes[group]
            let subset = UnsafeMutableBufferPointer(rebasing: copies[group][0..<size])
            let inner = members.map { ranks[$0] - below[$0] }
            var found: [Double]
            if size <= quickselectMaximum || level + 1 >= levels {
                found = inner.map { select(subset, $0, 0, size - 1) }
            } else {
                guard let subrange = self.range(of: UnsafeBufferPointer(subset)),
                      let values = bucketed(UnsafeBufferPointer(subset), ranks: inner, range: subrange,
                                            level: level + 1)
                else { return nil }
                found = values
            }
            for (member, value) in zip(members, found) { results[member] = value }
        }
        return results
    }

    /// The bucket of a value at or above `lowest`: (value − lowest) · scale rounded to the nearest
    /// integer, at most the last bucket. Each step is monotone, so the buckets keep the values' order.
    /// Rounded by adding 2⁵² (the product is at most about `bucketCount`), which needs none of the
    /// range checks of `Int(_:)`.
    @inline(__always)
    private static func bucket(of value: Double, lowest: Double, scale: Double) -> Int {
        let rounded = ((value - lowest) * scale + 0x1p52).bitPattern &- (0x1p52 as Double).bitPattern
        return min(Int(truncatingIfNeeded: rounded), bucketCount - 1)
    }

    /// The k-th smallest of buffer[lower...upper] (Hoare's quickselect with a median-of-three pivot);
    /// afterwards everything left of k is ≤ it and everything right is ≥ it.
    private static func select(_ buffer: UnsafeMutableBufferPointer<Double>, _ k: Int, _ lower: Int, _ upper: Int)
        -> Double
    {
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
