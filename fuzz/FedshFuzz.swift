// libFuzzer target for fedsh: lexer, parser, evaluator and a whole Session run of the input.
// Built only by scripts/fuzz (swiftc -sanitize=fuzzer,address), never by `swift build`.
@testable import FedLanguage
@testable import FedShell
import Foundation

/// Caps the Monte Carlo work per input: every Monte Carlo run polls once per 32 draws, and the
/// input is cancelled after `pollsPerInput` polls, so one input cannot stall the fuzzer (and the
/// cancel path is fuzzed too). The session starts at `set draws 32`, so the budget lets about a
/// hundred runs finish: eval, then plot, sensitivity and claims after it all draw.
final class PollBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining = 0
    func refill(_ polls: Int) { lock.lock(); remaining = polls; lock.unlock() }
    func spend() -> Bool {
        lock.lock(); defer { lock.unlock() }
        remaining -= 1
        return remaining < 0
    }
}

let budget = PollBudget()
let pollsPerInput = 120

/// The words of commands that read or write files, from the command registry.
let fileCommandWords = CommandSyntax.all.filter { !$0.traits.isDisjoint(with: [.readsFiles, .writesFiles]) }
    .flatMap(\.words)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    // Writing files where the fuzzer runs is harmless (a scratch folder), but never elsewhere.
    let lowered = text.lowercased()
    let touchesFiles = fileCommandWords.contains { lowered.contains($0) }
    // A path that could leave the scratch folder: absolute, `..`, `~`. Units such as 40B/month
    // (a slash after a letter or digit) are not paths, so `plot` with a pace is still fuzzed.
    let leavesFolder = text.contains("~") || text.contains("..") || text.contains("\\")
        || text.range(of: #"(^|[^A-Za-z0-9%])/"#, options: .regularExpression) != nil
    if touchesFiles && leavesFolder {
        _ = Parser.parseLine(SourceText(origin: .file, name: "fuzz", text: text))
        return 0
    }
    // Lexer and parser on the whole input as one line, then every line through a session.
    _ = Parser.parseLine(SourceText(origin: .file, name: "fuzz", text: text))
    budget.refill(pollsPerInput)
    var options = Session.Options()
    options.keepGoing = true
    options.isCancelled = { budget.spend() }
    options.today = { Date(timeIntervalSince1970: 1_765_324_800) }
    let session = Session(output: TranscriptOutput(), options: options)
    _ = session.run(SourceText(origin: .file, name: "fuzz", text: "set draws 32"))
    // A failed statement leaves the state as it was (statements before it on the line stand, as
    // in a script), so each statement runs on its own and is checked.
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        let statements: [String]
        let source = SourceText(origin: .file, name: "fuzz", text: String(line))
        switch Parser.parseLine(source) {
        case .failure: statements = [String(line)]
        case .success(let parsed): statements = parsed.map { source.text(in: $0.range) }
        }
        for statement in statements {
            let before = session.state
            let outcome = session.run(SourceText(origin: .file, name: "fuzz", text: statement))
            if outcome.failures > 0 && session.state != before {
                fatalError("a failed statement changed the state: \(statement.debugDescription)")
            }
            if outcome.quitRequested { return 0 }
        }
    }
    return 0
}
