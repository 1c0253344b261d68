import Foundation
@testable import FedData

/// A fresh folder under the temporary directory, removed when the value is released.
final class TemporaryFolder {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-data-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` (or bytes) to `name` in the folder and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) -> URL { write(Data(text.utf8), to: name) }

    @discardableResult
    func write(_ data: Data, to name: String) -> URL {
        let file = url.appendingPathComponent(name)
        try! data.write(to: file)
        return file
    }

    /// Names of the files in a subfolder (empty if it does not exist).
    func contents(of subfolder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(subfolder).path)) ?? [])
            .sorted()
    }
}

enum Fixtures {
    static func url(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }
}

/// Reads a file and returns the error it raised, or nil.
func readError(_ url: URL, as identifier: String? = nil) -> DataError? {
    do { _ = try SeriesReader.read(url, identifier: identifier, displayName: url.lastPathComponent); return nil } catch
    {
        return error
    }
}

/// The shipped snapshot, read once per test process.
let shippedLibrary = SeriesLibrary(importFolder: nil)
