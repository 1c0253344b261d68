import FedLanguage
import FedShell
import Foundation

/// Results to standard output, diagnostics to standard error, rendered once by
/// `DiagnosticRenderer`. A closed pipe (`fedsh script | head -1`) ends the process quietly.
final class TerminalOutput: SessionOutput {
    private let renderer: DiagnosticRenderer
    /// Results are dropped while true (`--recover` replaying the journal); diagnostics still show.
    var quiet = false
    /// Where the terminal shows no Unicode (LANG=C, TERM=linux), typography is written in ASCII.
    private let ascii: Bool

    init(color: ColorChoice, ascii: Bool = false) {
        renderer = DiagnosticRenderer(colored: color.colors(descriptor: 2))
        self.ascii = ascii
    }

    /// The typographic characters reports use, and their ASCII stand-ins.
    private static let asciiForms: [Character: String] = [
        "−": "-", "–": "-", "—": "--", "…": "...", "·": "-", "│": "|", "→": "->", "←": "<-", "≈": "~",
        "✓": "ok", "✗": "x", "◀": "<", "▶": ">", "┊": ":", "░": ".", "▒": ":", "▇": "#", "●": "*",
        "■": "o", "▲": "+", "×": "x", "≤": "<=", "≥": ">=", "±": "+/-", "Δ": "d",
    ]

    private func plain(_ text: String) -> String {
        guard ascii else { return text }
        var result = ""
        for character in text { result += Self.asciiForms[character] ?? String(character) }
        return result
    }

    func write(_ text: String) { if !quiet { Self.write(plain(text), to: 1) } }

    func report(_ diagnostic: Diagnostic) { Self.write(plain(renderer.render(diagnostic)) + "\n", to: 2) }

    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                // The reader went away: nothing more can be shown, so leave without a fuss.
                if errno == EPIPE { exit(0) }
                // Anything else (a full disk, /dev/full) is said once on standard error, and the
                // exit status reports it: output was lost.
                let code = errno
                if !WriteFailures.shared.any, descriptor != 2 {
                    let reason = String(cString: strerror(code)).lowercased()
                    let message = "fedsh: error: cannot write the output: \(reason)\n"
                    _ = message.withCString { Foundation.write(2, $0, strlen($0)) }
                }
                WriteFailures.shared.add()
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
