import FedData
import FedLanguage
import FedModel
import Foundation

extension Session {
    /// The NY Fed's Reserve Demand Elasticity readings quoted beside the fitted slope.
    static let reserveDemandElasticityReadings = [
        "NY Fed RDE, 13 Nov 2024: −0.15 bp/pp, \"reserves remain abundant\"",
        "NY Fed RDE, Jul 2025: \"statistically indistinguishable from zero\", abundant",
    ]

    /// `calibrate [at DATE] [--svg FILE]`: the fits for a day (the start's by default).
    func calibrate(at expression: FedLanguage.Expression?, svg: PathArgument?, force: Bool,
                   statement: Statement, source: SourceText) throws(Diagnostic) {
        let day = try expression.map { expression throws(Diagnostic) in try dataDay(expression, source: source) }
            ?? startDay ?? .snapshotEnd
        let target = try svg.map { path throws(Diagnostic) in
            try writtenFileTarget(path, extensions: ["svg"], force: force)
        }
        let report: CalibrationReport
        do { report = try CalibrationBuilder(library: seriesLibrary).build(on: day) } catch {
            throw .data(error, range: expression?.range ?? statement.keywordRange)
        }
        let chart = CalibrationText.chart(report)
        // `--svg -`: the SVG alone on standard output, for a pipe.
        if case .standardOutput = target {} else {
            output.write(CalibrationText(report: report, width: options.terminalWidth).text)
            output.write("\n" + TextChart(data: chart, width: options.terminalWidth, unicode: options.unicode).text)
        }
        guard let svg, let target else { return }
        let document = SVGChart(panels: [chart], title: "fedsh: calibration at \(day)").text
        try write(document, to: target, path: svg, what: "the chart as SVG")
    }

    /// The day of a data-built start; the snapshot's end for dec-2025; nil for sep-2019's placeholders.
    var startDay: Day? {
        let start = state.scenario.startState
        if start.name == StartState.Identifier.december2025.rawValue { return .snapshotEnd }
        return Day(iso: start.name)
    }

    /// An expression that must give a day on or before the end of the data.
    func dataDay(_ expression: FedLanguage.Expression, source: SourceText) throws(Diagnostic) -> Day {
        guard case .day(let year, let month, let dayOfMonth) = try evaluate(expression, source),
              let day = Day(year: year, month: month, day: dayOfMonth) else {
            throw .notADay(source.text(in: expression.range), range: expression.range)
        }
        guard day <= .snapshotEnd else { throw .startAfterData(day, range: expression.range) }
        return day
    }
}

/// The text of `calibrate`.
struct CalibrationText {
    let report: CalibrationReport
    let width: Int

    var text: String {
        let calibration = report.calibration
        var lines = ["calibration at \(report.day): fitted to data dated on or before it", ""]
        lines.append("  " + "parameter".padding(toLength: 24, withPad: " ", startingAt: 0)
                     + "central".leftPadded(10) + "   90% band")
        for parameter in calibration.catalog where parameter.status == .fitted {
            guard parameter.low != parameter.high || parameter.central != 0 else { continue }
            lines.append("  " + parameter.name.padding(toLength: 24, withPad: " ", startingAt: 0)
                         + Self.number(parameter.central).leftPadded(10) + "   "
                         + "\(Self.number(parameter.low)) … \(Self.number(parameter.high)) \(parameter.unit)")
            lines += TextWrap.wrap(parameter.source, width: width, firstIndent: "      ", indent: "      ")
        }
        let line = report.line
        lines += ["", "reserve demand (EFFR − IORB on reserves / bank assets, \(line.count) weeks)",
                  "  slope at \(Self.number(report.ratio))% of bank assets  \(Session.slopeText(report))",
                  "  level (last weeks)            \(Self.number(report.level))bp over IORB",
                  "  fit: R² \(Self.number(line.rSquared)), residual SD \(Self.number(line.residualError))bp",
                  "  regime                        \(report.regime.rawValue) (abundant while the band includes zero)"]
        lines += Session.reserveDemandElasticityReadings.map { "  " + $0 }
        let bands = calibration.exogenous
        lines += ["", "exogenous bands (p10 … p90 width of measured t-month changes, $B)",
                  "  " + "".padding(toLength: 14, withPad: " ", startingAt: 0)
                    + [1, 3, 6, 12].map { "\($0)m".leftPadded(9) }.joined()]
        for (name, spread) in [("TGA", bands.treasuryGeneralAccount), ("ON RRP", bands.overnightReverseRepo),
                               ("currency", bands.currency), ("bank assets", bands.bankAssets)] {
            lines.append("  " + name.padding(toLength: 14, withPad: " ", startingAt: 0)
                         + [1, 3, 6, 12].map { String(format: "%.0f", spread.width(month: $0)).leftPadded(9) }.joined())
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// EFFR − IORB week by week against the fitted curve at each week's ratio.
    static func chart(_ report: CalibrationReport) -> ChartData {
        var values = ParameterValues.central
        for parameter in report.calibration.catalog { values[keyPath: parameter.keyPath] = parameter.central }
        let curve = ReserveDemandCurve(values)
        let weeks = report.demandWindow
        var chart = ChartData(
            title: "EFFR − IORB: data and the fitted curve", yUnit: "bp over IORB",
            xCaption: weeks.first.map { "weeks \($0.day) to \(weeks.last!.day)" } ?? "",
            xValues: weeks.map { Double($0.day.ordinal) },
            series: [
                .init(name: "data", label: "EFFR − IORB, week mean", values: weeks.map(\.spread), band: nil),
                .init(name: "fit", label: "fitted curve at the week's reserves / bank assets",
                      values: weeks.map { curve.fundsSpread($0.ratio) }, band: nil),
            ])
        chart.xTickLabel = { value, _ in String(Day(ordinal: Int(value.rounded())).description.prefix(7)) }
        return chart
    }

    static func number(_ value: Double) -> String {
        String(format: abs(value) >= 100 ? "%.0f" : "%.2f", value).replacingOccurrences(of: "-", with: "−")
    }
}
