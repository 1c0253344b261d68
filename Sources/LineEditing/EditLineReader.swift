import CEditLine
import CTerminalInput
import Foundation

/// The terminal line editor: libedit with emacs keys, history (Up/Down, Ctrl-R), UTF-8, tab
/// completion through a Swift closure, and Ctrl-C that discards the line instead of ending the
/// process. The only file that touches libedit.
///
/// Characters are read by `cti_read_character` (C) rather than libedit, from a private
/// non-blocking descriptor on the terminal, while also watching a pipe the SIGINT handler writes
/// to: a Ctrl-C that arrives while libedit is busy (not blocked in `read`) would otherwise be
/// lost and leave the user stuck. See `InterruptFlag` for Ctrl-C outside of reading.
///
/// Signal and terminal state live in C globals, so keep one reader alive at a time.
package final class EditLineReader: LineReader {
    private let editor: OpaquePointer
    private let editorHistory: OpaquePointer
    private let store: HistoryStore?
    private let complete: (CompletionRequest) -> CompletionResult
    private let output: UnsafeMutablePointer<FILE>
    private let ownsOutput: Bool
    private var prompt: UnsafeMutablePointer<CChar>

    /// Returns nil when standard input is not a terminal (use `PlainLineReader` then).
    ///
    /// The editor draws on standard output when it is a terminal, otherwise on standard error or
    /// `/dev/tty`, because libedit silently disables editing on a non-terminal stream.
    /// Installs the SIGINT handler (see `InterruptFlag`) and handlers that restore the terminal
    /// on SIGTERM, SIGHUP, SIGQUIT and around Ctrl-Z. Reads `~/.editrc` last, so the user's
    /// bindings win.
    package init?(
        programName: String,
        history store: HistoryStore?,
        complete: @escaping (CompletionRequest) -> CompletionResult
    ) {
        guard isatty(0) == 1 else { return nil }
        EditLineReader.selectUTF8Locale()
        guard let (output, ownsOutput) = EditLineReader.drawingStream() else { return nil }
        guard cti_open_terminal(0) == 0, InterruptFlag.install(),
              let editor = el_init(programName, fe_standard_input(), output, fe_standard_error()),
              let editorHistory = history_init()
        else {
            if ownsOutput { fclose(output) }
            return nil
        }
        self.editor = editor
        self.editorHistory = editorHistory
        self.store = store
        self.complete = complete
        self.output = output
        self.ownsOutput = ownsOutput
        self.prompt = strdup("")
        configure(capacity: store?.capacity ?? HistoryStore.defaultCapacity)
        for entry in store?.entries ?? [] { fe_history_enter(editorHistory, entry) }
    }

    deinit {
        el_end(editor)
        history_end(editorHistory)
        cti_close_terminal()
        free(prompt)
        if ownsOutput { fclose(output) }
    }

    /// Shows `prompt` and edits a line. A non-empty line goes to the history and, before this
    /// returns, to the history file.
    package func readLine(prompt text: String) -> LineReadResult {
        free(prompt)
        prompt = strdup(text)
        InterruptFlag.reset()
        var count: Int32 = 0
        guard let raw = el_gets(editor, &count) else {
            if InterruptFlag.isSet {
                InterruptFlag.reset()
                write("^C\n")
                return .interrupted
            }
            write("\n")
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        let entry = HistoryStore.normalized(line)
        if !entry.isEmpty {
            store?.add(entry)
            fe_history_enter(editorHistory, entry)
        }
        return .line(line)
    }

    /// Puts the terminal back in the modes it had before the editor started. Async-signal-safe,
    /// so it may be called from a signal handler the executable installs for SIGTERM or SIGHUP.
    package func restoreTerminal() {
        cti_restore_terminal()
    }

    private func configure(capacity: Int) {
        fe_history_set_size(editorHistory, Int32(clamping: capacity))
        fe_history_set_unique(editorHistory, 1)
        // libedit's own signal handling re-sends SIGINT to the whole process group and leaves the
        // terminal cooked; the C side handles signals instead.
        fe_set_signal_handling(editor, 0)
        fe_set_client_data(editor, Unmanaged.passUnretained(self).toOpaque())
        fe_set_editor(editor, "emacs")
        fe_set_prompt(editor, { editor in
            guard let reader = EditLineReader.reader(of: editor) else { return nil }
            return reader.prompt
        }, 1)
        fe_set_history(editor, editorHistory)
        fe_set_read_character(editor, { editor, character in
            guard let character else { return -1 }
            while true {
                let status = cti_read_character(character)
                switch Int(status) {
                case CTI_RESIZED: if let editor { el_resize(editor) }
                case CTI_CONTINUED: if let editor { fe_refresh(editor) }
                default: return status
                }
            }
        })
        fe_add_function(editor, "fedsh-complete", "Complete the word before the cursor", { editor, _ in
            guard let reader = EditLineReader.reader(of: editor) else { return UInt8(CC_ERROR) }
            return reader.completeAtCursor()
        })
        fe_bind(editor, "^I", "fedsh-complete")
        fe_bind(editor, "^R", "em-inc-search-prev")
        el_source(editor, nil)
    }

    private static func reader(of editor: OpaquePointer?) -> EditLineReader? {
        guard let editor, let data = fe_client_data(editor) else { return nil }
        return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    private func completeAtCursor() -> UInt8 {
        guard let info = el_line(editor)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return UInt8(CC_ERROR)
        }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: cursor - buffer)
        let request = CompletionRequest(lineBeforeCursor: String(decoding: bytes, as: UTF8.self))
        let result = complete(request)
        let replaced = min(max(0, result.replacedCharacterCount), request.lineBeforeCursor.count)
        let word = request.lineBeforeCursor.suffix(replaced)
        switch CompletionPlan(result: result, word: word) {
        case .replaceWord(let text):
            // libedit counts wide characters, which are Unicode scalars, not Swift Characters.
            if replaced > 0 { el_deletestr(editor, Int32(word.unicodeScalars.count)) }
            el_insertstr(editor, text)
            return UInt8(CC_REFRESH)
        case .list(let candidates):
            write("\n" + CompletionPlan.columns(candidates, width: Int(fe_terminal_columns(editor))))
            return UInt8(CC_REDISPLAY)
        case .beep:
            return UInt8(CC_REFRESH_BEEP)
        }
    }

    private func write(_ text: String) {
        fputs(text, output)
        fflush(output)
    }

    // Without a UTF-8 locale libedit silently drops non-ASCII input.
    private static func selectUTF8Locale() {
        setlocale(LC_CTYPE, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    private static func drawingStream() -> (UnsafeMutablePointer<FILE>, owned: Bool)? {
        if isatty(1) == 1 { return (fe_standard_output(), false) }
        if isatty(2) == 1 { return (fe_standard_error(), false) }
        guard let terminal = fopen("/dev/tty", "w") else { return nil }
        return (terminal, true)
    }
}
