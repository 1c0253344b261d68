import FedLanguage
import Foundation

extension Session {
    /// `record FILE.md [--force]` starts a Markdown handout of the session; `record off` ends it.
    func record(to path: PathArgument?, force: Bool, statement: Statement) throws(Diagnostic) {
        guard let path else {
            guard let recorder = output.recorder else { throw .notRecording(statement.keywordRange) }
            recorder.finish()
            output.recorder = nil
            output.confirm("stopped recording; the handout is \(ScriptFile.displayPath(recorder.url))\n")
            return
        }
        let url = ScriptFile.resolve(path.path, relativeTo: currentFolder)
        do {
            try startRecording(url, replace: force)
        } catch {
            throw .file(error.message, path: path, help: error.help)
        }
        output.confirm("recording to \(ScriptFile.displayPath(url)) (Markdown; 'record off' to stop)\n")
    }

    /// Starts the handout for `--transcript FILE.md`; a file that exists is left alone.
    package func startTranscript(_ path: String) -> Bool {
        let url = ScriptFile.resolve(path, relativeTo: nil)
        do {
            try startRecording(url, replace: false)
            return true
        } catch {
            output.report(Diagnostic(message: error.message, help: error.help == nil ? nil : "choose another file name: fedsh never overwrites a handout unasked"))
            return false
        }
    }

    /// Closes the handout's last block (when the shell exits).
    package func finishRecording() {
        output.recorder?.finish()
        output.recorder = nil
    }

    private func startRecording(_ url: URL, replace: Bool) throws(ScriptFile.Failure) {
        finishRecording()
        let date = ISO8601DateFormatter.string(from: options.today(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        output.recorder = try HandoutRecorder.open(url, replace: replace, date: date)
    }
}
