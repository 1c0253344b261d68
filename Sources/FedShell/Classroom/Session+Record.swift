import FedLanguage
import Foundation

extension Session {
    /// `record FILE.md [--force]` starts a Markdown handout of the session; `record off` ends it.
    func record(to path: PathArgument?, force: Bool, statement: Statement) throws(Diagnostic) {
        guard let path else {
            guard let recorder = output.recorder else { throw .notRecording(statement.keywordRange) }
            recorder.finish()
            output.reportHandoutFailure()
            output.recorder = nil
            let path = ScriptFile.displayPath(recorder.url)
            output.confirm(recorder.failure == nil
                ? "stopped recording; the handout is \(path)\n"
                : "stopped recording; the handout \(path) is incomplete (it could not be written in full)\n")
            return
        }
        if path.path == "-" {
            finishRecording()
            output.recorder = HandoutRecorder.standardOutput(date: handoutDate,
                                                             descriptor: options.standardOutputDescriptor)
            output.base.confirm("recording a Markdown handout to standard output ('record off' to stop)\n")
            return
        }
        let url = try checkedURL(path, for: .write, extensions: ["md", "html", "htm"])
        do {
            try startRecording(url, replace: force)
        } catch {
            throw .file(error.message, path: path, help: error.help)
        }
        // Said on screen only: the handout need not open with its own name.
        let kind = output.recorder?.format == .html ? "an HTML page" : "Markdown"
        output.base.write("recording to \(ScriptFile.displayPath(url)) (\(kind); 'record off' to stop)\n")
    }

    /// Starts the handout for `--transcript FILE`; a file that exists is left alone unless `replace` (`--force`).
    package func startTranscript(_ path: String, replace: Bool = false) -> Bool {
        let url = ScriptFile.resolve(path, relativeTo: nil)
        do {
            try startRecording(url, replace: replace)
            return true
        } catch {
            output.report(Diagnostic(message: error.message, help: error.help == nil ? nil
                : "choose another file name, or add --force to replace it: fedsh never overwrites a handout unasked"))
            return false
        }
    }

    /// Closes the handout's last block (when the shell exits).
    package func finishRecording() {
        output.recorder?.finish()
        output.reportHandoutFailure()
        output.recorder = nil
    }

    private func startRecording(_ url: URL, replace: Bool) throws(ScriptFile.Failure) {
        finishRecording()
        output.recorder = try HandoutRecorder.open(url, replace: replace, date: handoutDate)
    }

    private var handoutDate: String {
        ISO8601DateFormatter.string(
            from: options.today(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
    }
}
