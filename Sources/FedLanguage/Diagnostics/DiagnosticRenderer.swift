/// Renders diagnostics as text: the one place that decides how errors look.
///
/// Interactive style:
/// ```
/// error: unknown variable 'purchse'
///   set purchse 45B/month
///       ^~~~~~~
///   did you mean 'purchases'?
/// ```
/// Script style starts with `lesson.fed:12:5: error: ...` and is otherwise the same.
package struct DiagnosticRenderer: Sendable {
    /// Whether the first line names the file and position.
    package enum Style: Sendable {
        case interactive
        case script
        /// Script style when the source came from a file, interactive otherwise.
        case automatic
    }

    package var style: Style
    /// Wraps the severity and the caret in ANSI colours.
    package var colored: Bool
    /// Source lines longer than this are shown as a window around the caret.
    package var maximumLineWidth: Int

    package init(style: Style = .automatic, colored: Bool = false, maximumLineWidth: Int = 120) {
        self.style = style
        self.colored = colored
        self.maximumLineWidth = maximumLineWidth
    }

    package func render(_ diagnostic: Diagnostic) -> String {
        var lines = [header(diagnostic)]
        if let range = diagnostic.range, let source = diagnostic.source, !source.hidesExcerpts {
            lines += excerpt(range, in: source)
        }
        if let suggestion = diagnostic.suggestion { lines.append("  did you mean '\(suggestion)'?") }
        for note in diagnostic.notes { lines.append("  " + paint("note:", "1;36") + " " + TextSanitizer.visible(note)) }
        if let help = diagnostic.help {
            lines.append("  " + paint("help:", "1;32") + " " + TextSanitizer.visible(help))
        }
        return lines.joined(separator: "\n")
    }

    private func header(_ diagnostic: Diagnostic) -> String {
        let severityColor = switch diagnostic.severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .note: "1;36"
        }
        // Messages quote input (names, file names): made visible, as excerpts are.
        let label = paint(diagnostic.severity.rawValue + ":", severityColor) + " "
            + TextSanitizer.visible(diagnostic.message)
        guard usesScriptStyle(diagnostic), let source = diagnostic.source else { return label }
        guard let range = diagnostic.range else { return "\(TextSanitizer.visible(source.name)): " + label }
        return Self.place(range.start, in: source) + ": " + label
    }

    /// `lesson.fed:12:5`, or `cell 3, line 2:5` for a notebook cell; names made visible, as excerpts are.
    package static func place(_ location: SourceLocation, in source: SourceText) -> String {
        let name = TextSanitizer.visible(source.name)
        return source.origin == .notebookCell ? "\(name), line \(location.line):\(location.column)"
            : "\(name):\(location.line):\(location.column)"
    }

    private func usesScriptStyle(_ diagnostic: Diagnostic) -> Bool {
        switch style {
        case .interactive: false
        case .script: true
        case .automatic: diagnostic.source.map { !$0.isInteractive } ?? false
        }
    }

    /// The source line and a caret line under the range, aligned by characters and tabs.
    private func excerpt(_ range: SourceRange, in source: SourceText) -> [String] {
        let bounds = source.lineBounds(containing: range.start.offset)
        let bytes = Array(source.text.utf8)
        let start = Swift.max(bounds.lowerBound, Swift.min(range.start.offset, bounds.upperBound))
        let end = Swift.max(start, Swift.min(range.end.offset, bounds.upperBound))
        var before = Array(String(decoding: bytes[bounds.lowerBound..<start], as: UTF8.self))
        var marked = Array(String(decoding: bytes[start..<end], as: UTF8.self))
        var after = Array(String(decoding: bytes[end..<bounds.upperBound], as: UTF8.self))
        trimToWidth(&before, &marked, &after)
        let line = (before + marked + after).map(Self.printable).joined()
        // Tabs stay tabs so the caret lines up however the terminal expands them.
        let padding = before.map { $0 == "\t" ? "\t" : String(repeating: " ", count: Self.displayWidth($0)) }.joined()
        let markedWidth = marked.reduce(0) { $0 + Self.displayWidth($1) }
        let underline = "^" + String(repeating: "~", count: Swift.max(0, markedWidth - 1))
        return ["  " + line, "  " + padding + paint(underline, "1;32")]
    }

    /// Keeps a long line readable: a window around the marked text, with `…` where cut.
    private func trimToWidth(_ before: inout [Character], _ marked: inout [Character], _ after: inout [Character]) {
        guard before.count + marked.count + after.count > maximumLineWidth else { return }
        let context = Swift.max(10, maximumLineWidth / 3)
        if marked.count > maximumLineWidth - 2 * context {
            marked = Array(marked.prefix(maximumLineWidth - 2 * context)) + ["…"]
        }
        if before.count > context { before = ["…"] + Array(before.suffix(context - 1)) }
        if after.count > context { after = Array(after.prefix(context - 1)) + ["…"] }
    }

    /// Terminal columns a character takes: East Asian wide characters and most emoji take two.
    static func displayWidth(_ character: Character) -> Int {
        guard let value = character.unicodeScalars.first?.value else { return 1 }
        let wideRanges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// Control characters would move the cursor, and bidi and zero-width characters reorder or
    /// hide the excerpt; each shows as one visible symbol instead (so the caret still lines up).
    private static func printable(_ character: Character) -> String {
        guard character != "\t",
              character.unicodeScalars.contains(where: {
                  $0.properties.generalCategory == .control || TextSanitizer.isUnsafe($0)
              })
        else { return String(character) }
        return "\u{FFFD}"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
