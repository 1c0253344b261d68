/// A value of the language: a quantity, a boolean, a word, a date or a string.
package enum Value: Sendable, Hashable {
    case quantity(Quantity)
    /// `on`/`off`, `true`/`false`, `yes`/`no`.
    case bool(Bool)
    /// A bare word a resolver gives meaning to, such as `bills` or `ample`.
    case word(String)
    /// A calendar month, written `2026-04`.
    case date(year: Int, month: Int)
    /// A calendar day, written `2024-06-12` (the start of `set start 2024-06-12`).
    case day(year: Int, month: Int, day: Int)
    case string(String)

    /// What kind of value this is, for messages: `money`, `boolean`, `date`.
    package var kindDescription: String {
        switch self {
        case .quantity(let quantity): quantity.dimension.description
        case .bool: "boolean"
        case .word: "word"
        case .date: "date"
        case .day: "day"
        case .string: "string"
        }
    }

    /// The quantity, if this value is one.
    package var quantity: Quantity? {
        if case .quantity(let quantity) = self { return quantity }
        return nil
    }
}

extension Value {
    /// The words read as booleans, in any case.
    package static let booleanWords: [String: Bool] = [
        "on": true, "off": false, "true": true, "false": false, "yes": true, "no": false,
    ]
}
