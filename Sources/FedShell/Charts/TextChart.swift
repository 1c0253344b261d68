/// A chart as terminal text: y-axis labels, a box-drawn frame, lines in braille dots with a glyph
/// at each data point, p10–p90 bands in light shade, vertical markers, an x axis with ticks, a
/// legend. With `unicode` off, the same chart in plain ASCII (`*` lines, `.` bands, `|` and `-`
/// axes). No line is longer than `width` (at least `minimumWidth`).
struct TextChart {
    static let minimumWidth = 40
    static let defaultHeight = 14
    static let pointGlyphs: [Character] = ["●", "■", "▲", "◆", "○", "□"]
    static let asciiGlyphs: [Character] = ["*", "o", "+", "x", "#", "@"]

    let data: ChartData
    var width: Int
    var height = defaultHeight
    var unicode = true

    var text: String {
        let width = max(self.width, Self.minimumWidth)
        // A few categories (the regime) need only a few rows each.
        let rows = data.yCategories.map { min(height, $0.count * 3 - 2) } ?? height
        let layout = TextChartLayout(data: data, width: width, height: max(rows, 4), unicode: unicode)
        var lines = [Self.fit(plain(data.title + " · " + data.yUnit), width: width)]
        lines += (layout.plotLines() + layout.xAxisLines()).map { Self.fit(plain($0), width: width) }
        lines += Self.wrap(legendEntries().map(plain), width: width)
        if let note = data.note {
            lines += Self.wrap(plain(note).split(separator: " ").map(String.init), width: width, separator: " ")
        }
        return lines.map { Self.trimmedRight($0) }.joined(separator: "\n") + "\n"
    }

    /// Text as the terminal can show it: unchanged with Unicode, else ASCII.
    private func plain(_ text: String) -> String { unicode ? text : Self.asciiOnly(text) }

    private func legendEntries() -> [String] {
        var entries: [String] = []
        for (index, series) in data.series.enumerated() {
            let glyph =
                unicode
                ? Self.pointGlyphs[index % Self.pointGlyphs.count] : Self.asciiGlyphs[index % Self.asciiGlyphs.count]
            entries.append("\(glyph) \(series.label)")
        }
        if data.series.contains(where: \.drawsBand) { entries.append(unicode ? "░ p10–p90 band" : ". p10-p90 band") }
        for marker in data.markers { entries.append((unicode ? "┊ " : ": ") + marker.label) }
        return entries
    }

    /// Words (or legend entries) joined into lines no longer than `width`.
    static func wrap(_ parts: [String], width: Int, separator: String = "   ") -> [String] {
        var lines: [String] = []
        var current = ""
        for part in parts {
            let candidate = current.isEmpty ? part : current + separator + part
            if candidate.count <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = part
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { fit($0, width: width) }
    }

    /// Cuts a line to `width` characters, marking the cut.
    static func fit(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let cut = String(line.prefix(width - 1))
        return cut.unicodeScalars.allSatisfy(\.isASCII) ? cut + "~" : cut + "…"
    }

    private static func trimmedRight(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    /// Replaces the typographic characters labels use with ASCII ones.
    static func asciiOnly(_ text: String) -> String {
        let replacements: [(String, String)] = [
            ("−", "-"), ("–", "-"), ("—", "-"), ("→", "->"), ("←", "<-"), ("…", "..."),
            ("·", "-"), ("◀", "<"), ("≈", "~"), ("×", "x"),
        ]
        var result = text
        for (from, to) in replacements { result = result.replacingOccurrences(of: from, with: to) }
        return String(result.unicodeScalars.map { $0.isASCII ? Character($0) : "?" })
    }
}
