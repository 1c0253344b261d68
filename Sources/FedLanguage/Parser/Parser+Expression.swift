extension Parser {
    // expression = comparison
    package mutating func expression() throws(Diagnostic) -> Expression {
        try comparison()
    }

    // comparison = additive [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) additive ]
    mutating func comparison() throws(Diagnostic) -> Expression {
        let left = try additive()
        let comparisons: [TokenKind: BinaryOperator] = [
            .equalEqual: .equal, .bangEqual: .notEqual, .less: .less,
            .lessEqual: .lessOrEqual, .greater: .greater, .greaterEqual: .greaterOrEqual,
        ]
        guard let operation = comparisons[current.kind] else { return left }
        try countOperator()
        advance()
        let right = try additive()
        return Expression(.binary(operation, left, right), range: left.range.union(right.range))
    }

    // additive = term { ( "+" | "-" ) term }
    mutating func additive() throws(Diagnostic) -> Expression {
        var left = try term()
        while current.kind == .plus || current.kind == .minus {
            let operation: BinaryOperator = current.kind == .plus ? .add : .subtract
            try countOperator()
            advance()
            let right = try term()
            left = Expression(.binary(operation, left, right), range: left.range.union(right.range))
        }
        return left
    }

    // term = unary { ( "*" | "/" ) unary | "/" UNITWORD }
    mutating func term() throws(Diagnostic) -> Expression {
        var left = try unary()
        while current.kind == .star || current.kind == .slash {
            let operation: BinaryOperator = current.kind == .star ? .multiply : .divide
            try countOperator()
            advance()
            let right: Expression
            if operation == .divide, let word = current.identifier, let unit = UnitWord.named(word) {
                right = Expression(.unit(unit), range: advance().range)
            } else {
                right = try unary()
            }
            left = Expression(.binary(operation, left, right), range: left.range.union(right.range))
        }
        return left
    }

    // unary = ( "-" | "+" ) unary | postfix       (a leading + as reports print it: +2.3%)
    mutating func unary() throws(Diagnostic) -> Expression {
        if current.kind == .plus {
            let plus = advance()
            try enterNesting(at: plus.range)
            defer { nesting -= 1 }
            let operand = try unary()
            return Expression(operand.kind, range: plus.range.union(operand.range))
        }
        guard current.kind == .minus else { return try postfix() }
        let minus = advance()
        try enterNesting(at: minus.range)
        defer { nesting -= 1 }
        let operand = try unary()
        return Expression(.negate(operand), range: minus.range.union(operand.range))
    }

    // postfix = primary { "[" expression "]" | "." IDENT }
    mutating func postfix() throws(Diagnostic) -> Expression {
        var base = try primary()
        while true {
            if let opening = match(.leftBracket) {
                try enterNesting(at: opening.range)
                defer { nesting -= 1 }
                let index = try expression()
                guard let closing = match(.rightBracket) else { throw expected("']' to close the '[' of the index") }
                base = Expression(.index(base, index), range: base.range.union(closing.range))
            } else if match(.dot) != nil {
                guard let member = current.identifier else { throw expected("a member name after '.', such as p10") }
                let memberToken = advance()
                base = Expression(
                    .member(base, name: member.lowercased(), nameRange: memberToken.range),
                    range: base.range.union(memberToken.range)
                )
            } else {
                return base
            }
        }
    }

    // primary = [ "$" ] NUMBER [ UNITWORD | "%" ] | DATE | STRING | BOOLEAN | IDENT | "(" expression ")"
    mutating func primary() throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case .dollar, .number:
            return try numberLiteral()
        case .date(let year, let month):
            advance()
            return Expression(.date(year: year, month: month), range: token.range)
        case .day(let year, let month, let day):
            advance()
            return Expression(.day(year: year, month: month, day: day), range: token.range)
        case .string(let text):
            advance()
            return Expression(.string(text), range: token.range)
        case .identifier(let word):
            advance()
            let lowered = word.lowercased()
            if let truth = Value.booleanWords[lowered] { return Expression(.boolean(truth), range: token.range) }
            return Expression(.name(lowered), range: token.range)
        case .leftParenthesis:
            advance()
            try enterNesting(at: token.range)
            defer { nesting -= 1 }
            let inner = try expression()
            guard let closing = match(.rightParenthesis) else { throw expected("')' to close the '(' at column \(token.range.start.column)") }
            return Expression(.parenthesized(inner), range: token.range.union(closing.range))
        default:
            throw expected("a value")
        }
    }

    // NUMBER [ UNITWORD | "%" ], after an optional "$"
    private mutating func numberLiteral() throws(Diagnostic) -> Expression {
        let dollar = match(.dollar)
        guard case .number(let number) = current.kind else {
            if case .invalid = current.kind { throw expected("") }
            throw Diagnostic.dollarNeedsAmount(at: current.range)
        }
        var range = advance().range
        var unit: UnitWord?
        if current.kind == .percent {
            unit = UnitWord.named("%")
            range = range.union(advance().range)
        } else if let word = current.identifier {
            if let known = UnitWord.named(word) {
                unit = known
                range = range.union(advance().range)
            } else if currentIsGlued {
                throw Diagnostic.unknownUnit(word, range: current.range)
            }
        }
        if let dollar {
            range = dollar.range.union(range)
            if let unit, !unit.isMoneyScale { throw Diagnostic.dollarBeforeNonMoney(unit, range: range) }
        }
        let literal = NumberLiteral(number: number, unit: unit, hasDollarSign: dollar != nil)
        guard literal.quantity.value.isFinite else { throw Diagnostic.numberTooLarge(range: range) }
        return Expression(.number(literal), range: range)
    }

    private mutating func enterNesting(at range: SourceRange) throws(Diagnostic) {
        nesting += 1
        if nesting > Parser.maximumNesting {
            throw Diagnostic.tooDeeplyNested(limit: Parser.maximumNesting, range: range)
        }
    }

    private mutating func countOperator() throws(Diagnostic) {
        operatorCount += 1
        if operatorCount > Parser.maximumOperators {
            throw Diagnostic.tooManyOperators(limit: Parser.maximumOperators, range: current.range)
        }
    }
}
