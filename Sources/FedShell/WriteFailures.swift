import Foundation

/// Writes that failed during this process (a handout, the output itself): the executable turns
/// its exit status non-zero when there were any, so a script's caller learns that output was lost.
package final class WriteFailures: @unchecked Sendable {
    package static let shared = WriteFailures()
    private let lock = NSLock()
    private var count = 0

    package func add() { lock.lock(); count += 1; lock.unlock() }
    package var any: Bool { lock.lock(); defer { lock.unlock() }; return count > 0 }
}
