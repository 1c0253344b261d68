import FedLanguage

extension Session {
    /// `pause`: waits for Enter when a person is at the terminal (`Options.waitForEnter`, set by
    /// the executable); otherwise does nothing, so lessons run unattended in scripts and tests.
    /// Ctrl-C or Ctrl-D while waiting stops the script there and keeps what it built, so a
    /// teacher can explore from that point (`undo` takes the whole script back).
    func pause(statement: Statement) throws(Diagnostic) {
        output.recorder?.pause()
        guard let waitForEnter = options.waitForEnter else { return }
        if waitForEnter() == .stop || options.isCancelled() { classroom.stoppedAtPause = true }
    }
}
