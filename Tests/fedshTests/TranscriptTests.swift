import Foundation
import Testing

/// `--transcript FILE` from the command line: never replaces a file unless `--force`, and stays
/// free of escape codes when the terminal output is coloured.
@Suite struct TranscriptTests {
    @Test func transcriptRefusesAnExistingFileUnlessForced() throws {
        let folder = try TemporaryFolder()
        let handout = try folder.write("class.md", "keep me")
        let refused = try PipedProcess.fedsh(["--transcript", "class.md", "-c", "print 1"], directory: folder.url)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.standardError.contains("add --force to replace it"), "\(refused)")
        #expect(try String(contentsOf: handout, encoding: .utf8) == "keep me")
        let forced = try PipedProcess.fedsh(["--force", "--transcript", "class.md", "-c", "print 1"],
                                            directory: folder.url)
        #expect(forced.status == 0, "\(forced)")
        #expect(try String(contentsOf: handout, encoding: .utf8).contains("```text\n1\n```"))
    }

    @Test func colouredOutputLeavesNoEscapeCodesInTheHandout() throws {
        let folder = try TemporaryFolder()
        let arguments = ["--color", "always", "--transcript", "class.md", "-c", "set draws 200; eval"]
        let result = try PipedProcess.fedsh(arguments, directory: folder.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("\u{1B}["), "the report on screen is coloured")
        let text = try String(contentsOf: folder.url.appendingPathComponent("class.md"), encoding: .utf8)
        #expect(text.contains("balance sheet"))
        #expect(!text.contains("\u{1B}"))
    }
}
