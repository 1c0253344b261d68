import Foundation

/// Charts as one SVG document: one panel per `ChartData`, stacked, each with a title, gridlines,
/// tick labels, a semi-transparent p10–p90 band (`<path class="band NAME">`) and a line
/// (`<path class="series NAME">`) per series, vertical markers and a legend. Text is escaped for XML.
struct SVGChart {
    static let palette = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"]

    let panels: [ChartData]
    var width = 760
    /// A title for the whole document (the browser tab, screen readers).
    var title: String

    private let plotTop = 48.0
    private let fullPlotHeight = 230.0
    private let marginLeft = 78.0
    private let marginRight = 28.0

    var text: String {
        var body: [String] = []
        var offset = 0.0
        for (index, panel) in panels.enumerated() {
            let plotHeight = self.plotHeight(panel)
            let legendRows = legendLayout(panel).last.map { $0.row + 1 } ?? 0
            let height = plotTop + plotHeight + 62 + Double(legendRows) * 20 + (panel.note == nil ? 0 : 18) + 10
            body.append("<g class=\"panel\" transform=\"translate(0,\(Self.number(offset)))\">")
            body += panelElements(panel, index: index, height: height)
            body.append("</g>")
            offset += height
        }
        let total = Int(offset.rounded(.up))
        return """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(total)" viewBox="0 0 \(width) \(total)" \
        font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">
        <title>\(Self.escaped(title))</title>
        <rect x="0" y="0" width="\(width)" height="\(total)" fill="white"/>
        \(body.joined(separator: "\n"))
        </svg>

        """
    }

    /// Categories (the regime) need less height than a numeric scale.
    private func plotHeight(_ panel: ChartData) -> Double {
        panel.yCategories.map { Double(max($0.count - 1, 1)) * 50 } ?? fullPlotHeight
    }

    private func panelElements(_ panel: ChartData, index: Int, height: Double) -> [String] {
        let plotHeight = self.plotHeight(panel)
        let plotWidth = Double(width) - marginLeft - marginRight
        let scale = SVGScale(panel: panel, left: marginLeft, top: plotTop, width: plotWidth, height: plotHeight)
        var elements: [String] = []
        elements.append(
            """
                <text class=\"title\" x=\"\(Self.number(marginLeft))\" y=\"22\" font-size=\"15\" \
                font-weight=\"bold\">\(Self.escaped(panel.title))</text>
                """
        )
        elements.append(
            """
                <text class=\"unit\" x=\"\(Self.number(marginLeft))\" y=\"38\" \
                fill=\"#555\">\(Self.escaped(panel.yUnit))</text>
                """
        )
        elements += scale.gridAndTicks()
        for (seriesIndex, series) in panel.series.enumerated() {
            guard let band = series.band, series.drawsBand else { continue }
            let color = Self.palette[seriesIndex % Self.palette.count]
            elements.append(
                """
                    <path id=\"band-\(Self.escaped(series.name))\" class=\"band \(Self.escaped(series.name))\" \
                    d=\"\(scale.bandPath(band))\" fill=\"\(color)\" fill-opacity=\"\(Self.bandOpacity)\" \
                    stroke=\"none\"/>
                    """
            )
        }
        for marker in panel.markers {
            let x = Self.number(scale.x(marker.x))
            elements.append(
                """
                    <line class=\"marker\" x1=\"\(x)\" y1=\"\(Self.number(plotTop))\" x2=\"\(x)\" \
                    y2=\"\(Self.number(plotTop + plotHeight))\" stroke=\"#666\" stroke-dasharray=\"4 3\"/>
                    """
            )
            elements.append(
                """
                    <text class=\"marker-label\" x=\"\(x)\" y=\"\(Self.number(plotTop - 4))\" text-anchor=\"middle\" \
                    fill=\"#444\">\(Self.escaped(marker.label))</text>
                    """
            )
        }
        for (seriesIndex, series) in panel.series.enumerated() {
            let color = Self.palette[seriesIndex % Self.palette.count]
            elements.append(
                """
                    <path id=\"series-\(Self.escaped(series.name))\" class=\"series \(Self.escaped(series.name))\" \
                    d=\"\(scale.linePath(series.values, stepped: panel.yCategories != nil))\" fill=\"none\" \
                    stroke=\"\(color)\" stroke-width=\"2\" stroke-linejoin=\"round\"/>
                    """
            )
        }
        elements += legend(panel, top: plotTop + plotHeight + 62)
        return elements
    }

