import FedLanguage

/// The user's `let` variables, cheap to snapshot: the session keeps a copy of its state before
/// every command and for every undo step, and compares the two after it. With one dictionary each
/// `let` copied and compared all the variables, so time grew with the square of their number and
/// a thousand undo steps held a thousand full copies (20,000 `let` lines took 5 GB).
///
/// Here the variables live in a two-level tree of immutable boxes shared by every snapshot that
/// has not changed them: a `let` copies two small arrays of references and one bucket, and two
/// snapshots compare box by box, by identity first.
struct UserVariables: Equatable {
    // Immutable once made, so sharing one between snapshots (and threads) is safe.
    private final class Bucket: @unchecked Sendable {
        let entries: [String: SessionState.UserVariable]
        init(_ entries: [String: SessionState.UserVariable]) { self.entries = entries }
    }

    private final class Node: @unchecked Sendable {
        let buckets: [Bucket]
        init(_ buckets: [Bucket]) { self.buckets = buckets }
    }

    /// 64 nodes of 64 buckets: a change copies 64 + 64 references and one bucket of about n / 4096.
    private static let width = 64
    private static let emptyNode = Node([Bucket](repeating: Bucket([:]), count: width))
    private var nodes = [Node](repeating: UserVariables.emptyNode, count: UserVariables.width)
    private(set) var count = 0

    init() {}

    private static func place(of name: String) -> (node: Int, bucket: Int) {
        // FNV-1a over the bytes: stable across runs (unlike Hasher).
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let index = Int(hash % UInt32(width * width))
        return (index / width, index % width)
    }

    var isEmpty: Bool { count == 0 }

    subscript(name: String) -> SessionState.UserVariable? {
        get {
            let place = Self.place(of: name)
            return nodes[place.node].buckets[place.bucket].entries[name]
        }
        set {
            let place = Self.place(of: name)
            var buckets = nodes[place.node].buckets
            var entries = buckets[place.bucket].entries
            let had = entries[name] != nil
            entries[name] = newValue
            count += (newValue == nil ? 0 : 1) - (had ? 1 : 0)
            buckets[place.bucket] = Bucket(entries)
            nodes[place.node] = Node(buckets)
        }
    }

    @discardableResult
    mutating func removeValue(forKey name: String) -> SessionState.UserVariable? {
        let previous = self[name]
        if previous != nil { self[name] = nil }
        return previous
    }

    /// Every variable's name, in no particular order.
    var keys: [String] { nodes.flatMap { $0.buckets.flatMap { $0.entries.keys } } }

    /// Every variable, transformed, by name.
    func mapValues<Transformed>(_ transform: (SessionState.UserVariable) -> Transformed) -> [String: Transformed] {
        var result: [String: Transformed] = [:]
        for node in nodes {
            for bucket in node.buckets { for (name, variable) in bucket.entries { result[name] = transform(variable) } }
        }
        return result
    }

    /// The display unit of the variable `name`, for `Expression.displayUnit`.
    func displayUnit(of name: String) -> ValueFormatter.DisplayUnit? { self[name]?.displayUnit }

    static func == (left: UserVariables, right: UserVariables) -> Bool {
        guard left.count == right.count else { return false }
        for node in 0..<width where left.nodes[node] !== right.nodes[node] {
            let leftBuckets = left.nodes[node].buckets, rightBuckets = right.nodes[node].buckets
            for bucket in 0..<width where leftBuckets[bucket] !== rightBuckets[bucket] {
                if leftBuckets[bucket].entries != rightBuckets[bucket].entries { return false }
            }
        }
        return true
    }
}
