import FedLanguage
import FedModel

extension Session {
    /// `param`, `param NAME`, `param NAME VALUE`, `param reset [NAME]`.
    func parameterCommand(_ action: ParameterAction, statement: Statement, source: SourceText) throws(Diagnostic) {
        switch action {
        case .show(nil, .text):
            output.write(parameterTable())
        case .show(nil, .json):
            output.write(try MachineText.json(ParameterListDocument(overrides: state.parameterOverrides),
                                              range: statement.keywordRange))
        case .show(nil, .csv):
            output.write(ParameterListDocument(overrides: state.parameterOverrides).csv)
        case .show(let name?, _):
            output.write(parameterDetail(try parameter(named: name)))
        case .set(let name, let expression):
            try overrideParameter(try parameter(named: name), expression, source: source)
        case .reset(nil):
            guard !state.parameterOverrides.isEmpty else {
                output.confirm("no parameter is overridden\n")
                return
            }
            let names = state.parameterOverrides.keys.sorted()
            state.parameterOverrides = [:]
            state.log.append("param reset")
            output.confirm("back to the calibrated values: \(names.joined(separator: ", "))\n")
        case .reset(let name?):
            let parameter = try parameter(named: name)
            guard let previous = state.parameterOverrides.removeValue(forKey: parameter.name) else {
                output.confirm("\(parameter.name) is not overridden (it is at its central value, \(ReportFormat.parameter(parameter.central)))\n")
                return
            }
            state.log.append("param reset \(parameter.name)")
            output.confirm("\(parameter.name) = \(ReportFormat.parameter(parameter.central)) (central; was \(ReportFormat.parameter(previous)))\n")
        }
    }

    private func parameter(named name: Name) throws(Diagnostic) -> ModelParameter {
        // The entry in force: a calibrated start's fitted value where it has one.
        guard let parameter = state.scenario.parameterCatalog.first(where: { $0.name == name.text }) else {
            throw .unknownParameter(name)
        }
        return parameter
    }

    private func overrideParameter(_ parameter: ModelParameter, _ expression: Expression, source: SourceText) throws(Diagnostic) {
        let value = try evaluate(expression, source)
        guard case .quantity(let quantity) = value, quantity.dimension.isPlain else {
            throw .parameterNeedsPlainNumber(parameter, got: ValueFormatter(precision: .short).format(value), range: expression.range)
        }
        guard quantity.value.isFinite else { throw .parameterNotFinite(parameter, range: expression.range) }
        let number = ModelValueConversion.cleaned(quantity.value)
        guard parameter.accepts(number) else {
            throw .parameterOutsideDomain(parameter, value: number, range: expression.range)
        }
        if number < parameter.low || number > parameter.high {
            output.report(.parameterOutsideRange(parameter, value: number, range: expression.range).attaching(source))
        }
        let previous = state.parameterOverrides[parameter.name]
        state.parameterOverrides[parameter.name] = number
        state.log.append("param \(parameter.name) \(Session.exactParameterText(number))")
        let was = previous.map { "was \(ReportFormat.parameter($0))" } ?? "was \(ReportFormat.parameter(parameter.central)), central"
        output.confirm("\(parameter.name) = \(ReportFormat.parameter(number)) \(parameter.unit) (\(was)); held fixed in the Monte Carlo bands\n")
    }

    /// Every parameter: value in force, central, range, unit, status, source; `*` marks overrides.
    private func parameterTable() -> String {
        let header = ["parameter", "value", "central", "low … high", "status", "unit", "source"]
        var rows: [[String]] = []
        for parameter in state.scenario.parameterCatalog {
            let override = state.parameterOverrides[parameter.name]
            rows.append([(override == nil ? "  " : "* ") + parameter.name,
                         override.map(ReportFormat.parameter) ?? "",
                         ReportFormat.parameter(parameter.central),
                         ReportFormat.parameter(parameter.low) + " … " + ReportFormat.parameter(parameter.high),
                         parameter.status.rawValue, parameter.unit, parameter.source])
        }
        var widths = header.indices.map { column in max(header[column].count + (column == 0 ? 2 : 0), rows.map { $0[column].count }.max() ?? 0) }
        // Columns leave from the right (source, unit) until the table fits; 'param NAME' has them all.
        var kept = header.count
        func fixed(_ count: Int) -> Int { widths.prefix(count - 1).reduce(0, +) + 2 * (count - 1) }
        while kept > 4, fixed(kept) + 12 > options.terminalWidth { kept -= 1 }
        let dropped = header.count - kept
        widths = Array(widths.prefix(kept))
        widths[kept - 1] = dropped == 0 ? max(12, options.terminalWidth - fixed(kept)) : widths[kept - 1]
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                switch column {
                case widths.count - 1: return cell.truncated(to: widths[column])
                case 1, 2: return cell.leftPadded(widths[column])
                default: return cell.rightPadded(widths[column])
                }
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var text = line(Array((["  " + header[0]] + header.dropFirst()).prefix(kept))) + "\n"
        text += rows.map { line(Array($0.prefix(kept))) }.joined(separator: "\n") + "\n"
        if dropped > 0 {
            text += "(narrow terminal: " + header.suffix(dropped).joined(separator: ", ") + " left out; 'param NAME' shows them)\n"
        }
        text += state.parameterOverrides.isEmpty
            ? "value column empty = central; 'param NAME' for the full source, 'param NAME VALUE' to override\n"
            : "* overridden for this session (held fixed in the Monte Carlo bands); 'param reset' undoes all\n"
        return TextWrap.fit(text, width: options.terminalWidth)
    }

    private func parameterDetail(_ parameter: ModelParameter) -> String {
        let unit = " " + parameter.unit
        var text = "\(parameter.name): \(parameter.meaning)\n"
        if let override = state.parameterOverrides[parameter.name] {
            text += "  value    \(ReportFormat.parameter(override))\(unit) (overridden; central \(ReportFormat.parameter(parameter.central)); held fixed in Monte Carlo)\n"
        } else {
            text += "  central  \(ReportFormat.parameter(parameter.central))\(unit)\n"
        }
        text += "  range    \(ReportFormat.parameter(parameter.low)) … \(ReportFormat.parameter(parameter.high))\(unit) (Monte Carlo draws from a triangle peaking at the central value)\n"
        let domain = ReportFormat.parameter(parameter.domain.lowerBound) + " … "
            + ReportFormat.parameter(parameter.domain.upperBound)
        text += "  domain   \(domain)\(unit) (values an override may take)\n"
        text += "  status   \(parameter.status.rawValue)\n"
        text += "  source   \(parameter.source)\n"
        text += "  example: param \(parameter.name) \(ReportFormat.parameter(parameter.high)) · back: param reset \(parameter.name)\n"
        return text
    }

    /// A number `param` reads back exactly (no exponent notation; the lexer has none).
    static func exactParameterText(_ number: Double) -> String {
        ValueFormatter(precision: .exact).format(.quantity(.plain(number)), in: .plain)
    }
}

extension ReportFormat {
    /// A parameter value, to 4 significant digits, without exponent notation: 1.5, −0.012, 0.0255.
    static func parameter(_ number: Double) -> String {
        ValueFormatter(precision: .short).format(.quantity(.plain(number)), in: .plain).replacingOccurrences(of: "-", with: "−")
    }
}