    /// The opacity of a band, in the chart and its legend swatch alike.
    static let bandOpacity = "0.18"

    /// What a legend entry's swatch shows.
    private enum Swatch {
        /// Series number N's line.
        case line(Int)
        /// Series number N's band, in the series' colour.
        case band(Int)
        case marker
    }

    /// Legend entries placed left to right, wrapping within the width: one per line, one per drawn
    /// band in its series' colour (named by the series when there are several), one per marker.
    private func legendLayout(_ panel: ChartData) -> [(text: String, kind: Swatch, row: Int, x: Double)] {
        var entries: [(String, Swatch)] = panel.series.enumerated().map { ($0.element.label, .line($0.offset)) }
        let banded = panel.series.indices.filter { panel.series[$0].drawsBand }
        for index in banded {
            let text = banded.count == 1 ? "p10–p90 band (shaded)" : "\(panel.series[index].label) p10–p90"
            entries.append((text, .band(index)))
        }
        for marker in panel.markers { entries.append((marker.label, .marker)) }
        var placed: [(text: String, kind: Swatch, row: Int, x: Double)] = []
        var row = 0
        var x = marginLeft
        for (text, kind) in entries {
            let entryWidth = 30 + Double(text.count) * 7 + 18
            if x + entryWidth > Double(width) - marginRight, x > marginLeft {
                row += 1
                x = marginLeft
            }
            placed.append((text, kind, row, x))
            x += entryWidth
        }
        return placed
    }

    private func legend(_ panel: ChartData, top: Double) -> [String] {
        var elements = ["<g class=\"legend\">"]
        for entry in legendLayout(panel) {
            let y = top + Double(entry.row) * 20
            let swatch: String
            switch entry.kind {
            case .band(let index):
                let color = Self.palette[index % Self.palette.count]
                swatch =
                    """
                        <rect class=\"swatch band\" x=\"\(Self.number(entry.x))\" y=\"\(Self.number(y - 9))\" \
                        width=\"24\" height=\"10\" fill=\"\(color)\" fill-opacity=\"\(Self.bandOpacity)\"/>
                        """
            case .marker:
                swatch =
                    """
                        <line x1=\"\(Self.number(entry.x + 12))\" y1=\"\(Self.number(y - 11))\" \
                        x2=\"\(Self.number(entry.x + 12))\" y2=\"\(Self.number(y + 2))\" stroke=\"#666\" \
                        stroke-dasharray=\"4 3\"/>
                        """
            case .line(let index):
                let color = Self.palette[index % Self.palette.count]
                swatch =
                    """
                        <line x1=\"\(Self.number(entry.x))\" y1=\"\(Self.number(y - 4))\" \
                        x2=\"\(Self.number(entry.x + 24))\" y2=\"\(Self.number(y - 4))\" stroke=\"\(color)\" \
                        stroke-width=\"2\"/>
                        """
            }
            elements.append(swatch)
            elements.append(
                "<text x=\"\(Self.number(entry.x + 30))\" y=\"\(Self.number(y))\">\(Self.escaped(entry.text))</text>")
        }
        if let note = panel.note {
            let rows = legendLayout(panel).last.map { $0.row + 1 } ?? 0
            elements.append(
                """
                    <text class=\"note\" x=\"\(Self.number(marginLeft))\" \
                    y=\"\(Self.number(top + Double(rows) * 20 + 2))\" fill=\"#555\" \
                    font-size=\"11\">\(Self.escaped(note))</text>
                    """
            )
        }
        elements.append("</g>")
        return elements
    }

    /// Text safe inside XML elements and attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // Control characters are not allowed in XML 1.0.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 || $0 == "\t" || $0 == "\n" }) {
                    result.append(character)
                }
            }
        }
        return result
    }

    static func number(_ value: Double) -> String {
        let text = String(format: "%.1f", value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
