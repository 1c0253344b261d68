import FedModel

/// The scenarios a user has named in this session with `scenario save`: each a snapshot of the
/// scenario and the parameter overrides in force. A value inside `SessionState`, so `undo` and the
/// restore-on-failure cover it, and `save` keeps it through the replayed `scenario save` commands.
struct ScenarioBook: Equatable {
    /// One named snapshot.
    struct Entry: Equatable {
        var scenario: Scenario
        var parameterOverrides: [String: Double]
    }

    /// The word that always means the session's current scenario.
    static let currentName = "current"

    private var entries: [String: Entry] = [:]

    /// Saved names, in alphabetical order.
    var names: [String] { entries.keys.sorted() }

    var isEmpty: Bool { entries.isEmpty }

    subscript(name: String) -> Entry? { entries[name.lowercased()] }

    /// Whether `name` is taken by something a user cannot save over: a preset or `current`.
    static func isReserved(_ name: String) -> Bool {
        Preset.named(name) != nil || name.lowercased() == currentName
    }

    /// Stores a snapshot under `name`, replacing any earlier one; returns whether it replaced one.
    @discardableResult
    mutating func save(_ entry: Entry, as name: String) -> Bool {
        entries.updateValue(entry, forKey: name.lowercased()) != nil
    }

    /// Removes a snapshot; returns whether there was one.
    @discardableResult
    mutating func delete(_ name: String) -> Bool {
        entries.removeValue(forKey: name.lowercased()) != nil
    }
}
