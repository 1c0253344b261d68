/// The replayable commands that built a state (what `save` writes), cheap to snapshot.
///
/// The session keeps a snapshot of its state for every undo step and before every command; with a
/// plain array each command's append copied the whole log (time and memory growing with the
/// session's length: a 10,000-line script held 1,000 copies). Here snapshots share one append-only
/// buffer and each sees its own prefix: appending at the end of the shared buffer is O(1), and only
/// a snapshot that branches off (after `undo` or a failed command) copies its prefix.
struct CommandLog: RandomAccessCollection, RangeReplaceableCollection, ExpressibleByArrayLiteral, Equatable {
    /// Lines shared by every snapshot; a snapshot owns `lines[0..<count]`.
    private final class Buffer {
        var lines: [String]
        init(_ lines: [String]) { self.lines = lines }
    }

    private var buffer: Buffer
    private(set) var endIndex: Int

    init() {
        buffer = Buffer([])
        endIndex = 0
    }

    init(arrayLiteral lines: String...) {
        buffer = Buffer(lines)
        endIndex = lines.count
    }

    init<Lines: Sequence>(_ lines: Lines) where Lines.Element == String {
        let array = Array(lines)
        buffer = Buffer(array)
        endIndex = array.count
    }

    var startIndex: Int { 0 }

    subscript(position: Int) -> String {
        precondition(position >= 0 && position < endIndex, "CommandLog index out of range")
        return buffer.lines[position]
    }

    /// The lines as an array.
    var lines: [String] { Array(buffer.lines[0..<endIndex]) }

    mutating func append(_ line: String) {
        if buffer.lines.count != endIndex {
            // Another snapshot has appended past this one's end: branch off with a copy.
            buffer = Buffer(Array(buffer.lines[0..<endIndex]))
        }
        buffer.lines.append(line)
        endIndex += 1
    }

    mutating func append<Lines: Sequence>(contentsOf lines: Lines) where Lines.Element == String {
        for line in lines { append(line) }
    }

    mutating func replaceSubrange<Lines: Collection>(_ range: Range<Int>, with lines: Lines)
    where Lines.Element == String {
        var copy = self.lines
        copy.replaceSubrange(range, with: lines)
        self = CommandLog(copy)
    }

    static func == (lhs: CommandLog, rhs: CommandLog) -> Bool {
        guard lhs.endIndex == rhs.endIndex else { return false }
        return lhs.buffer === rhs.buffer || lhs.elementsEqual(rhs)
    }
}
