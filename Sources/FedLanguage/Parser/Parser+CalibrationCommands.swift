// calibrate and backtest: a day, optional keywords, flags.
extension Parser {
    // calibrate = "calibrate" [ "at" expression ] flags
    mutating func calibrateCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        var day: Expression?
        if current.identifier?.lowercased() == "at" {
            advance()
            day = try expression(for: syntax)
        }
        let (svg, force) = try chartFlags(for: syntax)
        return .calibrate(at: day, svg: svg, force: force)
    }

    // backtest = "backtest" expression [ "months" expression ] flags
    mutating func backtestCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let day = try expression(for: syntax)
        var months: Expression?
        if current.identifier?.lowercased() == "months" {
            advance()
            months = try expression(for: syntax)
        }
        var request = BacktestRequest(day: day, months: months, unconditional: false, uncalibrated: false,
                                      csv: nil, svg: nil, force: false)
        while case .flag(let flag) = current.kind {
            switch flag.lowercased() {
            case "unconditional": advance(); request.unconditional = true
            case "uncalibrated": advance(); request.uncalibrated = true
            case "force": advance(); request.force = true
            case "csv": advance(); request.csv = try path(for: syntax)
            case "svg": advance(); request.svg = try path(for: syntax)
            default:
                throw Diagnostic.unknownOption(
                    flag, command: syntax.name, allowed: syntax.flagNames, range: current.range)
            }
        }
        return .backtest(request)
    }
}
