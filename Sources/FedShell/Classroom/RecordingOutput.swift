import FedLanguage

/// The session's output, passed through to the caller's and copied to the `record` handout when
/// one is open. Notes go through `note` so the handout can set them as paragraphs, not code.
final class RecordingOutput: SessionOutput {
    /// Where everything is shown: the terminal, or a test's transcript.
    let base: SessionOutput
    /// The open handout, if any.
    var recorder: HandoutRecorder? { didSet { failureReported = false } }

    init(base: SessionOutput) { self.base = base }

    /// Whether the open handout's write failure has been reported.
    private var failureReported = false

    /// `record -`: the handout is standard output, so results are shown once, in it.
    private var handoutIsStandardOutput: Bool { recorder?.toStandardOutput == true }

    func write(_ text: String) {
        if !handoutIsStandardOutput { base.write(text) }
        recorder?.output(text)
        reportHandoutFailure()
    }

    func confirm(_ text: String) {
        base.confirm(text)
        recorder?.output(text)
    }

    func report(_ diagnostic: Diagnostic) {
        base.report(diagnostic)
        recorder?.output(HandoutRecorder.renderer.render(diagnostic) + "\n")
        reportHandoutFailure()
    }

    /// A chart: shown as the base output shows charts; in the handout, an SVG file beside it.
    func chart(_ chart: RenderedChart) {
        if !handoutIsStandardOutput { base.chart(chart) }
        recorder?.chart(chart)
    }

    /// Narration (`note`): set apart on screen, a plain paragraph in the handout.
    func note(_ text: String, width: Int) {
        if !handoutIsStandardOutput { base.write(Narration.note(text, width: width)) }
        recorder?.note(text)
        reportHandoutFailure()
    }

    /// A handout write that failed is said once, on the spot, and counts as a failed write.
    func reportHandoutFailure() {
        guard let recorder, let failure = recorder.failure, !failureReported else { return }
        failureReported = true
        WriteFailures.shared.add()
        base.report(.handoutWriteFailed(ScriptFile.displayPath(recorder.url), reason: failure))
    }
}
