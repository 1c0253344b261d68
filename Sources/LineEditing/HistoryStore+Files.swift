import Foundation

/// A failed system call on the history file, with its `errno`, or a refusal of the file; worded in
/// `HistoryFileError+Messages.swift`.
package struct HistoryFileError: Error {
    /// A file refused before any call failed.
    package enum Refusal: Sendable, Equatable {
        /// A device, FIFO, socket or folder.
        case notRegularFile
        /// Larger than `limit` bytes.
        case tooLarge(limit: Int)
    }

    package let code: Int32
    package var refusal: Refusal? = nil
}

// Plain POSIX calls: they give O_APPEND, one write per command, and errno for the warning.
extension HistoryStore {
    /// The file's lines as bytes (a missing file has none); a last line without newline counts.
    /// The largest history file read, the cap on script files (16 MiB): far more than the
    /// 2 × capacity lines the store keeps, so only a wrong path (a device, a log) reaches it.
    package static let maximumFileSize = 16 << 20

    /// Refuses a history path that is not a regular file (a device, FIFO, socket or folder; a
    /// symlink is followed): reading or replacing one would hang or destroy it.
    static let tooLarge = HistoryFileError(code: EFBIG, refusal: .tooLarge(limit: maximumFileSize))

    static func checkRegularFile(_ path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return }
            throw HistoryFileError(code: errno)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw HistoryFileError(code: EINVAL, refusal: .notRegularFile)
        }
        guard Int(status.st_size) <= maximumFileSize else {
            throw tooLarge
        }
    }

    static func readLines(_ path: String) throws -> [ArraySlice<UInt8>] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if descriptor < 0 {
            if errno == ENOENT { return [] }
            throw HistoryFileError(code: errno)
        }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= maximumFileSize {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw HistoryFileError(code: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        if bytes.count > maximumFileSize {
            throw tooLarge
        }
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { $0.last == UInt8(ascii: "\r") ? $0.dropLast() : $0 }
    }

    /// Appends `text` with a single `write` on a descriptor opened with `O_APPEND`, creating the
    /// file (mode 0600) if needed.
    static func append(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HistoryFileError(code: errno) }
        defer { close(descriptor) }
        try writeAll(text, to: descriptor)
    }

    /// Creates or truncates `path` (mode 0600) and writes `text` to it, synced to disk.
    static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HistoryFileError(code: errno) }
        defer { close(descriptor) }
        try writeAll(text, to: descriptor)
        fsync(descriptor)
    }

    private static func writeAll(_ text: String, to descriptor: Int32) throws {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw HistoryFileError(code: errno)
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
