// Argument readers shared by the commands.

extension Parser {
    /// A name argument, lowercased, or the command's "needs" error.
    mutating func name(for syntax: CommandSyntax) throws(Diagnostic) -> Name {
        guard let word = current.identifier else {
            if case .invalid(let error) = current.kind { throw Diagnostic.lexical(error, range: current.range) }
            throw Diagnostic.missingArguments(syntax, at: current.range)
        }
        return Name(word.lowercased(), range: advance().range)
    }

    /// An expression argument, or the command's "needs" error when there is none.
    mutating func expression(for syntax: CommandSyntax) throws(Diagnostic) -> Expression {
        if current.endsStatement { throw Diagnostic.missingArguments(syntax, at: current.range) }
        return try expression()
    }

    // path = STRING | RAW
    mutating func path(for syntax: CommandSyntax) throws(Diagnostic) -> PathArgument {
        if current.endsStatement { throw Diagnostic.missingArguments(syntax, at: current.range) }
        switch current.kind {
        case .string(let text):
            return PathArgument(text, range: advance().range)
        case .invalid(let error) where error == .unterminatedString || isInvalidEscape(error):
            throw Diagnostic.lexical(error, range: current.range)
        default:
            let raw = takeRawText(stoppingAtSpace: true)
            return PathArgument(raw.text, range: raw.range)
        }
    }

    // text = RAW_TO_END   (the lexer stands just after the command word)
    mutating func text(for syntax: CommandSyntax) throws(Diagnostic) -> RawText {
        let raw = takeRawText(from: lexer.offset, stoppingAtSpace: false)
        if raw.text.isEmpty { throw Diagnostic.missingArguments(syntax, at: raw.range) }
        return raw
    }

    // flags = { FLAG }
    /// The chart flags (`CommandFlag.chart`: `--svg FILE`, `--force`) the command declares, in any order.
    mutating func chartFlags(for syntax: CommandSyntax) throws(Diagnostic) -> (svg: PathArgument?, force: Bool) {
        let allowed = CommandFlag.chart.filter { syntax.flags.contains($0) }
        var values: [String: PathArgument] = [:]
        var present: Set<String> = []
        while case .flag(let written) = current.kind {
            guard let flag = syntax.flag(written: "--" + written), allowed.contains(flag) else {
                throw Diagnostic.unknownOption(written, command: syntax.name, allowed: allowed.map(\.name),
                                               range: current.range)
            }
            let flagRange = advance().range
            present.insert(flag.name)
            guard flag.takes != nil else { continue }
            if current.endsStatement || { if case .flag = current.kind { return true } else { return false } }() {
                throw Diagnostic.flagNeedsValue(
                    flag.name, command: syntax.name,
                    value: "a file name ending in .svg, or - for standard output", range: flagRange)
            }
            values[flag.name] = try path(for: syntax)
        }
        return (values[CommandFlag.svg.name], present.contains(CommandFlag.force.name))
    }

    /// Consumes `keyword` when it stands here and the command declares it (`sweep … step 15B/month`).
    mutating func match(_ keyword: Keyword, of syntax: CommandSyntax) -> Bool {
        guard syntax.keywords.contains(keyword), current.identifier?.lowercased() == keyword.word else { return false }
        advance()
        return true
    }

    mutating func flags(for syntax: CommandSyntax) throws(Diagnostic) -> Set<String> {
        var found: Set<String> = []
        while case .flag(let flag) = current.kind {
            let lowered = flag.lowercased()
            guard syntax.flagNames.contains(lowered) else {
                throw Diagnostic.unknownOption(
                    flag, command: syntax.name, allowed: syntax.flagNames, range: current.range)
            }
            found.insert(lowered)
            advance()
        }
        return found
    }

    // format = [ "--json" | "--csv" ]   (with any other flags the command takes)
    /// The output format the flags ask for; both at once is an error at the second.
    mutating func format(for syntax: CommandSyntax) throws(Diagnostic) -> OutputFormat {
        let start = current.range
        let flags = try flags(for: syntax)
        return try Self.format(of: flags, syntax: syntax, range: start)
    }

    static func format(of flags: Set<String>, syntax: CommandSyntax, range: SourceRange) throws(Diagnostic)
        -> OutputFormat
    {
        switch (flags.contains("json"), flags.contains("csv")) {
        case (true, true): throw Diagnostic.conflictingFormats(syntax, range: range)
        case (true, false): return .json
        case (false, true): return .csv
        case (false, false): return .text
        }
    }

    private func isInvalidEscape(_ error: LexicalError) -> Bool {
        if case .invalidEscape = error { return true }
        return false
    }
}
