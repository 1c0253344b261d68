import Testing
@testable import FedLanguage

struct ValueFormatterTests {
    let exact = ValueFormatter()
    let short = ValueFormatter(precision: .short)

    @Test(arguments: [
        (Quantity.money(45e9), "$45B"),
        (.money(1.35e12), "$1.35T"),
        (.money(850e6), "$850M"),
        (.money(12_000), "$12k"),
        (.money(0), "$0"),
        (.money(45), "$45"),
        (.money(-45e9), "-$45B"),
        (.money(4_500_000_000_000_000), "$4500T"),
        (Quantity(45e9, .moneyPerTime), "$45B/month"),
        (.ratio(0.0025), "25bp"),
        (.ratio(0.035), "3.5%"),
        (.ratio(0), "0%"),
        (.months(18), "18 months"),
        (.months(1), "1 month"),
        (.months(0.5), "0.5 months"),
        (.plain(2), "2"),
        (.plain(0.1), "0.1"),
        (.plain(1e-9), "1e-9"),
        (.plain(-0.0), "0"),
        (Quantity(0.05 / 12, .ratioPerTime), "41.66666666666667bp/month"),
        (Quantity(2, Dimension(time: -1)), "2/month"),
        (Quantity(540e9, Dimension(money: 1, time: 1)), "540000000000 * $1 * 1 month"),
        (Quantity(3, Dimension(money: -1, ratio: 2)), "3 / $1 * 100% * 100%"),
    ] as [(Quantity, String)])
    func formatsExactly(quantity: Quantity, expected: String) {
        #expect(exact.format(quantity) == expected)
    }

    @Test(arguments: [
        (Quantity.money(45.123456e9), ValueFormatter.DisplayUnit.automatic, "$45.12B"),
        (.money(999.96e9), .automatic, "$1T"),
        (.money(12_345), .automatic, "$12.35k"),
        (Quantity(1.5e9, .moneyPerTime), .dollarsPerMonth, "$1.5B/month"),
        (.ratio(0.00251234), .basisPoints, "25.12bp"),
        (.ratio(0.0025), .percent, "0.25%"),
        (.ratio(0.0025), .months, "25bp"),
        (.months(17.99999), .months, "18 months"),
        (.plain(2.0 / 3.0), .plain, "0.6667"),
        (.money(2e9), .dollars, "$2B"),
    ] as [(Quantity, ValueFormatter.DisplayUnit, String)])
    func formatsShort(quantity: Quantity, unit: ValueFormatter.DisplayUnit, expected: String) {
        #expect(short.format(quantity, in: unit) == expected)
    }

    @Test(arguments: [
        (Value.bool(true), "on"),
        (.bool(false), "off"),
        (.word("bills"), "bills"),
        (.date(year: 2026, month: 4), "2026-04"),
        (.string("a \"b\""), "\"a \\\"b\\\"\""),
    ] as [(Value, String)])
    func formatsOtherValues(value: Value, expected: String) {
        #expect(exact.format(value) == expected)
    }

    @Test func nonFiniteValuesDoNotCrash() {
        #expect(exact.format(Quantity(.nan)) == "nan")
        #expect(exact.format(Quantity(.infinity, .money)) == "inf")
        #expect(DecimalNumber(.infinity) == nil)
    }

    static let dimensions: [Dimension] = [
        .none, .money, .time, .ratio, .moneyPerTime, .ratioPerTime, Dimension(time: -1),
        Dimension(money: 1, time: 1), Dimension(money: 2), Dimension(money: -1, time: 2, ratio: 1),
    ]

    static let units: [ValueFormatter.DisplayUnit] = [
        .automatic, .dollars, .dollarsPerMonth, .basisPoints, .percent, .months, .plain,
    ]

    /// A random finite double: random magnitude over most of the exponent range, random digits.
    private func randomValue(_ generator: inout SeededGenerator) -> Double {
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: return Double(Int.random(in: -1_000_000...1_000_000, using: &generator))
        case 1: return Double(Int.random(in: -10_000...10_000, using: &generator)) / 100
        case 2:
            return Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
                * (Bool.random(using: &generator) ? 1 : -1)
        default:
            let exponent = Double.random(in: -30...30, using: &generator)
            return Double.random(in: -10...10, using: &generator) * pow10(exponent)
        }
    }

    private func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        let whole = Int(exponent)
        for _ in 0..<abs(whole) { result = whole > 0 ? result * 10 : result / 10 }
        return result
    }

    @Test func exactFormattingRoundTrips() throws {
        var generator = SeededGenerator(state: 20251210)
        var failures: [String] = []
        for _ in 0..<4000 {
            let value = randomValue(&generator)
            guard value.isFinite else { continue }
            let dimension = Self.dimensions.randomElement(using: &generator)!
            let unit = Self.units.randomElement(using: &generator)!
            let original = Quantity(value, dimension)
            let text = exact.format(original, in: unit)
            let back = quantity(text)
            if back?.value != value || back?.dimension != dimension {
                failures.append("\(value) \(dimension) → \(text) → \(String(describing: back))")
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test func shortModeKeepsFourSignificantDigits() {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<1000 {
            let value = Double.random(in: 1...1e13, using: &generator)
            let text = short.format(.money(value))
            let digits = text.filter(\.isNumber).drop { $0 == "0" }
            #expect(digits.count <= 4, "\(text)")
        }
    }
}
