import FedLanguage
import FedShell
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

    /// Shows `prompt` (dim) and waits for Enter (returning what was typed before it), or for end
    /// of input or Ctrl-C (a stop).
    static func waitForEnter(prompt: String, dimmed: Bool) -> PersonAnswer {
        TerminalOutput.write(dim(prompt, dimmed), to: 1)
        let descriptor = open("/dev/tty", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            TerminalOutput.write("\n", to: 1)
            return .line("")
        }
        defer { close(descriptor) }
        // Keys typed before the modes below are set sit in the queue as raw bytes, and a canonical
        // read would hold them until a newline: take them now, so Ctrl-C or Ctrl-D still stops.
        var early: [UInt8] = []
        let flags = fcntl(descriptor, F_GETFL)
        _ = fcntl(descriptor, F_SETFL, flags | O_NONBLOCK)
        var pending: UInt8 = 0
        var endOfInput = false
        while early.count < 4_096 {
            let count = read(descriptor, &pending, 1)
            if count == 1 { early.append(pending); continue }
            // A canonical terminal turns Ctrl-D on an empty line into a read of 0 bytes: it is consumed
            // here, so it must stop here (the blocking read below would never see it).
            endOfInput = count == 0
            break
        }
        _ = fcntl(descriptor, F_SETFL, flags)
        if endOfInput || early.contains(0x03) || early.contains(0x04) || InterruptFlag.isSet {
            TerminalOutput.write("\n", to: 1)
            return .stop
        }
        if let newline = early.firstIndex(of: UInt8(ascii: "\n")) ?? early.firstIndex(of: UInt8(ascii: "\r")) {
            return .line(String(decoding: early[..<newline], as: UTF8.self).trimmingCharacters(in: .whitespaces))
        }
        var saved = termios()
        let haveModes = tcgetattr(descriptor, &saved) == 0
        if haveModes {
            var modes = saved
            modes.c_lflag |= tcflag_t(ICANON | ECHO | ISIG)
            tcsetattr(descriptor, TCSANOW, &modes)
        }
        defer { if haveModes { tcsetattr(descriptor, TCSANOW, &saved) } }
        var byte: UInt8 = 0
        var typed = early
        while true {
            // Ctrl-C sets the interrupt flag; the read may be restarted after the signal, so the
            // flag is polled rather than waiting for the read to fail.
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if InterruptFlag.isSet {
                TerminalOutput.write("\n", to: 1)
                return .stop
            }
            // Only read when a byte is there: a Ctrl-C during the poll makes it fail with EINTR, and a blocking
            // read then (restarted after the signal) would wait for a whole line and never see the flag.
            if poll(&ready, 1, 100) <= 0 || ready.revents & Int16(POLLIN | POLLHUP | POLLERR) == 0 { continue }
            let count = read(descriptor, &byte, 1)
            if count == 1 {
                // Ctrl-C or Ctrl-D typed before the terminal's modes were set arrive as bytes.
                if byte == 0x03 || byte == 0x04 {
                    TerminalOutput.write("\n", to: 1)
                    return .stop
                }
                if byte == UInt8(ascii: "\n") {
                    let text = String(decoding: typed, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                    return .line(text)
                }
                typed.append(byte)
                continue
            }
            if count < 0, errno == EINTR, !InterruptFlag.isSet { continue }
            // Ctrl-C, end of input or an error: the next output starts on a fresh line.
            TerminalOutput.write("\n", to: 1)
            return .stop
        }
    }

    /// `--step`: shows a script line with its place before it runs and, when a person is there,
    /// waits: Enter runs it, a typed line runs first, Ctrl-C or Ctrl-D stops. A `note` is not
    /// shown as a command (its narration is what the class reads), and a `pause` waits by itself.
    static func step(_ line: SourceText, wait: Bool, dimmed: Bool) -> PersonAnswer {
        // The file's own name, not its folder: the line must fit a projector's 80 columns.
        let place = "\(URL(fileURLWithPath: line.name).lastPathComponent):\(line.firstLine)"
        let text = line.text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("#") {
            TerminalOutput.write(dim("\(place)  \(text)", dimmed) + "\n", to: 1)
            return .line("")
        }
        let word = text.prefix { !$0.isWhitespace }.lowercased()
        if word == "note" || word == "pause" { return .line("") }
        let shown = "\(dim(place, dimmed))  fedsh> \(text)"
        guard wait else {
            TerminalOutput.write(shown + "\n", to: 1)
            return .line("")
        }
        return waitForEnter(prompt: stepPrompt(place: place, text: text, dimmed: dimmed), dimmed: false)
    }

    static let stepHint = "(Enter, or type a command)"

    /// The line a step waits on, within the terminal's width (a wrapped prompt garbles what is typed
    /// after it): the command and the hint on one line when they fit, else a shorter hint, else the
    /// command on its own line(s) and the hint on the line the typing goes.
    static func stepPrompt(place: String, text: String, dimmed: Bool, width: Int = TerminalEnvironment.columns())
        -> String
    {
        let shown = "\(dim(place, dimmed))  fedsh> \(text)"
        let visible = place.count + 2 + "fedsh> ".count + text.count
        // One column spare: a line that fills the terminal exactly leaves the cursor on the next.
        if visible + 3 + stepHint.count < width { return shown + dim("   " + stepHint, dimmed) }
        if visible + 3 + "(Enter)".count < width { return shown + dim("   (Enter)", dimmed) }
        return shown + "\n" + dim("  " + stepHint + " ", dimmed)
    }
}
