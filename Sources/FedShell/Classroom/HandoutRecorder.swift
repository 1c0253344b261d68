import FedLanguage
import Foundation

/// Writes a session as a handout while it happens (`record FILE`, `--transcript FILE`): each
/// command in a fenced block, its output in a ```text block (terminal escape codes removed), notes
/// as plain paragraphs, errors included, a marker where the class paused, and charts as pictures.
///
/// A `.md` handout (any name but `.html`/`.htm`) goes to the file line by line, so a crash loses
/// at most the line being run; its charts are SVG files beside it (`NAME-chart-1.svg`, ...).
/// A `.html` handout is a self-contained page (Ink turns the Markdown into HTML, the SVG charts
/// are inline), written again whole after every line. The title is the lesson's (or the script's first
/// comment), when one starts before anything is shown; else "fedsh session".
final class HandoutRecorder {
    static let renderer = DiagnosticRenderer()

    enum Format {
        case markdown, html
    }
    /// Why the handout could not be written further (a full disk), once a write has failed.
    private(set) var failure: String?

    let url: URL
    let format: Format
    /// Whether the handout replaced a file (`--force`): its chart files may replace old ones too.
    private let replace: Bool
    private let date: String
    private let descriptor: Int32
    private var title: String?
    /// Nothing is written until the first thing shown (so a lesson can still name the handout).
    private var pending: String? = ""
    /// HTML: the whole handout so far, to render the page again.
    private(set) var markdown = ""
    /// Output of the command running, set as one block when it ends (its fence outgrows any backticks in it).
    private var block = ""
    private var commands = 0
    private var chartCount = 0
    /// HTML: the inline SVG for each placeholder paragraph in `markdown`.
    var inlineCharts: [(placeholder: String, chart: RenderedChart)] = []

    /// Whether the handout goes to standard output (`record -`), where the session's own output would
    /// repeat it: `RecordingOutput` then shows results only in the handout.
    let toStandardOutput: Bool

    private init(url: URL, format: Format, replace: Bool, date: String, descriptor: Int32,
                 toStandardOutput: Bool = false) {
        self.toStandardOutput = toStandardOutput
        self.url = url
        self.format = format
        self.replace = replace
        self.date = date
        self.descriptor = descriptor
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// `record -`: a Markdown handout on standard output (its charts as text, with nothing beside it).
    static func standardOutput(date: String, descriptor: Int32 = STDOUT_FILENO) -> HandoutRecorder {
        HandoutRecorder(url: URL(fileURLWithPath: "/dev/stdout"), format: .markdown, replace: false, date: date,
                        descriptor: dup(descriptor), toStandardOutput: true)
    }

    /// Creates the file; an existing one is replaced only when `replace` is set.
    static func open(_ requested: URL, replace: Bool, date: String) throws(ScriptFile.Failure) -> HandoutRecorder {
        // Like every write: a regular file (or an allowed symlink's target), never a device.
        let url = try ScriptFile.writableTarget(requested)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ScriptFile.Failure(.noSuchFolder(folder))
        }
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (replace ? O_TRUNC : O_EXCL)
        let descriptor = Foundation.open(url.path, flags, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST {
                throw ScriptFile.Failure(.alreadyExists(url, command: "record"))
            }
            throw ScriptFile.Failure(.cannotWrite(url, code: errno))
        }
        let format: Format = ["html", "htm"].contains(url.pathExtension.lowercased()) ? .html : .markdown
        // A page is written whole each time (ScriptFile.write): the file is only claimed here.
        if format == .html { close(descriptor) }
        return HandoutRecorder(url: url, format: format, replace: replace, date: date,
                               descriptor: format == .html ? -1 : descriptor)
    }

    /// A title for the handout, taken only while nothing has been written (a lesson starting).
    func offerTitle(_ title: String) {
        if pending != nil, self.title == nil, !title.isEmpty { self.title = title }
    }

    /// A line about to run. Comments, `pause` and `record` leave no trace; a line that is only a
    /// note shows as its paragraph.
    func command(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let word = trimmed.prefix { !$0.isWhitespace && $0 != ";" }.lowercased()
        if trimmed.hasPrefix("#") || (["note", "pause", "record"].contains(word) && !trimmed.contains(";")) { return }
        closeOutput()
        commands += 1
        // The first command waits with the header: `lesson NAME` names the handout just after it.
        if commands > 1 { showPending() }
        append(Self.fenced("fedsh> " + TextSanitizer.visible(trimmed) + "\n", language: "fedsh"))
    }

