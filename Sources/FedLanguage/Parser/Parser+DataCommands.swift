// Parse functions for `data`; each states its rule.

extension Parser {
    // data = "data" ( "list" | "show" NAME [ days ] | "plot" names [ days ] { plotflag }
    //        | "import" path [ "as" NAME ] [ "--sha256" HEX ] | "forget" NAME )
    mutating func dataCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let action = try name(for: syntax)
        switch action.text {
        case "list": return .data(.list)
        case "show": return .data(.show(try name(for: syntax), try dayRange()))
        case "plot":
            let series = names()
            if series.isEmpty { throw Diagnostic.missingArguments(syntax, at: current.range) }
            let days = try dayRange()
            let (svg, force) = try chartFlags(for: syntax)
            return .data(.plot(series, days, svg: svg, force: force))
        case "import":
            let file = try path(for: syntax)
            var identifier: Name?
            if current.identifier?.lowercased() == "as" {
                advance()
                identifier = try name(for: syntax)
            }
            var digest: RawText?
            if case .flag(let flag) = current.kind {
                guard syntax.flag(written: "--" + flag) == CommandFlag.sha256 else {
                    throw Diagnostic.unknownOption(flag, command: syntax.name, allowed: [CommandFlag.sha256.name],
                                                   range: current.range)
                }
                advance()
                if current.endsStatement { throw expected("the file's SHA-256 in hex after --sha256") }
                digest = takeRawText(stoppingAtSpace: true)
            }
            return .data(.importFile(file, as: identifier, sha256: digest))
        case "forget": return .data(.forget(try name(for: syntax)))
        default: throw Diagnostic.unknownSubcommand(action, of: syntax)
        }
    }

    // days = [ expression ] ".." [ expression ]   (dates: 2024-06-12 or 2024-06)
    private mutating func dayRange() throws(Diagnostic) -> DayRange? {
        let start = current.range
        if current.endsStatement || isFlag { return nil }
        let from: Expression? = current.kind == .dotDot ? nil : try expression()
        guard match(.dotDot) != nil else { throw expected("'..' between two dates, as in 2025-01-01..2025-12-10") }
        let to: Expression? = current.endsStatement || isFlag ? nil : try expression()
        return DayRange(from: from, to: to, range: start.union(to?.range ?? start))
    }

    private var isFlag: Bool {
        if case .flag = current.kind { return true }
        return false
    }
}
