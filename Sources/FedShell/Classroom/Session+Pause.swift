import FedLanguage

extension Session {
    /// `pause`: waits for Enter when a person is at the terminal (`Options.waitForEnter`, set by
    /// the executable); otherwise does nothing, so lessons run unattended in scripts and tests.
    /// Ctrl-C while waiting stops the script like any cancelled command.
    func pause(statement: Statement) throws(Diagnostic) {
        output.recorder?.pause()
        guard let waitForEnter = options.waitForEnter else { return }
        waitForEnter()
        if options.isCancelled() { throw .cancelled(statement.keywordRange) }
    }
}
