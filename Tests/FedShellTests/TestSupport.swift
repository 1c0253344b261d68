import Crypto
import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// A session driven exactly as a user drives one, with everything it prints in one transcript.
final class Harness {
    let output = TranscriptOutput()
    let session: Session

    init(options: Session.Options = .testing) {
        session = Session(output: output, options: options)
    }

    /// Runs text as typed at the prompt (`name` nil) or as a script of that name; returns the
    /// outcome and only the text this run added to the transcript.
    @discardableResult
    func run(_ text: String, name: String? = nil) -> (outcome: Session.RunOutcome, text: String) {
        let before = output.text.count
        let source = name.map { SourceText(origin: .file, name: $0, text: text) } ?? SourceText(text: text)
        let outcome = session.run(source)
        return (outcome, String(output.text.dropFirst(before)))
    }

    /// Runs text that must succeed and returns what it printed.
    @discardableResult
    func succeed(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        let (outcome, printed) = run(text)
        #expect(outcome.failures == 0, "\(text) failed:\n\(printed)", sourceLocation: sourceLocation)
        return printed
    }

    var state: SessionState { session.state }
    var scenario: Scenario { session.state.scenario }
}

extension Session.Options {
    /// Fixed date (10 Dec 2025) so saved headers are stable.
    static var testing: Session.Options {
        var options = Session.Options()
        options.today = { Date(timeIntervalSince1970: 1_765_324_800) }
        options.dataFolder = testDataFolder
        options.fileDigest = { data in
            SHA256.hash(data: data).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
        return options
    }

    static var keepingGoing: Session.Options {
        var options = Session.Options.testing
        options.keepGoing = true
        return options
    }
}

/// A fresh folder under the system's temporary directory; `remove()` deletes it.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fedsh-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The absolute path of a name inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes a file (creating folders on the way) and returns its absolute path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}
