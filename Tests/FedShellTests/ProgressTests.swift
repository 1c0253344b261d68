import FedLanguage
import Testing
@testable import FedShell

/// The progress line a long eval sends to `Options.progress`, and its end (nil).
struct ProgressTests {
    final class Lines: @unchecked Sendable {
        var received: [String?] = []
    }

    @Test func progressLineWording() {
        #expect(
            Session.progressLine(done: 4_500, total: 10_000)
                == "Monte Carlo 45% (4,500 of 10,000 draws) — Ctrl-C cancels")
        #expect(Session.progressLine(done: 64, total: 100) == "Monte Carlo 64% (64 of 100 draws) — Ctrl-C cancels")
        #expect(Session.progressLine(done: 1_234_567, total: 1_234_567).contains("100% (1,234,567 of 1,234,567"))
    }

    @Test func evalReportsProgressThenClearsIt() {
        let lines = Lines()
        var options = Session.Options()
        options.progress = { lines.received.append($0) }
        let output = TranscriptOutput()
        let session = Session(output: output, options: options)
        session.run(SourceText(text: "set draws 500\neval"))
        #expect(lines.received.count >= 2)
        #expect(lines.received.last == .some(nil))
        #expect(lines.received.dropLast().allSatisfy { $0?.hasPrefix("Monte Carlo ") == true })
        #expect(!output.text.contains("Monte Carlo"), "progress never goes into the results")
    }
}
