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
    private var outputOpen = false
    private var outputEndsLine = true

    private init(url: URL, descriptor: Int32) {
        self.url = url
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Creates the file; an existing one is replaced only when `replace` is set.
    static func open(_ url: URL, replace: Bool, date: String) throws(ScriptFile.Failure) -> HandoutRecorder {
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
        append("```fedsh\nfedsh> \(Self.fenceSafe(trimmed))\n```\n\n")
    }

    /// Results, reports and rendered errors, inside a ```text block.
    func output(_ text: String) {
        guard !text.isEmpty else { return }
        if !outputOpen {
            append("```text\n")
            outputOpen = true
        }
        append(Self.fenceSafe(text))
        outputEndsLine = text.hasSuffix("\n")
    }

    /// A chart from `plot`, as its text for now.
    func chart(_ chart: RenderedChart) { output(chart.text) }

    /// Narration as a paragraph of its own.
    func note(_ text: String) {
        closeOutput()
        append(text.trimmingCharacters(in: .whitespaces) + "\n\n")
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

    // A handout that cannot be written further must not stop the class: the error is dropped.
    private func append(_ text: String) {
        _ = ScriptFile.writeAll(text, to: descriptor)
    }
}
