extension Parser {
    // expression = disjunction [ "->" target ]
    package mutating func expression() throws(Diagnostic) -> Expression {
        let value = try disjunction()
        guard current.kind == .arrow else { return value }
        advance()
        let target = try unitTarget()
        return Expression(.converted(value, to: target), range: value.range.union(target.range))
    }

    // target = "$" [ UNITWORD ] [ "/" UNITWORD ] | ( UNITWORD | "%" ) [ "/" UNITWORD ]     (* T/year, $B, bp *)
    private mutating func unitTarget() throws(Diagnostic) -> UnitTarget {
        let start = current.range.start
        var unit: UnitWord
        if match(.dollar) != nil {
            unit = .dollars
            if currentIsGlued, let word = current.identifier, let scale = UnitWord.named(word), scale.isMoneyScale {
                unit = scale
                advance()
            }
        } else if current.kind == .percent {
            advance()
            unit = UnitWord.named("%")!
        } else if let word = current.identifier, let known = UnitWord.named(word) {
            advance()
            unit = known
        } else {
            throw expected("a unit after '->', such as T/year, $B, bp or years")
        }
        var per: UnitWord?
        if match(.slash) != nil {
            guard let word = current.identifier, let time = UnitWord.named(word), time.dimension == .time else {
                throw expected("a time unit after '/', such as month or year")
            }
            advance()
            per = time
        }
        return UnitTarget(unit: unit, per: per, range: SourceRange(start: start, end: previousEnd))
    }

    // disjunction = conjunction { "or" conjunction }
    // conjunction = negation { "and" negation }
    //
    // One loop for both (`and` binds tighter), and parentheses and indexes come back here rather than
    // through `expression`, so each level of nesting costs no more stack frames than before these words.
    mutating func disjunction() throws(Diagnostic) -> Expression {
        // Straight to the comparison when there is no `not`, and the loop in its own function: this frame
        // is on the stack once per nesting level, so it stays as small as the one it replaced.
        let first = isWord(Parser.notWord) ? try negation() : try comparison()
        guard isLogicalWord else { return first }
        return try logicalChain(startingWith: first)
    }

    private var isLogicalWord: Bool {
        current.identifier.flatMap { LogicalOperator(rawValue: $0.lowercased()) } != nil
    }

    private mutating func logicalChain(startingWith first: Expression) throws(Diagnostic) -> Expression {
        var disjunct: Expression?
        var conjunct = first
        while let operation = current.identifier.flatMap({ LogicalOperator(rawValue: $0.lowercased()) }) {
            try countOperator()
            advance()
            let right = isWord(Parser.notWord) ? try negation() : try comparison()
            if operation == .and {
                conjunct = Expression(.logical(.and, conjunct, right), range: conjunct.range.union(right.range))
            } else {
                disjunct =
                    disjunct.map { Expression(.logical(.or, $0, conjunct), range: $0.range.union(conjunct.range)) }
                    ?? conjunct
                conjunct = right
            }
        }
        guard let disjunct else { return conjunct }
        return Expression(.logical(.or, disjunct, conjunct), range: disjunct.range.union(conjunct.range))
    }

    // negation = "not" negation | comparison
    mutating func negation() throws(Diagnostic) -> Expression {
        var words: [Token] = []
        while isWord(Parser.notWord) {
            let word = advance()
            try enterNesting(at: word.range)
            words.append(word)
        }
        var operand = try comparison()
        nesting -= words.count
        for word in words.reversed() {
            operand = Expression(.not(operand), range: word.range.union(operand.range))
        }
        return operand
    }

    /// The word that negates a boolean: `not qt`.
    package static let notWord = "not"

    /// The words of expressions, which cannot name a variable of one's own.
    package static let expressionWords: Set<String> = Set(LogicalOperator.allCases.map(\.word) + [notWord])

    /// Whether the current token is the word, in any case.
    private func isWord(_ word: String) -> Bool {
        current.identifier?.lowercased() == word
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
                let index = try disjunction()
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
            let inner = try disjunction()
            guard let closing = match(.rightParenthesis) else {
                throw expected("')' to close the '(' at column \(token.range.start.column)")
            }
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
        let per = unit != nil || dollar != nil ? gluedPerUnit() : nil
        if let per { range = range.union(per.range) }
        if let dollar {
            range = dollar.range.union(range)
            if let unit, !unit.isMoneyScale { throw Diagnostic.dollarBeforeNonMoney(unit, range: range) }
        }
        let literal = NumberLiteral(number: number, unit: unit, hasDollarSign: dollar != nil, per: per?.unit)
        guard literal.quantity.value.isFinite else { throw Diagnostic.numberTooLarge(range: range) }
        // Below the smallest Double a written number would silently read as 0 (1e-9999).
        if !number.isZero, literal.quantity.value == 0 {
            throw Diagnostic.numberTooSmall(range: range)
        }
        return Expression(.number(literal), range: range)
    }

    /// A `/month` glued to a number with a unit (`30B/month`, `5%/year`): the rate is one literal, so
    /// `45B/month / 30B/month` divides two rates. Spaced (`45B / month`) it stays an operator.
    private mutating func gluedPerUnit() -> (unit: UnitWord, range: SourceRange)? {
        guard current.kind == .slash, currentIsGlued else { return nil }
        var lookahead = lexer
        let next = lookahead.next()
        guard next.range.start.offset == current.range.end.offset, let word = next.identifier,
              let time = UnitWord.named(word), time.dimension == .time else { return nil }
        let slash = advance()
        let wordToken = advance()
        return (time, slash.range.union(wordToken.range))
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
