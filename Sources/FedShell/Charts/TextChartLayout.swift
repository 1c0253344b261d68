import Foundation

/// The geometry of one text chart: where values fall in rows and columns, what the axes say, and
/// the drawing itself. Built by `TextChart`, which adds the title and legend.
struct TextChartLayout {
    let data: ChartData
    let unicode: Bool
    let rows: Int
    let yAxis: ChartScale.Axis
    let yLabels: [String]
    let labelWidth: Int
    let columns: Int
    let xRange: ClosedRange<Double>

    init(data: ChartData, width: Int, height: Int, unicode: Bool) {
        self.data = data
        self.unicode = unicode
        rows = height
        if let categories = data.yCategories {
            let top = Double(max(categories.count - 1, 1))
            yAxis = ChartScale.Axis(range: 0...top, ticks: categories.indices.map(Double.init), step: 1)
            yLabels = categories
        } else {
            let axis = ChartScale.axis(covering: data.yExtent ?? 0...1, intervals: 4)
            yAxis = axis
            yLabels = axis.ticks.map { ChartScale.label($0, step: axis.step) }
        }
        labelWidth = yLabels.map(\.count).max() ?? 0
        columns = max(width - labelWidth - 2, 8)
        let first = data.xValues.first ?? 0
        let last = data.xValues.last ?? 1
        xRange = first...(last > first ? last : first + 1)
    }

    private var xSpan: Double { xRange.upperBound - xRange.lowerBound }

    func column(_ x: Double) -> Int { ChartScale.cell(ChartScale.fraction(x, in: xRange), cells: columns) }
    func row(_ y: Double) -> Int { ChartScale.cell(1 - ChartScale.fraction(y, in: yAxis.range), cells: rows) }

    /// The plot area, one line per row, with y labels and the vertical axis.
    func plotLines() -> [String] {
        let canvas = draw()
        let tickRows = Dictionary(
            yAxis.ticks.indices.map { (row(yAxis.ticks[$0]), yLabels[$0]) }, uniquingKeysWith: { first, _ in first })
        return (0..<rows).map { index in
            let label = tickRows[index] ?? ""
            let axis = tickRows[index] != nil ? (unicode ? "┤" : "+") : (unicode ? "│" : "|")
            return label.leftPadded(labelWidth) + " " + axis + canvas.text(row: index)
        }
    }

    /// The x axis, its tick labels and its caption.
    func xAxisLines() -> [String] {
        let ticks = data.xTicks(length: Double(columns - 1), characterWidth: 1, gap: 2)
        let tickColumns = Set(ticks.map { column($0.value) })
        var axis = String(repeating: " ", count: labelWidth + 1) + (unicode ? "└" : "+")
        for index in 0..<columns { axis += tickColumns.contains(index) ? (unicode ? "┬" : "+") : (unicode ? "─" : "-") }
        var labels = [Character](repeating: " ", count: labelWidth + 2 + columns)
        var nextFree = 0
        for tick in ticks {
            let text = Array(tick.label)
            let centre = labelWidth + 2 + column(tick.value)
            let start = min(max(centre - text.count / 2, 0), labels.count - text.count)
            guard start >= nextFree else { continue }
            for (offset, character) in text.enumerated() { labels[start + offset] = character }
            nextFree = start + text.count + 1
        }
        let caption = data.xCaption
        let indent = labelWidth + 2 + max((columns - caption.count) / 2, 0)
        return [axis, String(labels), String(repeating: " ", count: indent) + caption]
    }

    private func draw() -> ChartCanvas {
        var canvas = ChartCanvas(columns: columns, rows: rows, unicode: unicode)
        let xs = data.xValues
        for series in data.series {
            guard let band = series.band else { continue }
            for index in 0..<columns {
                let x = xRange.lowerBound + Double(index) / Double(max(columns - 1, 1)) * xSpan
                guard let low = Self.interpolate(band.map(\.lowerBound), xs, at: x),
                      let high = Self.interpolate(band.map(\.upperBound), xs, at: x) else { continue }
                canvas.shade(column: index, top: row(high), bottom: row(low))
            }
        }
        for marker in data.markers { canvas.verticalMarker(column: column(marker.x)) }
        let across = Double(columns * canvas.dotsAcross - 1)
        let down = Double(rows * canvas.dotsDown - 1)
        func dot(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
            // Bounded fractions: a point far off the axis lands just outside the canvas, never a
            // line of 10³⁰⁰ dots.
            (ChartScale.fraction(x, in: xRange) * across, (1 - ChartScale.fraction(y, in: yAxis.range)) * down)
        }
        let stepped = data.yCategories != nil
        for (index, series) in data.series.enumerated() {
            let glyph = TextChart.asciiGlyphs[index % TextChart.asciiGlyphs.count]
            let values = series.values
            for point in 0..<min(values.count, xs.count) where values[point].isFinite {
                let here = dot(xs[point], values[point])
                canvas.plot(x: here.x, y: here.y, glyph: glyph)
                guard point + 1 < min(values.count, xs.count), values[point + 1].isFinite else { continue }
                let next = dot(xs[point + 1], values[point + 1])
                if stepped {
                    canvas.line(from: here, to: (next.x, here.y), glyph: glyph)
                    canvas.line(from: (next.x, here.y), to: next, glyph: glyph)
                } else {
                    canvas.line(from: here, to: next, glyph: glyph)
                }
            }
        }
        if unicode { markPoints(on: &canvas) }
        return canvas
    }

    /// A glyph per series at its data points, thinned so glyphs stay at least three columns apart.
    private func markPoints(on canvas: inout ChartCanvas) {
        let xs = data.xValues
        let spacing = xs.count > 1 ? Double(columns - 1) / Double(xs.count - 1) : Double(columns)
        let every = max(Int((3 / spacing).rounded(.up)), 1)
        for (index, series) in data.series.enumerated() {
            let glyph = TextChart.pointGlyphs[index % TextChart.pointGlyphs.count]
            for point in 0..<min(series.values.count, xs.count)
            where point % every == 0 && series.values[point].isFinite {
                canvas.mark(column: column(xs[point]), row: row(series.values[point]), glyph: glyph)
            }
        }
    }

    /// Linear interpolation of `values` (at `xs`) at `x`; nil where a neighbour is missing.
    static func interpolate(_ values: [Double], _ xs: [Double], at x: Double) -> Double? {
        guard !values.isEmpty, values.count == xs.count else { return nil }
        if xs.count == 1 { return values[0].isFinite ? values[0] : nil }
        var upper = xs.firstIndex { $0 >= x } ?? xs.count - 1
        if upper == 0 { upper = 1 }
        let lower = upper - 1
        let span = xs[upper] - xs[lower]
        let fraction = span > 0 ? min(max((x - xs[lower]) / span, 0), 1) : 0
        let value = values[lower] + (values[upper] - values[lower]) * fraction
        return value.isFinite ? value : nil
    }
}
