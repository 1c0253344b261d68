import Foundation

/// Work shared among the cores: items are claimed one at a time as each core frees up, so a core
/// slowed by another process takes fewer and both finish together.
enum Work {
    static func share(_ count: Int, _ body: @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let queue = Claims(count: count)
        let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let item = queue.next() { body(item) }
        }
    }

    private final class Claims: @unchecked Sendable {
        private let lock = NSLock()
        private let count: Int
        private var claimed = 0

        init(count: Int) { self.count = count }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard claimed < count else { return nil }
            claimed += 1
            return claimed - 1
        }
    }
}
