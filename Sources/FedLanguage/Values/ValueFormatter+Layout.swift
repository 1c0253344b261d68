extension ValueFormatter {
    /// Where the digits go: `prefix`, the number moved `shift` decimal places, `suffix`.
    struct Layout {
        var prefix = ""
        var shift = 0
        var suffix = ""
        /// Used instead of `suffix` unless the number is exactly 1 (`18 months`, `1 month`).
        var pluralSuffix: String?

        /// The layout for a requested unit, or nil when the unit does not fit the dimension.
        static func preferred(_ unit: DisplayUnit, for dimension: Dimension, order: Int) -> Layout? {
            switch (unit, dimension) {
            case (.dollars, .money): money(order: order, per: "")
            case (.dollarsPerMonth, .moneyPerTime): money(order: order, per: "/month")
            case (.basisPoints, .ratio): Layout(shift: -4, suffix: "bp")
            case (.basisPoints, .ratioPerTime): Layout(shift: -4, suffix: "bp/month")
            case (.percent, .ratio): Layout(shift: -2, suffix: "%")
            case (.percent, .ratioPerTime): Layout(shift: -2, suffix: "%/month")
            case (.percentagePoints, .ratio): Layout(shift: -2, suffix: "pp")
            case (.months, .time): Layout(suffix: " month", pluralSuffix: " months")
            case (.plain, .none): Layout()
            default: nil
            }
        }

        /// The layout chosen from the dimension and the size of the number.
        static func automatic(for dimension: Dimension, order: Int) -> Layout {
            switch dimension {
            case .none: Layout()
            case .money: money(order: order, per: "")
            case .moneyPerTime: money(order: order, per: "/month")
            case .ratio: order < -2 ? Layout(shift: -4, suffix: "bp") : Layout(shift: -2, suffix: "%")
            case .ratioPerTime:
                order < -2 ? Layout(shift: -4, suffix: "bp/month") : Layout(shift: -2, suffix: "%/month")
            case .time: Layout(suffix: " month", pluralSuffix: " months")
            case Dimension(time: -1): Layout(suffix: "/month")
            default: general(dimension)
            }
        }

        /// Dollars with the largest scale word not above the number: `$850M`, `$1.35T`.
        static func money(order: Int, per: String) -> Layout {
            let scales = [(12, "T"), (9, "B"), (6, "M"), (3, "k")]
            for (places, word) in scales where order >= places {
                return Layout(prefix: "$", shift: places, suffix: word + per)
            }
            return Layout(prefix: "$", suffix: per)
        }

        /// Any other dimension, as a number times units of exactly one:
        /// `5 * $1 * 1 month`. `100%` is exactly 1 because `%` moves the decimal point.
        static func general(_ dimension: Dimension) -> Layout {
            var suffix = ""
            func repeatUnit(_ power: Int, _ unit: String) {
                let symbol = power > 0 ? " * " : " / "
                for _ in 0..<abs(power) { suffix += symbol + unit }
            }
            repeatUnit(dimension.money, "$1")
            repeatUnit(dimension.ratio, "100%")
            repeatUnit(dimension.time, "1 month")
            return Layout(suffix: suffix)
        }
    }
}