    /// Results, reports and rendered errors, inside a ```text block.
    func output(_ text: String) {
        let clean = Self.withoutEscapeCodes(text)
        guard !clean.isEmpty else { return }
        showPending()
        block += TextSanitizer.visible(clean)
    }

    /// Narration as a paragraph of its own.
    func note(_ text: String) {
        closeOutput()
        showPending()
        append(TextSanitizer.visible(text.trimmingCharacters(in: .whitespaces)) + "\n\n")
    }

    /// `pause`: where the class stopped to talk, so an answer does not sit right under its question.
    func pause() {
        closeOutput()
        showPending()
        append("---\n\n*Pause: the class discusses this before going on.*\n\n")
    }

    /// A chart from `plot`: an SVG file beside a Markdown handout, inline in an HTML one.
    func chart(_ chart: RenderedChart) {
        closeOutput()
        showPending()
        chartCount += 1
        let alternative = chart.title.replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")")
        switch format {
        case .html:
            let placeholder = "fedsh-chart-\(chartCount)-\(UUID().uuidString)"
            inlineCharts.append((placeholder, chart))
            append(placeholder + "\n\n")
        case .markdown:
            guard !toStandardOutput, let name = writeChartFile(chart.svg) else {
                block += chart.text
                return
            }
            append("![\(alternative)](\(name))\n\n")
        }
    }

    /// A line has run: its output goes to the file now (an HTML page is written again whole).
    func lineFinished() {
        closeOutput()
        if format == .html { writePage() }
    }

    /// Closes the open block and writes everything; the file stays valid Markdown (or a whole page).
    func finish() {
        closeOutput()
        showPending()
        if format == .html { writePage() }
    }

    private func closeOutput() {
        guard !block.isEmpty else { return }
        let text = block.hasSuffix("\n") ? block : block + "\n"
        block = ""
        append(Self.fenced(text, language: "text"))
    }

    private func showPending() {
        guard let text = pending else { return }
        pending = nil
        append("# \(title ?? "fedsh session")\n\nRecorded with fedsh \(Session.version) on \(date). "
            + "Notes are the teacher's words; numbers come from the model, with p10–p90 bands.\n\n" + text)
    }

    /// `NAME-chart-N.svg` beside the handout (the next free number, unless the handout replaced its file).
    private func writeChartFile(_ svg: String) -> String? {
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent()
        var number = chartCount
        func taken(_ number: Int) -> Bool {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\(stem)-chart-\(number).svg").path)
        }
        while !replace, taken(number) { number += 1 }
        chartCount = number
        let name = "\(stem)-chart-\(number).svg"
        do { try ScriptFile.write(svg, to: folder.appendingPathComponent(name), replace: replace) } catch { return nil }
        return name
    }


    // A handout that cannot be written further must not stop the class: the first failure is kept
    // for RecordingOutput to report once, and nothing more is written (no torn pieces after a gap).
    private func append(_ text: String) {
        if pending != nil {
            pending! += text
            return
        }
        switch format {
        case .markdown:
            guard failure == nil else { return }
            if let code = ScriptFile.writeAll(text, to: descriptor) {
                failure = ScriptFile.Problem.reason(code)
            }
        case .html: markdown += text
        }
    }

    /// A fenced block whose fence is longer than any run of backticks inside (CommonMark's way).
    static func fenced(_ text: String, language: String) -> String {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return "\(fence)\(language)\n\(text)\(fence)\n\n"
    }

    /// Text without terminal control sequences (colour, erase line): a handout is read, not replayed.
    static func withoutEscapeCodes(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                result.append(scalar)
                continue
            }
            // CSI: ESC [ parameters… final byte (@ to ~); other escapes are one character long.
            guard let next = scalars.next(), next == "[" else { continue }
            while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
        }
        return String(result)
    }

    /// HTML: the page again, replacing the file whole (so it is always a complete page).
    private func writePage() {
        guard pending == nil else { return }
        guard failure == nil else { return }
        do { try ScriptFile.write(page(), to: url, replace: true) } catch { failure = error.message }
    }
}
