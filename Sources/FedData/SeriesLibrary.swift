import Foundation

/// The series fedsh can use: the shipped snapshot, overlaid by the user's imports of the same id.
/// Reads lazily and caches; imports are written atomically, so a failed import leaves nothing behind.
package final class SeriesLibrary: @unchecked Sendable {
    package enum Origin: String, Sendable { case shipped, imported }

    /// One row of `data list`.
    package struct Entry: Sendable, Equatable {
        package var identifier: String
        package var description: SeriesDescription?
        package var origin: Origin
        /// Whether an import hides a shipped file of the same id.
        package var overridesShipped: Bool
    }

    package let shippedFolder: URL
    /// Where imports are kept (`$XDG_DATA_HOME/fedsh/series`); nil: imports are refused.
    package let importFolder: URL?
    /// How imported files are fingerprinted; nil: no digests (and `--sha256` is refused).
    package let digest: FileDigest?
    private var cache: [String: Series] = [:]
    private let lock = NSLock()

    package init(shippedFolder: URL = SeriesLibrary.snapshotFolder, importFolder: URL?, digest: FileDigest? = nil) {
        self.shippedFolder = shippedFolder
        self.importFolder = importFolder
        self.digest = digest
    }

    /// The snapshot bundled with fedsh (the repository's data/ folder); beside this file when built
    /// without SwiftPM (the fuzz target).
    package static var snapshotFolder: URL {
        #if SWIFT_PACKAGE
        Bundle.module.resourceURL!.appendingPathComponent("Snapshot")
        #else
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshot")
        #endif
    }

    /// Every series, sorted by id: catalogue order first, then other imports.
    package func entries() -> [Entry] {
        let shipped = Set(identifiers(in: shippedFolder)), imported = Set(importFolder.map(identifiers) ?? [])
        let all = shipped.union(imported)
        let known = SeriesDescription.catalogue.map(\.identifier).filter(all.contains)
        let others = all.subtracting(known).sorted()
        return (known + others).map { identifier in
            Entry(identifier: identifier, description: SeriesDescription.named(identifier),
                  origin: imported.contains(identifier) ? .imported : .shipped,
                  overridesShipped: imported.contains(identifier) && shipped.contains(identifier))
        }
    }

    /// The series of this id, the import if there is one; nil when neither exists.
    package func series(_ identifier: String) throws(DataError) -> Series? {
        let key = identifier.uppercased()
        if let cached = lock.withLock({ cache[key] }) { return cached }
        guard let url = file(for: key) else { return nil }
        let series = try SeriesReader.read(url, identifier: key, displayName: url.lastPathComponent)
        lock.withLock { cache[key] = series }
        return series
    }

    /// Reads `url` (any format) and keeps it as series `identifier` (or the id the file names).
    /// Nothing is written unless the whole file reads cleanly and, when `expectedSHA256` is given,
    /// its bytes have that digest. Returns the series and the file's SHA-256 (nil without `digest`).
    @discardableResult
    package func importSeries(from url: URL, as identifier: String?, displayName: String,
                              expectedSHA256: String? = nil) throws(DataError) -> (series: Series, sha256: String?) {
        guard let importFolder else { throw DataError(file: displayName, .cannotWrite(reason: "no data folder")) }
        let data = try SeriesReader.contents(of: url, displayName: displayName)
        let fingerprint = digest?(data)
        if let expectedSHA256 {
            guard let fingerprint else { throw DataError(file: displayName, .cannotCheckDigest) }
            if expectedSHA256.lowercased() != fingerprint {
                throw DataError(
                    file: displayName, .checksumMismatch(expected: expectedSHA256.lowercased(), found: fingerprint))
            }
        }
        let fallback = url.deletingPathExtension().lastPathComponent
        let series = try SeriesReader.parse(data, fileName: displayName, identifier: identifier ?? fallback,
                                            preferFileIdentifier: identifier == nil)
        let target = importFolder.appendingPathComponent(series.identifier + ".csv")
        do {
            try FileManager.default.createDirectory(at: importFolder, withIntermediateDirectories: true)
            try Data(series.fredText.utf8).write(to: target, options: .atomic)
        } catch {
            throw DataError(file: target.path, .cannotWrite(reason: error.localizedDescription))
        }
        lock.withLock { cache[series.identifier] = series }
        return (series, fingerprint)
    }

    /// Removes an import; the shipped series of the same id (if any) is used again.
    package func forget(_ identifier: String) throws(DataError) {
        let key = identifier.uppercased()
        guard let importFolder, case let url = importFolder.appendingPathComponent(key + ".csv"),
              FileManager.default.fileExists(atPath: url.path) else {
            throw DataError(file: key, .notImported(identifier: key))
        }
        do { try FileManager.default.removeItem(at: url) } catch {
            throw DataError(file: url.path, .cannotWrite(reason: error.localizedDescription))
        }
        lock.withLock { _ = cache.removeValue(forKey: key) }
    }

    private func file(for identifier: String) -> URL? {
        for folder in [importFolder, shippedFolder].compactMap({ $0 }) {
            let url = folder.appendingPathComponent(identifier + ".csv")
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        return nil
    }

    private func identifiers(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".csv") && !$0.hasPrefix(".") }.map { String($0.dropLast(4)) }
    }
}
