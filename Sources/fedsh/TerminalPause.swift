import FedLanguage
import Foundation
import LineEditing

/// Waiting for Enter at the terminal, for `pause` and `--step`. Reads one line from /dev/tty in
/// canonical mode (whatever mode the line editor left), so it works before and after the prompt
/// starts. Ctrl-C ends the wait: at the prompt it sets the interrupt flag and the session cancels
/// the script; while a script runs without the prompt, SIGINT ends fedsh as usual.
enum TerminalPause {
    /// A person is at the terminal: standard input and output are both terminals.
    static var personPresent: Bool { isatty(0) == 1 && isatty(1) == 1 }

    static func dim(_ text: String, _ enabled: Bool) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// Shows `prompt` (dim) and waits for Enter, end of input or Ctrl-C.
    static func waitForEnter(prompt: String, dimmed: Bool) {
        TerminalOutput.write(dim(prompt, dimmed), to: 1)
        let descriptor = open("/dev/tty", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            TerminalOutput.write("\n", to: 1)
            return
        }
        defer { close(descriptor) }
        var saved = termios()
        let haveModes = tcgetattr(descriptor, &saved) == 0
        if haveModes {
            var modes = saved
            modes.c_lflag |= tcflag_t(ICANON | ECHO | ISIG)
            tcsetattr(descriptor, TCSANOW, &modes)
        }
        defer { if haveModes { tcsetattr(descriptor, TCSANOW, &saved) } }
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 {
                if byte == UInt8(ascii: "\n") { return }
                continue
            }
            if count < 0, errno == EINTR, !InterruptFlag.isSet { continue }
            // Ctrl-C, end of input or an error: the next output starts on a fresh line.
            TerminalOutput.write("\n", to: 1)
            return
        }
    }

    /// `--step`: shows a script line with its place before it runs, and waits when a person is there.
    static func step(_ line: SourceText, wait: Bool, dimmed: Bool) {
        let place = "\(line.name):\(line.firstLine)"
        let text = line.text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("#") {
            TerminalOutput.write(dim("\(place)  \(text)", dimmed) + "\n", to: 1)
            return
        }
        let shown = "\(dim(place, dimmed))  fedsh> \(text)"
        if wait {
            waitForEnter(prompt: shown + dim("   (Enter)", dimmed), dimmed: false)
        } else {
            TerminalOutput.write(shown + "\n", to: 1)
        }
    }
}
