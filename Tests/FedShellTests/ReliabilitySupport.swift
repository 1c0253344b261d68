import FedLanguage
@testable import FedShell
import FedModel
import Foundation

/// A session writing to a transcript, with a fixed date and small defaults for speed.
/// Imports made by tests go here, never to the user's $XDG_DATA_HOME.
let testDataFolder = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-test-data-\(getpid())/series")

func quietSession() -> (Session, TranscriptOutput) {
    let output = TranscriptOutput()
    var options = Session.Options()
    options.today = { Date(timeIntervalSince1970: 1_765_324_800) }
    options.dataFolder = testDataFolder
    options.fileDigest = Session.Options.testing.fileDigest
    return (Session(output: output, options: options), output)
}

/// A folder of its own under the temporary folder, removed by `remove()`.
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: url.appendingPathComponent(name))
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// The names in a subfolder, sorted (empty when it does not exist).
    func contents(of subfolder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path(subfolder))) ?? []).sorted()
    }
}

extension Session {
    /// Runs one statement's text (or a whole unparseable line) and reports whether a failure
    /// left the state untouched — the invariant every bad input must keep.
    func runKeepingInvariant(_ text: String) -> (failed: Bool, stateKept: Bool) {
        let before = state
        let outcome = run(SourceText(origin: .file, name: "test", text: text))
        return (!outcome.succeeded, outcome.succeeded || state == before)
    }

    /// Runs a line statement by statement (statements before a failing one stand, as in a
    /// script), checking the invariant for each; returns the statements that broke it.
    func runCheckingEachStatement(_ line: String) -> [String] {
        let statements: [String]
        let source = SourceText(origin: .file, name: "test", text: line)
        switch Parser.parseLine(source) {
        case .failure: statements = [line]
        case .success(let parsed): statements = parsed.map { source.text(in: $0.range) }
        }
        var broken: [String] = []
        for statement in statements where !runKeepingInvariant(statement).stateKept { broken.append(statement) }
        return broken
    }
}

/// A random valid value for `variable`, as exact text (what `save` would write).
func randomValueText(for variable: ScenarioVariable, using generator: inout RandomSource) -> String {
    switch variable.kind {
    case .choice(let options): return options.randomElement(using: &generator)!
    case .toggle: return Bool.random(using: &generator) ? "on" : "off"
    case .number(_, let allowed, let plausible, let whole):
        let range = Bool.random(using: &generator) ? plausible : allowed
        var number = Double.random(in: range, using: &generator)
        if whole { number = number.rounded(.down) }
        if Int.random(in: 0..<4, using: &generator) == 0 {
            number = [range.lowerBound, range.upperBound].randomElement(using: &generator)!
        }
        // Draws and horizon stay small: these tests run the model.
        if variable.name == "draws" { number = Double(Int.random(in: 20...120, using: &generator)) }
        if variable.name == "horizon" { number = Double(Int.random(in: 3...12, using: &generator)) }
        return ModelValueConversion.text(.number(number), of: variable)
    }
}
