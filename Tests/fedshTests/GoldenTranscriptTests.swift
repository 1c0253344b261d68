import Foundation
import Testing

/// Replays every script in examples/ (and the error scripts in Tests/fedshTests/Golden/) through
/// the real binary with --echo and compares the transcript with the checked-in `.expected` file.
/// Set FEDSH_RECORD_GOLDEN=1 to re-record after reading the new output.
struct GoldenTranscriptTests {
    static let folders = ["examples", "Tests/fedshTests/Golden"]

    static var scripts: [String] {
        folders.flatMap { folder -> [String] in
            let url = FedshProcess.packageRoot.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { $0.hasSuffix(".fed") }.sorted().map { "\(folder)/\($0)" }
        }
    }

    @Test func thereAreExamplesToReplay() {
        #expect(Self.scripts.filter { $0.hasPrefix("examples/") }.count >= 4)
    }

    @Test(arguments: scripts)
    func transcriptMatches(script: String) throws {
        let result = try FedshProcess.run(["--echo", "--keep-going", script], directory: FedshProcess.packageRoot)
        let transcript = result.output + "# exit status \(result.status)\n"
        let expectedURL = FedshProcess.packageRoot.appendingPathComponent(
            script.replacingOccurrences(of: ".fed", with: ".expected"))
        if ProcessInfo.processInfo.environment["FEDSH_RECORD_GOLDEN"] == "1" {
            try transcript.write(to: expectedURL, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        if transcript != expected {
            let actualLines = transcript.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }
            let line = (first?.offset ?? min(actualLines.count, expectedLines.count)) + 1
            Issue.record("""
                \(script): transcript differs from \(expectedURL.lastPathComponent) at line \(line)
                expected: \(first.map { String($0.element.1) } ?? "(end)")
                actual:   \(first.map { String($0.element.0) } ?? "(end)")
                (re-record with FEDSH_RECORD_GOLDEN=1 after reading the new output)
                """)
        }
    }
}
