// Placeholder executable: an echo loop that exercises LineEditing on a real terminal until the
// shell proper replaces it.
import Foundation
import FedShell
import LineEditing

let words = ["set", "show", "save", "purchases", "purchase_start"]
let history = HistoryStore()
if let warning = history.takeWarning() {
    FileHandle.standardError.write(Data((warning + "\n").utf8))
}
let reader: LineReader = EditLineReader(programName: "fedsh", history: history) { request in
    CompletionResult(completing: request, from: words)
} ?? PlainLineReader()

loop: while true {
    switch reader.readLine(prompt: "fedsh> ") {
    case .line(let line):
        if line.trimmingCharacters(in: .whitespaces) == "quit" { break loop }
        FileHandle.standardOutput.write(Data("ok: \(line)\n".utf8))
    case .interrupted:
        continue
    case .endOfInput:
        break loop
    }
}
exit(0)
