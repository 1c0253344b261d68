import Foundation

/// Persistent command history: entries in memory for the editor, and a plain-text file (see
/// `HistoryStore+FileFormat.swift`) that receives each command the moment it is added, so a crash
/// or `kill -9` loses nothing.
///
/// Each addition opens the file with `O_APPEND`, writes the line in one `write`, and closes it;
/// reopening every time keeps several sessions sharing a file correct even after one of them
/// trimmed it. When the file grows past twice the capacity it is rewritten with its newest
/// `capacity` entries through a temporary file and `rename`, so readers never see half a file.
///
/// Nothing here stops a session: unreadable lines are skipped, and if the file cannot be written
/// the store keeps history in memory and exposes one warning for the shell to print.
package final class HistoryStore {
    package static let defaultCapacity = 1000

    /// The history file, or nil for a session without one.
    package let path: String?
    /// How many entries are kept, in memory and (after trimming) in the file.
    package let capacity: Int
    /// Oldest first, without consecutive duplicates.
    package private(set) var entries: [String] = []
    /// Why history is not being saved, if it is not.
    package private(set) var warning: String?

    private var warningDelivered = false
    private var isWritable = false
    private var fileLineCount = 0

    /// Opens the history at `path` (nil: memory only), creating its folder if needed.
    package init(path: String?, capacity: Int = HistoryStore.defaultCapacity) {
        self.path = path
        self.capacity = max(1, capacity)
        guard let path else { return }
        load(path)
    }

    /// Opens the history at the path `resolvedPath` finds in `environment`.
    package convenience init(
        explicitPath: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        capacity: Int = HistoryStore.defaultCapacity
    ) {
        let path = HistoryStore.resolvedPath(explicitPath: explicitPath, environment: environment)
        self.init(path: path, capacity: capacity)
        if path == nil {
            warning = "fedsh: history will not be saved: neither HOME nor XDG_STATE_HOME is set"
        }
    }

    /// The warning, the first time it is asked for; nil afterwards, so the shell prints it once.
    package func takeWarning() -> String? {
        guard let warning, !warningDelivered else { return nil }
        warningDelivered = true
        return warning
    }

    /// Records a command typed by the user. Surrounding whitespace is dropped; empty lines and a
    /// repeat of the previous entry are ignored. Returns whether an entry was added.
    @discardableResult
    package func add(_ line: String) -> Bool {
        let entry = HistoryStore.normalized(line)
        guard !entry.isEmpty, entry != entries.last else { return false }
        entries.append(entry)
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        guard isWritable, let path else { return true }
        do {
            try HistoryStore.append(HistoryStore.encode(entry) + "\n", to: path)
            fileLineCount += 1
            if fileLineCount > 2 * capacity { trimFile(path) }
        } catch {
            disableWriting(path, error)
        }
        return true
    }

    private func load(_ path: String) {
        // The usual way to say "no history file": kept in memory, without a warning.
        if path == "/dev/null" { return }
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            }
            try HistoryStore.checkRegularFile(path)
            let lines = try HistoryStore.readLines(path)
            fileLineCount = lines.count
            entries = HistoryStore.withoutConsecutiveDuplicates(lines.compactMap { HistoryStore.decode(line: $0) })
            if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
            try HistoryStore.append("", to: path)
            isWritable = true
        } catch {
            disableWriting(path, error)
            return
        }
        if fileLineCount > 2 * capacity { trimFile(path) }
    }

    // Keeps the newest entries of the file as it is now, including those other sessions added.
    private func trimFile(_ path: String) {
        let temporaryPath = path + ".tmp-\(getpid())"
        do {
            // Only a regular file is replaced (it may have been swapped since start-up).
            try HistoryStore.checkRegularFile(path)
            let lines = try HistoryStore.readLines(path)
            let kept = HistoryStore.withoutConsecutiveDuplicates(lines.compactMap { HistoryStore.decode(line: $0) })
                .suffix(capacity)
            let text = kept.map { HistoryStore.encode($0) + "\n" }.joined()
            try HistoryStore.write(text, to: temporaryPath)
            guard rename(temporaryPath, path) == 0 else { throw HistoryFileError(code: errno) }
            fileLineCount = kept.count
        } catch {
            unlink(temporaryPath)
            // Not fatal: appending still works, the file is just longer than wished.
        }
    }

    private func disableWriting(_ path: String, _ error: Error) {
        isWritable = false
        if warning == nil {
            warning = HistoryFileError.notSavedWarning(path: path, error)
        }
    }

    private static func withoutConsecutiveDuplicates(_ lines: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(lines.count)
        for line in lines where line != result.last { result.append(line) }
        return result
    }
}
