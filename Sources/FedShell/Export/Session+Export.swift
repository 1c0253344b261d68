import FedLanguage
import FedModel
import Foundation

extension Session {
    /// `export FILE.csv|FILE.json [--force]`: the monthly paths with bands, and (JSON) the summary
    /// at the horizon, the scenario's variables and the parameter overrides. Shapes: docs/EXPORT.md.
    func export(to path: PathArgument, force: Bool, statement: Statement) throws(Diagnostic) {
        let url = try checkedURL(path, for: .write)
        let format = url.pathExtension.lowercased()
        guard format == "csv" || format == "json" else { throw .unknownExportFormat(path) }
        let results = try currentResults(range: statement.keywordRange)
        let text = format == "csv"
            ? ExportCSV.text(results)
            : ExportJSON.text(results, scenarioName: scenarioName, overrides: state.parameterOverrides)
        do {
            try ScriptFile.write(text, to: url, replace: force, command: "export")
        } catch {
            throw .file(error.message, path: path, help: error.help)
        }
        let months = results.path.count
        output.write("exported \(months) months (0 to \(months - 1)) of \(Output.allCases.count) outputs, central and p10/p50/p90, to \(ScriptFile.displayPath(url))\n")
    }
}

/// `export FILE.json`: the `eval --json` summary plus `version`, `variables`, `parameters` and
/// `months` (docs/EXPORT.md).
enum ExportJSON {
    /// Bumped when a field changes meaning or is removed; adding fields keeps it.
    static let formatVersion = 1

    static func text(_ results: Results, scenarioName: String, overrides: [String: Double]) -> String {
        var object = SummaryJSON.object(results, scenarioName: scenarioName)
        object["version"] = formatVersion
        var variables: [String: Any] = [:]
        for variable in ScenarioVariable.catalog {
            variables[variable.name] = ModelValueConversion.text(variable.get(results.scenario), of: variable)
        }
        object["variables"] = variables
        var parameters: [String: Any] = [:]
        for (name, value) in overrides {
            guard let parameter = ModelParameter.named(name) else { continue }
            parameters[name] = ["value": value, "central": parameter.central, "low": parameter.low, "high": parameter.high,
                                "unit": parameter.unit, "status": parameter.status.rawValue] as [String: Any]
        }
        object["parameters"] = parameters
        let start = results.start
        object["months"] = results.path.indices.map { month -> [String: Any] in
            var outputs: [String: Any] = [:]
            for output in Output.allCases { outputs[output.rawValue] = SummaryJSON.entry(output, results, month: month) }
            return ["month": month, "date": ExportCSV.date(month: month, start: start), "outputs": outputs]
        }
        return SummaryJSON.text(of: object)
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
                columns += [output.rawValue, output.rawValue + "_p10", output.rawValue + "_p50", output.rawValue + "_p90"]
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
                    cells += [result.regime.rawValue] + ReserveRegime.allCases.map { number(shares[$0] ?? 0) }
                } else {
                    let band = results.bands.band(output, month: month)
                    cells += [number(output.value(in: result))] + [band?.p10, band?.p50, band?.p90].map { $0.map(number) ?? "" }
                }
            }
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Full precision (the shortest text that reads back as the same number).
    static func number(_ value: Double) -> String {
        value == 0 ? "0" : "\(value)"
    }

    /// The calendar month of a model month: `2026-01` for month 1 from December 2025.
    static func date(month: Int, start: StartState) -> String {
        let index = start.calendarYear * 12 + (start.calendarMonth - 1) + month
        let monthText = String(index % 12 + 1)
        return "\(index / 12)-" + (monthText.count == 1 ? "0" : "") + monthText
    }
}
