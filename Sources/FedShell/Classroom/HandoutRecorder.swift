import FedLanguage
import Foundation

/// Writes a session as a Markdown handout while it happens (`record FILE.md`, `--transcript`):
/// each command in a fenced block, its output in a ```text block, notes as plain paragraphs,
/// errors included. Every piece goes straight to the file, so a crash loses at most the command
/// being run.
final class HandoutRecorder {
    static let renderer = DiagnosticRenderer()

    let url: URL
    private let descriptor: Int32
    /// Why the handout could not be written further (a full disk), once a write has failed.
    private(set) var failure: String?
    private var outputOpen = false
    private var outputEndsLine = true

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Creates the file; an existing one is replaced only when `replace` is set.
    static func open(_ requested: URL, replace: Bool, date: String) throws(ScriptFile.Failure) -> HandoutRecorder {
        // Like every write: a regular file (or an allowed symlink's target), never a device.
        let url = try ScriptFile.writableTarget(requested)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ScriptFile.Failure(message: "no such folder: \(ScriptFile.displayPath(folder))")
        }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (replace ? O_TRUNC : O_EXCL)
        let descriptor = Foundation.open(url.path, flags, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST {
                throw ScriptFile.Failure(message: "\(ScriptFile.displayPath(url)) already exists",
                                         help: "use 'record --force \(ScriptFile.displayPath(url))' to replace it")
            }
            throw ScriptFile.Failure(message: "cannot write \(ScriptFile.displayPath(url)): \(String(cString: strerror(errno)))")
        }
        let recorder = HandoutRecorder(url: url, descriptor: descriptor)
        recorder.append("# fedsh session\n\nRecorded with fedsh \(Session.version) on \(date). Notes are the teacher's words; "
            + "numbers come from the model, with p10–p90 bands.\n\n")
        return recorder
    }

    /// A line about to run. Comments, `pause` and `record` leave no trace; a line that is only a
    /// note shows as its paragraph.
    func command(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let word = trimmed.prefix { !$0.isWhitespace && $0 != ";" }.lowercased()
        if trimmed.hasPrefix("#") || (["note", "pause", "record"].contains(word) && !trimmed.contains(";")) { return }
        closeOutput()
        append("```fedsh\nfedsh> \(Self.fenceSafe(TextSanitizer.visible(trimmed)))\n```\n\n")
    }

    /// Results, reports and rendered errors, inside a ```text block.
    func output(_ text: String) {
        guard !text.isEmpty else { return }
        if !outputOpen {
            append("```text\n")
            outputOpen = true
        }
        append(Self.fenceSafe(TextSanitizer.visible(Self.withoutColor(text))))
        outputEndsLine = text.hasSuffix("\n")
    }

    /// Narration as a paragraph of its own.
    func note(_ text: String) {
        closeOutput()
        append(TextSanitizer.visible(text.trimmingCharacters(in: .whitespaces)) + "\n\n")
    }

    /// Closes the open block; the file stays valid Markdown.
    func finish() { closeOutput() }

    private func closeOutput() {
        guard outputOpen else { return }
        append((outputEndsLine ? "" : "\n") + "```\n\n")
        outputOpen = false
        outputEndsLine = true
    }

    // A run of three backticks inside a block would end it early; a zero-width space breaks the run.
    private static func fenceSafe(_ text: String) -> String {
        text.replacingOccurrences(of: "```", with: "``\u{200B}`")
    }

    /// A coloured report (at a terminal) without its colour codes: a handout is plain Markdown.
    private static func withoutColor(_ text: String) -> String {
        guard text.contains("\u{1B}[") else { return text }
        return text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    // A handout that cannot be written further must not stop the class: the first failure is kept
    // for RecordingOutput to report once, and nothing more is written (no torn pieces after a gap).
    private func append(_ text: String) {
        guard failure == nil else { return }
        if let code = ScriptFile.writeAll(text, to: descriptor) {
            failure = String(cString: strerror(code)).lowercased()
        }
    }
}
