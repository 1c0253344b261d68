// Parse functions for the what-if and classroom commands; each states its rule.

extension Parser {
    // names = NAME { [ "," ] NAME }
    mutating func names() -> [Name] {
        var names: [Name] = []
        while let word = current.identifier {
            names.append(Name(word.lowercased(), range: advance().range))
            _ = match(.comma)
        }
        return names
    }

    // optional = [ NAME ]
    mutating func optionalNameCommand(_ make: (Name?) -> Command) -> Command {
        guard let word = current.identifier else { return make(nil) }
        return make(Name(word.lowercased(), range: advance().range))
    }

    // scenario = "scenario" ( "save" NAME | "use" NAME | "delete" NAME | "list" | "diff" NAME [ NAME ] )
    mutating func scenarioCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let action = try name(for: syntax)
        switch action.text {
        case "save": return .scenario(.save(try name(for: syntax)))
        case "use": return .scenario(.use(try name(for: syntax)))
        case "delete": return .scenario(.delete(try name(for: syntax)))
        case "list": return .scenario(.list)
        case "diff":
            let first = try name(for: syntax)
            let second = current.identifier.map { Name($0.lowercased(), range: advance().range) }
            return .scenario(.diff(first, second))
        default:
            throw Diagnostic.unknownSubcommand(action, of: syntax)
        }
    }

    // compare = "compare" NAME { [ "," ] NAME } format
    mutating func compareCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let names = names()
        if names.isEmpty { throw Diagnostic.missingArguments(syntax, at: current.range) }
        return .compare(names, format: try format(for: syntax))
    }

    // sweep = "sweep" NAME expression ".." expression "step" expression [ "show" names ] format
    mutating func sweepCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let variable = try name(for: syntax)
        let from = try expression(for: syntax)
        guard match(.dotDot) != nil else {
            throw expected("'..' between the two ends of the range, as in 0..150B/month")
        }
        let to = try expression(for: syntax)
        guard match(.step, of: syntax) else {
            throw expected("'\(Keyword.step.word)' and the step size, as in \(Keyword.step.word) 15B/month")
        }
        let step = try expression(for: syntax)
        var outputs: [Name] = []
        if match(.show, of: syntax) {
            outputs = names()
            if outputs.isEmpty {
                throw expected("output names after '\(Keyword.show.word)', as in \(Keyword.show.word) reserves, btc")
            }
        }
        return .sweep(variable, from: from, to: to, step: step, show: outputs, format: try format(for: syntax))
    }

    // solve = "solve" NAME "for" NAME [ "[" expression "]" ] ( "=" | "==" | ">=" | "<=" ) expression flags
    mutating func solveCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let variable = try name(for: syntax)
        guard current.identifier?.lowercased() == "for" else {
            throw expected("'for' and the target, as in solve purchases for reserves[4] >= 2.9T")
        }
        advance()
        let output = try name(for: syntax)
        var month: Expression?
        if match(.leftBracket) != nil {
            month = try expression(for: syntax)
            guard match(.rightBracket) != nil else { throw expected("']' after the month, as in reserves[4]") }
        }
        let relation: SolveGoal.Relation
        if match(.equal) != nil || match(.equalEqual) != nil {
            relation = .equal
        } else if match(.greaterEqual) != nil {
            relation = .atLeast
        } else if match(.lessEqual) != nil {
            relation = .atMost
        } else {
            throw expected("=, >= or <= and a target, as in reserves[4] >= 2.9T")
        }
        let target = try expression(for: syntax)
        let goal = SolveGoal(output: output, month: month, relation: relation, target: target)
        return .solve(variable, goal: goal, format: try format(for: syntax))
    }

    // plot = "plot" names flags [ path ]      (flags: --svg PATH, --force)
    mutating func plotCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let outputs = names()
        if outputs.isEmpty { throw Diagnostic.missingArguments(syntax, at: current.range) }
        let (svg, force) = try chartFlags(for: syntax)
        return .plot(outputs, svg: svg, force: force)
    }

    // sensitivity = "sensitivity" NAME format
    mutating func sensitivityCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let output = try name(for: syntax)
        return .sensitivity(output, format: try format(for: syntax))
    }

    // export = "export" flags path flags
    mutating func exportCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let start = current.range
        var flags = try self.flags(for: syntax)
        let path = try path(for: syntax)
        flags.formUnion(try self.flags(for: syntax))
        return .export(
            path, force: flags.contains(CommandFlag.force.name),
            format: try Self.format(of: flags, syntax: syntax, range: start))
    }

    // param = "param" ( format | "reset" [ NAME ] | NAME [ [ "=" ] expression ] )
    mutating func paramCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        guard let word = current.identifier else { return .param(.show(nil, format: try format(for: syntax))) }
        let name = Name(word.lowercased(), range: advance().range)
        if name.text == "reset" {
            return .param(.reset(current.identifier.map { Name($0.lowercased(), range: advance().range) }))
        }
        if let equal = match(.equal), current.endsStatement {
            throw Diagnostic.valueMissing(after: equal, command: syntax.name, name: name.text)
        }
        if current.endsStatement { return .param(.show(name)) }
        return .param(.set(name, try expression(for: syntax)))
    }

    // ledger = "ledger" [ expression ]
    mutating func ledgerCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        if current.endsStatement { return .ledger(month: nil) }
        return .ledger(month: try expression(for: syntax))
    }

    // predict = "predict" NAME expression        (up and down are read as words)
    mutating func predictCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        let output = try name(for: syntax)
        return .predict(output, try expression(for: syntax))
    }

    // lesson = "lesson" [ NAME | NUMBER ]
    mutating func lessonCommand() -> Command {
        if case .number = current.kind {
            let token = advance()
            return .lesson(Name(source.text(in: token.range), range: token.range))
        }
        return optionalNameCommand { .lesson($0) }
    }

    // glossary = "glossary" [ RAW_TO_END ]      (a term may hold spaces: glossary ON RRP)
    mutating func glossaryCommand() -> Command {
        let raw = takeRawText(from: lexer.offset, stoppingAtSpace: false)
        var text = raw.text
        if text.count >= 2, text.first == "\"", text.last == "\"" { text = String(text.dropFirst().dropLast()) }
        return .glossary(text.isEmpty ? nil : Name(text.lowercased(), range: raw.range))
    }

    // record = "record" ( "off" | flags path flags )
    mutating func recordCommand(_ syntax: CommandSyntax) throws(Diagnostic) -> Command {
        if current.identifier?.lowercased() == "off" {
            advance()
            return .record(nil, force: false)
        }
        var flags = try self.flags(for: syntax)
        let path = try path(for: syntax)
        flags.formUnion(try self.flags(for: syntax))
        return .record(path, force: flags.contains(CommandFlag.force.name))
    }
}
