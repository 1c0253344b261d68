import Foundation
import FedData
import FedLanguage
import FedModel

extension Session {
    /// `set start 2024-06-12`: the start state built from the last observation of each series on or
    /// before that day.
    func setStart(_ value: Value, range: SourceRange, source: SourceText) throws(Diagnostic) {
        guard case .day(let year, let month, let dayOfMonth) = value,
              let day = Day(year: year, month: month, day: dayOfMonth) else {
            throw .notADay(source.text(in: range), range: range)
        }
        guard day <= .snapshotEnd else { throw .startAfterData(day, range: range) }
        let report: StartStateReport
        do { report = try StartStateBuilder(library: seriesLibrary).build(on: day) } catch {
            throw .data(error, range: range)
        }
        // The fit needs 26 weeks of EFFR, reserves and bank assets; without them the start keeps the
        // catalogue's hand-set parameters.
        let calibration = try? CalibrationBuilder(library: seriesLibrary).build(on: day)
        let variable = ScenarioVariable.named("start")!
        let previous = variable.get(state.scenario)
        state.scenario.builtStart = report.state
        state.scenario.calibration = calibration?.calibration
        let now = variable.get(state.scenario)
        if previous != now { state.log.append(CommandSyntax.set.replay(nil, "start", "\(day)")) }
        let was = previous == now ? "unchanged" : "was \(ModelValueConversion.text(previous, of: variable))"
        let summary = "start = \(day) (\(was)): reserves $\(Self.billions(report.state.reserves))B, TGA "
            + "$\(Self.billions(report.state.treasuryGeneralAccount))B, ON RRP "
            + "$\(Self.billions(report.state.overnightReverseRepo))B; 'show start' gives every figure's source"
        // Confirmations, like every `set`: on standard error when the output is a pipe, so a pipe holds only results.
        let width = options.terminalWidth
        output.confirm(TextWrap.wrap(summary, width: width, indent: "  ").joined(separator: "\n") + "\n")
        let fitted = calibration.map { report in
            "  fitted to the data on or before \(day): demand slope \(Self.slopeText(report)), "
                + "\(report.regime.rawValue); 'calibrate' shows every fit"
        } ?? "  not enough data before \(day) to fit the model: it keeps the catalogue's parameters"
        output.confirm(TextWrap.wrap(fitted, width: width, indent: "    ").joined(separator: "\n") + "\n")
    }

    /// "−2.16 bp/pp (90%: −2.65 … −1.67)".
    static func slopeText(_ report: CalibrationReport) -> String {
        func number(_ value: Double) -> String {
            String(format: "%.2f", value).replacingOccurrences(of: "-", with: "−")
        }
        return "\(number(report.slope)) bp/pp (90%: \(number(report.slopeLow)) … \(number(report.slopeHigh)))"
    }

    /// `show start`: every start figure with the series and date it came from, or its rule.
    func showStart() throws(Diagnostic) {
        let start = state.scenario.startState
        output.write("start = \(start.name): \(start.title)\n")
        let day: Day
        switch start.name {
        case StartState.Identifier.december2025.rawValue: day = .snapshotEnd
        case StartState.Identifier.september2019.rawValue: day = Day(year: 2019, month: 9, day: 18)!
        default:
            guard let built = Day(iso: start.name) else { return }
            day = built
        }
        let report: StartStateReport
        do { report = try StartStateBuilder(library: seriesLibrary).build(on: day) } catch {
            throw .data(error, range: nil)
        }
        let width = options.terminalWidth
        for figure in report.figures {
            let label = "  " + figure.line.rawValue.padding(toLength: 26, withPad: " ", startingAt: 0)
            let value = Self.figureText(figure).leftPadded(12)
            let lines = TextWrap.wrap(Self.sourceText(figure.source), width: width,
                                      firstIndent: label + value + "  ", indent: String(repeating: " ", count: 42))
            output.write(lines.joined(separator: "\n") + "\n")
        }
        if BalanceSheet(start: report.state) != BalanceSheet(start: start) {
            output.write("  note: the data now give other figures (an import changed since the start was set); "
                         + "'set start \(start.name)' rebuilds it\n")
        }
    }

    private static func figureText(_ figure: StartFigure) -> String {
        guard let value = figure.value else { return "none" }
        if figure.line == .standingRepoFacility { return value == 1 ? "yes" : "no" }
        if figure.line.isMoney { return "$" + billions(value) + "B" }
        switch figure.line {
        case .targetRangeTop, .targetRangeBottom, .interestOnReserves, .reverseRepoRate, .standingRepoRate,
             .twoYearYield, .tenYearYield: return String(format: "%.2f%%", value)
        case .btc, .eth: return "$" + String(format: "%.2f", value)
        default: return String(format: "%.2f", value)
        }
    }

    private static func sourceText(_ source: StartFigure.Source) -> String {
        switch source {
        case .series(let identifier, let day): return "\(identifier) \(day)"
        case .derived(let rule, let inputs):
            return "DERIVED: \(rule)"
                + (inputs.isEmpty
                    ? "" : " [" + inputs.map { "\($0.identifier) \($0.day)" }.joined(separator: ", ") + "]")
        case .assumed(let rule): return "ASSUMED: \(rule)"
        }
    }

    static func billions(_ value: Double) -> String {
        let text = String(format: "%.3f", value)
        let parts = text.split(separator: ".")
        var whole = String(parts[0]), grouped = ""
        let negative = whole.hasPrefix("-")
        if negative { whole.removeFirst() }
        for (index, character) in whole.reversed().enumerated() {
            if index > 0, index % 3 == 0 { grouped.insert(",", at: grouped.startIndex) }
            grouped.insert(character, at: grouped.startIndex)
        }
        return (negative ? "−" : "") + grouped + "." + parts[1]
    }
}
