import FedData
import FedLanguage
import Foundation

extension Session {
    /// `data plot ID, ID [FROM..TO] [--svg FILE] [--force]`: observations over time, through the
    /// chart renderer; series in different units are drawn one chart per unit.
    func plotSeries(_ names: [Name], days: DayRange?, svg: PathArgument?, force: Bool,
                    statement: Statement, source: SourceText) throws(Diagnostic) {
        var chosen: [Series] = []
        for name in names where !chosen.contains(where: { $0.identifier == name.text.uppercased() }) {
            chosen.append(try loadedSeries(name))
        }
        let (from, through) = try dayBounds(days, source: source)
        var url: URL?
        if let svg { url = try checkedURL(svg, for: .write, extensions: ["svg"]) }
        if let svg, let url, !force, FileManager.default.fileExists(atPath: url.path) {
            throw .chartFileExists(svg, display: ScriptFile.displayPath(url))
        }
        let units = chosen.map { SeriesDescription.named($0.identifier)?.unit.rawValue ?? "value" }
        var charts: [ChartData] = []
        for unit in units.uniqued() {
            let members = chosen.indices.filter { units[$0] == unit }.map { chosen[$0] }
            charts.append(Self.chart(members, unit: unit, from: from, through: through))
        }
        if charts.contains(where: { $0.xValues.isEmpty }) {
            throw Diagnostic(message: "no observations in that range", range: days?.range ?? statement.range)
        }
        for (index, chart) in charts.enumerated() {
            if index > 0 { output.write("\n") }
            output.write(TextChart(data: chart, width: options.terminalWidth, unicode: options.unicode).text)
        }
        guard let svg, let url else { return }
        let document = SVGChart(panels: charts, title: "fedsh: " + chosen.map(\.identifier).joined(separator: ", "))
        do { try ScriptFile.write(document.text, to: url, replace: force) } catch {
            throw .file(error.message, path: svg, help: error.help)
        }
        output.write("wrote the chart\(charts.count > 1 ? "s" : "") as SVG to \(ScriptFile.displayPath(url))\n")
    }

    /// One chart: x is the day (as days since 1970), gaps where a series has no value that day.
    private static func chart(_ members: [Series], unit: String, from: Day?, through: Day?) -> ChartData {
        let slices = members.map { $0.observations(from: from, through: through) }
        let days = Set(slices.flatMap { $0.map(\.day) }).sorted()
        let position = Dictionary(uniqueKeysWithValues: days.enumerated().map { ($1, $0) })
        let lines = zip(members, slices).map { series, slice -> ChartData.Series in
            var values = [Double](repeating: .nan, count: days.count)
            for observation in slice { values[position[observation.day]!] = observation.value ?? .nan }
            let meaning = SeriesDescription.named(series.identifier)?.meaning
            return ChartData.Series(
                name: series.identifier, label: series.identifier + (meaning.map { " (\($0))" } ?? ""),
                values: values, band: nil)
        }
        var chart = ChartData(title: members.map(\.identifier).joined(separator: ", "), yUnit: unit,
                              xCaption: days.first.map { "\($0) to \(days.last!)" } ?? "",
                              xValues: days.map { Double($0.ordinal) }, series: lines)
        chart.wholeNumberX = true
        chart.xTickLabel = { value, step in
            let day = Day(ordinal: Int(value.rounded()))
            return step >= 365 ? String(day.components.year) : String(day.description.prefix(7))
        }
        return chart
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}
