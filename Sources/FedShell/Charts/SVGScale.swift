/// Maps one chart's data into an SVG panel's plot rectangle, and draws its grid, ticks and paths.
struct SVGScale {
    let panel: ChartData
    let left: Double
    let top: Double
    let width: Double
    let height: Double
    let yAxis: ChartScale.Axis
    let yLabels: [String]
    let xRange: ClosedRange<Double>

    init(panel: ChartData, left: Double, top: Double, width: Double, height: Double) {
        self.panel = panel
        self.left = left
        self.top = top
        self.width = width
        self.height = height
        if let categories = panel.yCategories {
            yAxis = ChartScale.Axis(
                range: 0...Double(max(categories.count - 1, 1)), ticks: categories.indices.map(Double.init), step: 1)
            yLabels = categories
        } else {
            let axis = ChartScale.axis(covering: panel.yExtent ?? 0...1, intervals: 5)
            yAxis = axis
            yLabels = axis.ticks.map { ChartScale.label($0, step: axis.step) }
        }
        let first = panel.xValues.first ?? 0
        let last = panel.xValues.last ?? 1
        xRange = first...(last > first ? last : first + 1)
    }

    func x(_ value: Double) -> Double { left + ChartScale.fraction(value, in: xRange) * width }

    func y(_ value: Double) -> Double { top + (1 - ChartScale.fraction(value, in: yAxis.range)) * height }

    /// Gridlines, the axes, tick marks and labels, and the x caption.
    func gridAndTicks() -> [String] {
        let number = SVGChart.number
        var elements = ["<g class=\"axes\" fill=\"#333\">"]
        for (tick, label) in zip(yAxis.ticks, yLabels) {
            let position = number(y(tick))
            elements.append(
                """
                    <line x1=\"\(number(left))\" y1=\"\(position)\" x2=\"\(number(left + width))\" y2=\"\(position)\" \
                    stroke=\"#e4e4e4\"/>
                    """
            )
            elements.append(
                """
                    <text x=\"\(number(left - 8))\" y=\"\(number(y(tick) + 4))\" \
                    text-anchor=\"end\">\(SVGChart.escaped(label))</text>
                    """
            )
        }
        for (tick, label) in panel.xTicks(length: width, characterWidth: 7, gap: 16) {
            let position = number(x(tick))
            elements.append(
                """
                    <line x1=\"\(position)\" y1=\"\(number(top + height))\" x2=\"\(position)\" \
                    y2=\"\(number(top + height + 5))\" stroke=\"#333\"/>
                    """
            )
            elements.append(
                """
                    <text x=\"\(position)\" y=\"\(number(top + height + 19))\" \
                    text-anchor=\"middle\">\(SVGChart.escaped(label))</text>
                    """
            )
        }
        elements.append(
            """
                <path class=\"axis\" \
                d=\"M\(number(left)),\(number(top))V\(number(top + height))H\(number(left + width))\" fill=\"none\" \
                stroke=\"#333\"/>
                """
        )
        elements.append(
            """
                <text class=\"caption\" x=\"\(number(left + width / 2))\" y=\"\(number(top + height + 38))\" \
                text-anchor=\"middle\">\(SVGChart.escaped(panel.xCaption))</text>
                """
        )
        elements.append("</g>")
        return elements
    }

    /// Moves and lines through the finite values; a missing value starts a new piece.
    func linePath(_ values: [Double], stepped: Bool) -> String {
        var path = ""
        var previous: (Double, Double)?
        for (index, value) in values.enumerated() where index < panel.xValues.count {
            guard value.isFinite else { previous = nil; continue }
            let point = (x(panel.xValues[index]), y(value))
            if let previous {
                if stepped { path += "L\(SVGChart.number(point.0)),\(SVGChart.number(previous.1))" }
                path += "L\(SVGChart.number(point.0)),\(SVGChart.number(point.1))"
            } else {
                path += "M\(SVGChart.number(point.0)),\(SVGChart.number(point.1))"
            }
            previous = point
        }
        return path
    }

    /// The area between p10 and p90: along the top, back along the bottom, closed.
    func bandPath(_ band: [ClosedRange<Double>]) -> String {
        let points = zip(panel.xValues, band).filter { $0.1.lowerBound.isFinite && $0.1.upperBound.isFinite }
        guard !points.isEmpty else { return "" }
        var path = ""
        for (index, (xValue, range)) in points.enumerated() {
            path += (index == 0 ? "M" : "L") + "\(SVGChart.number(x(xValue))),\(SVGChart.number(y(range.upperBound)))"
        }
        for (xValue, range) in points.reversed() {
            path += "L\(SVGChart.number(x(xValue))),\(SVGChart.number(y(range.lowerBound)))"
        }
        return path + "Z"
    }
}
