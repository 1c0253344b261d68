import FedLanguage
@testable import FedShell
import Foundation
import Testing

/// Scripts run only shell commands: no way out to the system, and `source` depth is bounded.
@Suite struct ScriptSafetyTests {
    @Test func commandTableHasNoEscapeToTheSystem() {
        let forbidden = [
            "!", "system", "exec", "shell", "sh", "run", "eval!", "spawn", "open", "curl", "http", "fetch", "download",
            "cd", "import",
        ]
        for word in CommandSyntax.allWords {
            #expect(!forbidden.contains(word), "\(word)")
            // Letters, `-` and `_`, after at most one leading `.` (`.read`, as sqlite3 spells it).
            let body = word.hasPrefix(".") ? word.dropFirst() : Substring(word)
            #expect(!body.isEmpty && body.allSatisfy { $0.isLetter || $0 == "-" || $0 == "_" }, "\(word)")
        }
    }

    @Test(arguments: ["!ls", "! ls", "system(\"ls\")", "`ls`", "$(ls)", "exec ls"])
    func shellEscapesAreErrors(line: String) {
        let (session, output) = quietSession()
        #expect(!session.run(SourceText(text: line)).succeeded)
        #expect(output.text.contains("error:"))
    }

    @Test func twentyNestedSourcesStopAtTheLimit() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        for level in 1...20 {
            let next = level < 20 ? "source level\(level + 1).fed\n" : ""
            try folder.write("level\(level).fed", "set rate_cut \(level)bp\n" + next)
        }
        let (session, output) = quietSession()
        let before = session.state
        let outcome = session.run(SourceText(text: "source \(folder.path("level1.fed"))"))
        #expect(!outcome.succeeded)
        #expect(output.text.contains("error: scripts nested too deeply (\(Session.maximumSourceDepth) levels)"))
        #expect(session.state == before)
        #expect(session.sourceStack.isEmpty)
        // The limit itself still works: sixteen levels deep is fine.
        try folder.write("level16.fed", "set rate_cut 16bp\n")
        #expect(
            session.run(SourceText(text: "source \(folder.path("level1.fed"))")).succeeded, "\(output.text.suffix(400))"
        )
        #expect(session.run(SourceText(text: "assert rate_cut == 16bp")).succeeded)
    }
}
