/// The physical kind of a quantity: exponents of money (US dollars), time (months) and
/// ratio (a fraction, so `1%` is 0.01). All zero is a plain number.
package struct Dimension: Sendable, Hashable, CustomStringConvertible {
    package var money: Int
    package var time: Int
    package var ratio: Int

    package init(money: Int = 0, time: Int = 0, ratio: Int = 0) {
        self.money = money
        self.time = time
        self.ratio = ratio
    }

    package static let none = Dimension()
    package static let money = Dimension(money: 1)
    package static let time = Dimension(time: 1)
    package static let ratio = Dimension(ratio: 1)
    package static let moneyPerTime = Dimension(money: 1, time: -1)
    package static let ratioPerTime = Dimension(time: -1, ratio: 1)

    package var isPlain: Bool { self == .none }

    package static func * (left: Dimension, right: Dimension) -> Dimension {
        Dimension(
            money: left.money + right.money,
            time: left.time + right.time,
            ratio: left.ratio + right.ratio
        )
    }

    package static func / (left: Dimension, right: Dimension) -> Dimension {
        Dimension(
            money: left.money - right.money,
            time: left.time - right.time,
            ratio: left.ratio - right.ratio
        )
    }

    /// Words used in messages: `money`, `ratio/time`, `plain number`.
    package var description: String {
        if isPlain { return "plain number" }
        let bases = [("money", money), ("ratio", ratio), ("time", time)]
        func part(_ name: String, _ power: Int) -> String {
            power == 1 ? name : "\(name)^\(power)"
        }
        let numerator = bases.filter { $0.1 > 0 }.map { part($0.0, $0.1) }
        let denominator = bases.filter { $0.1 < 0 }.map { part($0.0, -$0.1) }
        var text = numerator.isEmpty ? "1" : numerator.joined(separator: "*")
        if !denominator.isEmpty { text += "/" + denominator.joined(separator: "/") }
        return text
    }
}
