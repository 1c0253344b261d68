/// What a series is: its id (FRED's where FRED publishes it), meaning, unit, frequency and publisher.
/// Every series fedsh knows is declared once, in `SeriesDescription.catalogue`.
package struct SeriesDescription: Sendable, Equatable {
    package enum Unit: String, Sendable {
        case millionsOfDollars = "millions of USD"
        case billionsOfDollars = "billions of USD"
        case dollars = "USD"
        case percent
        case index

        /// Factor from this unit to billions of dollars; `nil` for rates and indices.
        package var billionsPerUnit: Double? {
            switch self {
            case .millionsOfDollars: return 0.001
            case .billionsOfDollars: return 1
            case .dollars: return 1e-9
            case .percent, .index: return nil
            }
        }
    }

    package enum Frequency: String, Sendable, CaseIterable {
        case daily, weekly, biweekly, monthly, quarterly

        /// The shortest gap in days between two observations at this frequency (weekly H.4.1 dates
        /// move a day around holidays).
        package var shortestGap: Int {
            switch self {
            case .daily: return 1
            case .weekly: return 5
            case .biweekly: return 12
            case .monthly: return 28
            case .quarterly: return 89
            }
        }

        /// The frequency a typical gap of `days` belongs to.
        package init(typicalGap days: Int) {
            switch days {
            case ..<5: self = .daily
            case ..<12: self = .weekly
            case ..<28: self = .biweekly
            case ..<89: self = .monthly
            default: self = .quarterly
            }
        }
    }

    package let identifier: String
    package let meaning: String
    package let unit: Unit
    package let frequency: Frequency
    /// The publication it comes from, e.g. "H.4.1 (Wednesday level)".
    package let source: String

    package init(_ identifier: String, _ meaning: String, _ unit: Unit, _ frequency: Frequency, _ source: String) {
        self.identifier = identifier
        self.meaning = meaning
        self.unit = unit
        self.frequency = frequency
        self.source = source
    }

    package static func named(_ identifier: String) -> SeriesDescription? {
        catalogue.first { $0.identifier == identifier.uppercased() }
    }
}
