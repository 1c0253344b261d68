import FedLanguage
import FedModel
import Foundation

extension Session {
    /// `export FILE.csv|FILE.json [--force]`: the monthly paths with bands, and (JSON) the summary
    /// at the horizon, the scenario's variables and the parameter overrides. Shapes: docs/EXPORT.md.
    func export(to path: PathArgument, force: Bool, format: OutputFormat, statement: Statement) throws(Diagnostic) {
        let toStandardOutput = path.path == "-"
        let url = toStandardOutput ? ScriptFile.resolve(path.path, relativeTo: currentFolder)
            : try checkedURL(path, for: .write)
        let written = toStandardOutput ? (format == .csv ? "csv" : "json") : url.pathExtension.lowercased()
        guard written == "csv" || written == "json" else { throw .unknownExportFormat(path) }
        if !toStandardOutput, format != .text, written != (format == .csv ? "csv" : "json") {
            throw .unknownExportFormat(path)
        }
        let results = try currentResults(range: statement.keywordRange)
        let text =
            written == "csv"
            ? ExportCSV.text(results)
            : try MachineText.json(
                ExportDocument(results, scenarioName: scenarioName, overrides: state.parameterOverrides),
                range: statement.keywordRange)
        if toStandardOutput { return output.write(text) }
        do {
            try ScriptFile.write(text, to: url, replace: force, command: "export")
        } catch {
            throw .file(error.message, path: path, help: error.help)
        }
        let months = results.path.count
        output.confirm(
            """
                exported \(months) months (0 to \(months - 1)) of \(Output.allCases.count) outputs, central and \
                p10/p50/p90, to \(ScriptFile.displayPath(url))\n
                """
        )
    }
}

/// `export FILE.json`: the `eval --json` summary plus `version`, `variables`, `parameters` and
/// `months` (docs/EXPORT.md).
struct ExportDocument: Encodable {
    /// Bumped when a field changes meaning or is removed; adding fields keeps it.
    static let formatVersion = 1

    struct Parameter: Encodable {
        let value: Double
        let central: Double
        let low: Double
        let high: Double
        let unit: String
        let status: String
    }

    struct Month: Encodable {
        let month: Int
        let date: String
        let outputs: [String: OutputEntry]
    }

    let summary: SummaryDocument
    let version = formatVersion
    let variables: [String: String]
    let parameters: [String: Parameter]
    let months: [Month]

    init(_ results: Results, scenarioName: String, overrides: [String: Double]) {
        summary = SummaryDocument(results, scenarioName: scenarioName)
        variables = Dictionary(uniqueKeysWithValues: ScenarioVariable.catalog.map {
            ($0.name, ModelValueConversion.text($0.get(results.scenario), of: $0))
        })
        var parameters: [String: Parameter] = [:]
        for (name, value) in overrides {
            guard let parameter = ModelParameter.named(name) else { continue }
            parameters[name] = Parameter(value: value, central: parameter.central, low: parameter.low,
                                         high: parameter.high, unit: parameter.unit, status: parameter.status.rawValue)
        }
        self.parameters = parameters
        let start = results.start
        months = results.path.indices.map { month in
            Month(month: month, date: ExportCSV.date(month: month, start: start), outputs: Dictionary(
                uniqueKeysWithValues: Output.allCases.map { ($0.rawValue, OutputEntry($0, results, month: month)) }))
        }
    }

    private enum CodingKeys: String, CodingKey {
        case version, variables, parameters, months
    }

    // The summary's fields and these share one object.
    func encode(to encoder: Encoder) throws {
        try summary.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(variables, forKey: .variables)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(months, forKey: .months)
    }
}

/// `export FILE.csv`: one row per month; per output its central value and p10, p50, p90; for the
/// regime its central word and the share of draws in each regime (docs/EXPORT.md).
enum ExportCSV {
    static var header: [String] {
        var columns = ["month", "date"]
        for output in Output.allCases {
            if output == .regime {
                columns += ["regime"] + ReserveRegime.allCases.map { "regime_\($0.rawValue)" }
            } else {
                columns += [
                    output.rawValue, output.rawValue + "_p10", output.rawValue + "_p50", output.rawValue + "_p90",
                ]
            }
        }
        return columns
    }

    static func text(_ results: Results) -> String {
        var lines = [header.joined(separator: ",")]
        for (month, result) in results.path.enumerated() {
            var cells = [String(month), date(month: month, start: results.start)]
            for output in Output.allCases {
                if output == .regime {
                    let shares = results.bands.regimeShares[month]
                    cells +=
                        [result.regime.rawValue] + ReserveRegime.allCases.map { MachineText.number(shares[$0] ?? 0) }
                } else {
                    cells += OutputEntry(output, results, month: month).cells
                }
            }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The calendar month of a model month: `2026-01` for month 1 from December 2025.
    static func date(month: Int, start: StartState) -> String {
        let index = start.calendarYear * 12 + (start.calendarMonth - 1) + month
        let monthText = String(index % 12 + 1)
        return "\(index / 12)-" + (monthText.count == 1 ? "0" : "") + monthText
    }
}
