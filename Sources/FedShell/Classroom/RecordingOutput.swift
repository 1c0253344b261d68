import FedLanguage

/// The session's output, passed through to the caller's and copied to the `record` handout when
/// one is open. Notes go through `note` so the handout can set them as paragraphs, not code.
final class RecordingOutput: SessionOutput {
    /// Where everything is shown: the terminal, or a test's transcript.
    let base: SessionOutput
    /// The open handout, if any.
    var recorder: HandoutRecorder?

    init(base: SessionOutput) { self.base = base }

    func write(_ text: String) {
        base.write(text)
        recorder?.output(text)
    }

    func confirm(_ text: String) {
        base.confirm(text)
        recorder?.output(text)
    }

    func report(_ diagnostic: Diagnostic) {
        base.report(diagnostic)
        recorder?.output(HandoutRecorder.renderer.render(diagnostic) + "\n")
    }

    /// Narration (`note`): set apart on screen, a plain paragraph in the handout.
    func note(_ text: String, width: Int) {
        base.write(Narration.note(text, width: width))
        recorder?.note(text)
    }
}
