import Foundation
import Testing
@testable import FedModel

/// The bucket selection must give the very values quickselect gives (bit for bit), whatever
/// the column: the bands depend on it. Columns are long enough to take the bucketed path.
struct PercentilesTests {
    /// Both selections on copies of the same column.
    static func both(_ values: [Double]) -> (bucketed: Bands.Band, quickselect: Bands.Band) {
        var first = values, second = values
        let bucketed = first.withUnsafeMutableBufferPointer { Percentiles.band(of: $0) }
        let ranks = [0.1, 0.5, 0.9].map { Percentiles.rank($0, values.count) }
        let quickselect = second.withUnsafeMutableBufferPointer { Percentiles.selected($0, ranks: ranks) }
        return (bucketed, quickselect)
    }

    static func bits(_ band: Bands.Band) -> [UInt64] { [band.p10, band.p50, band.p90].map(\.bitPattern) }

    static let columns: [(String, @Sendable (inout RandomSource) -> Double)] = [
        ("normal", { $0.normal() }),
        ("skewed", { exp(3 * $0.normal()) }),
        ("few distinct values", { Double(Int($0.uniform() * 4)) }),
        ("mostly zero, some negative zeros", { random in
            let u = random.uniform()
            return u < 0.6 ? 0 : (u < 0.7 ? -0.0 : random.normal())
        }),
        ("mostly one value", { random in random.uniform() < 0.95 ? 7.5 : random.normal() }),
        ("with infinities", { random in random.uniform() < 0.05 ? -.infinity : random.normal() }),
        // Nearly every value in one bucket of the first level: the deeper levels select.
        ("far outliers", { random in random.uniform() < 0.002 ? 1e15 * random.uniform() : random.normal() }),
        ("a narrow cluster", { random in 1 + 1e-13 * random.normal() }),
    ]

    @Test(arguments: 0..<columns.count)
    func bucketedSelectionMatchesQuickselect(_ index: Int) {
        let (name, draw) = Self.columns[index]
        for count in [257, 2_048, 2_049, 5_000, 10_000, 33_333] {
            var random = RandomSource(seed: UInt64(count * 31 + index))
            let values = (0..<count).map { _ in draw(&random) }
            let (bucketed, quickselect) = Self.both(values)
            #expect(Self.bits(bucketed) == Self.bits(quickselect), "\(name), \(count) values")
        }
    }

    @Test func aColumnWithNaNFallsBackToQuickselect() {
        var random = RandomSource(seed: 9)
        var values = (0..<4_096).map { _ in random.normal() }
        values[1_234] = .nan
        let (bucketed, quickselect) = Self.both(values)
        #expect(Self.bits(bucketed) == Self.bits(quickselect))
    }

    @Test func aSortedColumnIsStillSelectedExactly() {
        let ascending = (0..<8_192).map(Double.init)
        #expect(Self.bits(Self.both(ascending).bucketed) == Self.bits(Self.both(ascending).quickselect))
        let descending = Array(ascending.reversed())
        #expect(Self.both(descending).bucketed == Bands.Band(p10: 819, p50: 4_095, p90: 7_372))
    }
}
