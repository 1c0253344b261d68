import FedData
import FedLanguage
import Foundation

extension Session {
    /// `data list|show|plot|import|forget`.
    func data(_ action: DataAction, statement: Statement, source: SourceText) throws(Diagnostic) {
        switch action {
        case .list: listSeries()
        case .show(let name, let days): try showSeries(name, days: days, source: source)
        case .plot(let names, let days, let svg, let force):
            try plotSeries(names, days: days, svg: svg, force: force, statement: statement, source: source)
        case .importFile(let path, let name, let digest): try importSeries(path, as: name, sha256: digest)
        case .forget(let name): try forgetSeries(name)
        }
    }

    private func listSeries() {
        let entries = seriesLibrary.entries()
        let width = entries.map(\.identifier.count).max() ?? 0
        output.write("\(entries.count) series (shipped data end on \(Day.snapshotEnd)):\n")
        for entry in entries {
            let series = try? seriesLibrary.series(entry.identifier)
            let dates = series.flatMap { series in series.first.map { "\($0)..\(series.last!)" } } ?? "unreadable"
            let origin =
                entry.origin == .shipped
                ? "shipped" : entry.overridesShipped ? "imported, overrides shipped" : "imported"
            output.write("  " + entry.identifier.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + dates
                         + "  " + (entry.description?.frequency.rawValue ?? "not catalogued") + " · " + origin + "\n")
            let meaning = entry.description.map { "\($0.meaning), \($0.unit.rawValue) (\($0.source))" } ?? ""
            let indent = String(repeating: " ", count: 4)
            for line in TextWrap.wrap(meaning, width: options.terminalWidth, firstIndent: indent, indent: indent) {
                output.write(line + "\n")
            }
        }
    }

    private func showSeries(_ name: Name, days: DayRange?, source: SourceText) throws(Diagnostic) {
        let series = try loadedSeries(name)
        let (from, through) = try dayBounds(days, source: source)
        let chosen = series.observations(from: from, through: through)
        let description = SeriesDescription.named(series.identifier)
        output.write(
            "\(series.identifier)"
                + (description.map { ": \($0.meaning), \($0.unit.rawValue), \($0.frequency.rawValue) (\($0.source))" }
                    ?? "") + "\n")
        let shown = days == nil ? chosen.suffix(Self.observationsShownByDefault) : chosen
        if days == nil, chosen.count > shown.count {
            output.write("  the last \(shown.count) of \(chosen.count) observations; give FROM..TO for others\n")
        }
        if shown.isEmpty { output.write("  no observations in that range\n") }
        for observation in shown {
            output.write("  \(observation.day)  \(observation.value.map(Self.number) ?? "(missing)")\n")
        }
    }

    private func importSeries(_ path: PathArgument, as name: Name?, sha256: RawText?) throws(Diagnostic) {
        let url = try checkedURL(path, for: .read)
        let display = ScriptFile.displayPath(url)
        let imported: (series: Series, sha256: String?)
        do {
            imported = try seriesLibrary.importSeries(from: url, as: name?.text, displayName: display,
                                                      expectedSHA256: sha256?.text)
        } catch {
            throw .data(error, range: sha256 != nil && error.problem.isChecksum ? sha256!.range : path.range)
        }
        let series = imported.series
        let overrides = seriesLibrary.entries().contains { $0.identifier == series.identifier && $0.overridesShipped }
        state.log.append(CommandSyntax.data.replay(.dataImport, Self.quoted(url.path), "as", series.identifier,
                                                   imported.sha256.map { "--\(CommandFlag.sha256.name) \($0)" } ?? ""))
        output.write(
            """
                imported \(series.identifier): \(series.observations.count) observations, \
                \(series.first!)..\(series.last!)
                """
                + (overrides ? " (replaces the series fedsh had)" : "") + "\n")
        if state.scenario.builtStart != nil {
            output.write("  the start state keeps its figures; 'set start DATE' again to rebuild it from this series\n")
        }
    }

    private func forgetSeries(_ name: Name) throws(Diagnostic) {
        do { try seriesLibrary.forget(name.text) } catch { throw .data(error, range: name.range) }
        state.log.append(CommandSyntax.data.replay(.dataForget, name.text.uppercased()))
        let shipped = (try? seriesLibrary.series(name.text)) != nil
        output.write(
            "forgot the imported \(name.text.uppercased())" + (shipped ? "; the shipped series is used again" : "")
                + "\n")
    }

    /// The series named, or a clear error (unknown id with a suggestion, or the file's problem).
    func loadedSeries(_ name: Name) throws(Diagnostic) -> Series {
        let series: Series?
        do { series = try seriesLibrary.series(name.text) } catch { throw .data(error, range: name.range) }
        guard let series else { throw .unknownSeries(name, among: seriesLibrary.entries().map(\.identifier)) }
        return series
    }

    /// `FROM..TO` as days: a month date means its first day (FROM) or its last (TO).
    func dayBounds(_ days: DayRange?, source: SourceText) throws(Diagnostic) -> (Day?, Day?) {
        guard let days else { return (nil, nil) }
        func day(_ expression: FedLanguage.Expression?, last: Bool) throws(Diagnostic) -> Day? {
            guard let expression else { return nil }
            switch try evaluate(expression, source) {
            case .day(let year, let month, let day):
                guard let result = Day(year: year, month: month, day: day) else {
                    throw .notADay(source.text(in: expression.range), range: expression.range)
                }
                return result
            case .date(let year, let month):
                let first = Day(year: year, month: month, day: 1)!
                return last
                    ? Day(year: month == 12 ? year + 1 : year, month: month % 12 + 1, day: 1)!.adding(days: -1) : first
            default: throw .notADay(source.text(in: expression.range), range: expression.range)
            }
        }
        return (try day(days.from, last: false), try day(days.to, last: true))
    }

    static let observationsShownByDefault = 20

    /// A path as a string literal, so a replay reads it back whatever it holds.
    static func quoted(_ path: String) -> String {
        "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension DataError.Problem {
    var isChecksum: Bool {
        if case .checksumMismatch = self { return true }
        return false
    }
}
