// One parse function per command that takes arguments; each states its rule.

extension Parser {
    // set = "set" NAME [ "=" ] expression
    mutating func setCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let name = try name(for: syntax)
        _ = match(.equal)
        return .set(name, try expression(for: syntax))
    }

    // show = "show" [ "all" | NAME { [ "," ] NAME } ] format
    mutating func showCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        var names: [Name] = []
        while let word = current.identifier {
            names.append(Name(word.lowercased(), range: advance().range))
            _ = match(.comma)
        }
        let format = try format(for: syntax)
        if names.count == 1, names[0].text == "all" { return .show([], all: true, format: format) }
        return .show(names, all: false, format: format)
    }

    // let = "let" NAME "=" expression
    mutating func letCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let name = try name(for: syntax)
        guard match(.equal) != nil else { throw Diagnostic.missingArguments(syntax, at: current.range) }
        return .letBinding(name, try expression(for: syntax))
    }

    // eval = "eval" [ NAME ] format        (NAME: "full" or a report section)
    mutating func evalCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        var format = try format(for: syntax)
        let section = current.identifier.map { Name($0.lowercased(), range: advance().range) }
        if format == .text { format = try self.format(for: syntax) }
        return .eval(section: section, format: format)
    }

    // quit = ( "quit" | "exit" ) [ NUMBER ]        (the exit status, 0 to 255)
    mutating func quitCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        guard case .number(let number) = current.kind else { return .quit() }
        let token = advance()
        let value = number.doubleValue
        guard value >= 0, value <= 255, value.rounded() == value else {
            throw Diagnostic.exitStatusOutOfRange(token.range)
        }
        return .quit(status: Int(value))
    }

    // history = "history" [ NUMBER ]
    mutating func historyCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        guard !current.endsStatement else { return .history(count: nil) }
        guard case .number(let number) = current.kind else {
            throw Diagnostic.missingArguments(syntax, at: current.range)
        }
        let token = advance()
        let value = number.doubleValue
        guard value >= 1, value <= 1e9, value.rounded() == value else {
            throw Diagnostic.missingArguments(syntax, at: token.range)
        }
        return .history(count: Int(value))
    }

    // save = "save" flags path flags
    mutating func saveCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        var flags = try self.flags(for: syntax)
        let path = try path(for: syntax)
        flags.formUnion(try self.flags(for: syntax))
        return .save(path, minimal: flags.contains("minimal"), force: flags.contains(CommandFlag.force.name))
    }

    // help = "help" [ IDENT | STRING ]
    mutating func helpCommand() throws(Diagnostic) -> Command {
        if current.endsStatement { return .help(topic: nil) }
        switch current.kind {
        case .identifier(let word):
            return .help(topic: Name(word.lowercased(), range: advance().range))
        case .string(let text):
            return .help(topic: Name(text.lowercased(), range: advance().range))
        default:
            // Any other word, such as `help $` or `help %`, is taken as written.
            let raw = takeRawText(stoppingAtSpace: true)
            return .help(topic: Name(raw.text.lowercased(), range: raw.range))
        }
    }
}
