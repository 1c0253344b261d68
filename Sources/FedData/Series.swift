/// One observation: a day and its value (`nil` where the source marks it missing, e.g. a holiday).
package struct Observation: Sendable, Equatable {
    package var day: Day
    package var value: Double?

    package init(day: Day, value: Double?) {
        self.day = day
        self.value = value
    }
}

/// A time series as read from a file: sorted by day, no day twice, one frequency.
package struct Series: Sendable, Equatable {
    package var identifier: String
    package var observations: [Observation]

    package init(identifier: String, observations: [Observation]) {
        self.identifier = identifier
        self.observations = observations
    }

    package var first: Day? { observations.first?.day }
    package var last: Day? { observations.last?.day }

    /// The last observation with a value on or before `day`.
    package func latest(onOrBefore day: Day) -> Observation? {
        // Binary search for the first observation after `day`, then step back over missing values.
        var low = 0, high = observations.count
        while low < high {
            let middle = (low + high) / 2
            if observations[middle].day <= day { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0, observations[index].value == nil { index -= 1 }
        return index >= 0 ? observations[index] : nil
    }

    /// Observations from `from` through `through` (either bound may be open).
    package func observations(from: Day?, through: Day?) -> ArraySlice<Observation> {
        let lower = from.map { bound in observations.firstIndex { $0.day >= bound } ?? observations.count } ?? 0
        let upper =
            through.map { bound in observations.lastIndex { $0.day <= bound }.map { $0 + 1 } ?? 0 }
            ?? observations.count
        return lower < upper ? observations[lower..<upper] : []
    }

    /// The series in FRED's CSV format (`observation_date,ID`, `.` for missing), as fedsh keeps imports.
    package var fredText: String {
        var text = "observation_date,\(identifier)\n"
        for observation in observations {
            text += "\(observation.day),\(observation.value.map(Self.number) ?? ".")\n"
        }
        return text
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
