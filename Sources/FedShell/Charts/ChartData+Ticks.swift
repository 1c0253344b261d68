extension ChartData {
    /// X ticks as close together as their labels allow along `length` (columns or pixels), where
    /// a label character takes `characterWidth` and labels need `gap` between them. With
    /// `xTicksAtValues`, ticks sit on the data's own x values (every one, or every k-th);
    /// otherwise at nice steps (whole numbers when x is whole).
    func xTicks(length: Double, characterWidth: Double, gap: Double) -> [(value: Double, label: String)] {
        guard let first = xValues.first, let last = xValues.last else { return [] }
        let span = last > first ? last - first : 1
        func fits(_ ticks: [(value: Double, label: String)]) -> Bool {
            let widest = Double(ticks.map(\.label.count).max() ?? 0) * characterWidth
            return zip(ticks, ticks.dropFirst()).allSatisfy { ($1.value - $0.value) / span * length >= widest + gap }
        }
        if xTicksAtValues {
            let step = xValues.count > 1 ? abs(xValues[1] - xValues[0]) : 1
            for every in 1...max(xValues.count, 1) {
                let ticks = stride(from: 0, to: xValues.count, by: every).map {
                    (xValues[$0], xTickLabel(xValues[$0], step * Double(every)))
                }
                if fits(ticks) || ticks.count <= 1 { return ticks }
            }
        }
        for intervals in (1...12).reversed() {
            let step = ChartScale.niceStep(span / Double(intervals))
            if wholeNumberX, step.rounded() != step { continue }
            var ticks: [(value: Double, label: String)] = []
            var value = (first / step).rounded(.up) * step
            while value <= last + step * 1e-9 {
                ticks.append((value, xTickLabel(value, step)))
                value += step
            }
            if fits(ticks) || intervals == 1 { return ticks }
        }
        return []
    }
}
