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
            state.log.append(CommandSyntax.param.replay(.parameterReset))
            output.confirm("back to the calibrated values: \(names.joined(separator: ", "))\n")
        case .reset(let name?):
            let parameter = try parameter(named: name)
            guard let previous = state.parameterOverrides.removeValue(forKey: parameter.name) else {
                output.confirm(
                    """
                        \(parameter.name) is not overridden (it is at its central value, \
                        \(ReportFormat.parameter(parameter.central)))\n
                        """
                )
                return
            }
            state.log.append(CommandSyntax.param.replay(.parameterReset, parameter.name))
            output.confirm(
                """
                    \(parameter.name) = \(ReportFormat.parameter(parameter.central)) (central; was \
                    \(ReportFormat.parameter(previous)))\n
                    """
            )
        }
    }

    private func parameter(named name: Name) throws(Diagnostic) -> ModelParameter {
        // The entry in force: a calibrated start's fitted value where it has one.
        guard let parameter = state.scenario.parameterCatalog.first(where: { $0.name == name.text }) else {
            throw .unknownParameter(name)
        }
        return parameter
    }

    private func overrideParameter(_ parameter: ModelParameter, _ expression: Expression, source: SourceText)
        throws(Diagnostic)
    {
        let value = try evaluate(expression, source)
        guard case .quantity(let quantity) = value, quantity.dimension.isPlain else {
            throw .parameterNeedsPlainNumber(
                parameter, got: ValueFormatter(precision: .short).format(value), range: expression.range)
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
        state.log.append(CommandSyntax.param.replay(nil, parameter.name, Session.exactParameterText(number)))
        let was =
            previous.map { "was \(ReportFormat.parameter($0))" }
            ?? "was \(ReportFormat.parameter(parameter.central)), central"
        output.confirm(
            """
                \(parameter.name) = \(ReportFormat.parameter(number)) \(parameter.unit) (\(was)); held fixed in the \
                Monte Carlo bands\n
                """
        )
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
        let natural = header.indices.map { column in
            max(header[column].count + (column == 0 ? 2 : 0), rows.map { $0[column].count }.max() ?? 0)
        }
        let width = options.terminalWidth
        // Columns leave from the right (source, unit, status) until the table fits; 'param NAME' has them all.
        // Narrower still (50 columns), the empty value column goes when nothing is overridden, then low … high.
        var columns = Array(header.indices)
        let gap = width < 60 ? 1 : 2
        func span(_ columns: [Int]) -> Int { columns.map { natural[$0] }.reduce(0, +) + gap * (columns.count - 1) }
        while columns.count > 4, span(columns.dropLast()) + gap + 12 > width { columns.removeLast() }
        if columns.count == 4, span(columns) > width, state.parameterOverrides.isEmpty { columns.remove(at: 1) }
        while columns.count > 2, columns.count <= 4, span(columns) > width { columns.removeLast() }
        let left = header.indices.filter { !columns.contains($0) }
        var widths = columns.map { natural[$0] }
        if left.isEmpty { widths[widths.count - 1] = max(12, width - span(columns.dropLast()) - gap) }
        func line(_ cells: [String]) -> String {
            zip(columns, widths).enumerated().map { position, pair in
                let (column, columnWidth) = pair
                let cell = cells[column]
                if column == 1 || column == 2 { return cell.leftPadded(columnWidth) }
                return position == columns.count - 1 ? cell.truncated(to: columnWidth) : cell.rightPadded(columnWidth)
            }.joined(separator: String(repeating: " ", count: gap)).trimmingTrailingSpaces()
        }
        var text = line(["  " + header[0]] + header.dropFirst()) + "\n"
        text += rows.map(line).joined(separator: "\n") + "\n"
        if !left.isEmpty {
            text +=
                "(narrow terminal: " + left.map { header[$0] }.joined(separator: ", ")
                + " left out; 'param NAME' shows them)\n"
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
            text +=
                """
                      value    \(ReportFormat.parameter(override))\(unit) (overridden; central \
                    \(ReportFormat.parameter(parameter.central)); held fixed in Monte Carlo)\n
                    """
        } else {
            text += "  central  \(ReportFormat.parameter(parameter.central))\(unit)\n"
        }
        text +=
            """
                  range    \(ReportFormat.parameter(parameter.low)) … \
                \(ReportFormat.parameter(parameter.high))\(unit) (Monte Carlo draws from a triangle peaking at the \
                central value)\n
                """
        let domain = ReportFormat.parameter(parameter.domain.lowerBound) + " … "
            + ReportFormat.parameter(parameter.domain.upperBound)
        text += "  domain   \(domain)\(unit) (values an override may take)\n"
        text += "  status   \(parameter.status.rawValue)\n"
        text += "  source   \(parameter.source)\n"
        text +=
            """
                  example: param \(parameter.name) \(ReportFormat.parameter(parameter.high)) · back: param reset \
                \(parameter.name)\n
                """
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
        ValueFormatter(precision: .short).format(.quantity(.plain(number)), in: .plain).replacingOccurrences(
            of: "-", with: "−")
    }
}
