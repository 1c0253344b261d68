/// Evaluates expressions to values, checking dimensions; every failure is a `Diagnostic`.
package struct ExpressionEvaluator {
    package let resolver: any NameResolver
    /// The text the expressions came from, attached to diagnostics that lack one.
    package let source: SourceText?

    package init(resolver: any NameResolver = EmptyNameResolver(), source: SourceText? = nil) {
        self.resolver = resolver
        self.source = source
    }

    package func evaluate(_ expression: Expression) -> Result<Value, Diagnostic> {
        do throws(Diagnostic) {
            return .success(try value(of: expression))
        } catch {
            return .failure(source.map(error.attaching) ?? error)
        }
    }

    /// Parses and evaluates text that is one expression.
    package static func evaluate(_ source: SourceText, resolver: any NameResolver = EmptyNameResolver()) -> Result<
        Value, Diagnostic
    > {
        Parser.parseExpression(source).flatMap { expression in
            ExpressionEvaluator(resolver: resolver, source: source).evaluate(expression)
        }
    }

    func value(of expression: Expression) throws(Diagnostic) -> Value {
        switch expression.kind {
        case .number(let literal):
            let quantity = literal.quantity
            guard quantity.value.isFinite else { throw Diagnostic.numberTooLarge(range: expression.range) }
            return .quantity(quantity)
        case .unit(let unit):
            return .quantity(Quantity(unit.unitValue, unit.dimension))
        case .boolean(let truth):
            return .bool(truth)
        case .date(let year, let month):
            return .date(year: year, month: month)
        case .day(let year, let month, let day):
            return .day(year: year, month: month, day: day)
        case .string(let text):
            return .string(text)
        case .name, .member, .index:
            return try resolve(try reference(expression))
        case .negate(let operand):
            let operandValue = try value(of: operand)
            guard case .quantity(let quantity) = operandValue else {
                throw Diagnostic.cannotNegate(operandValue, range: expression.range)
            }
            return .quantity(Quantity(-quantity.value, quantity.dimension))
        case .parenthesized(let inner):
            return try value(of: inner)
        case .binary:
            return try binaryChain(expression)
        case .not(let operand):
            let operandValue = try value(of: operand)
            guard case .bool(let truth) = operandValue else {
                throw Diagnostic.notNeedsBoolean(operandValue, range: operand.range)
            }
            return .bool(!truth)
        case .logical:
            return try logicalChain(expression)
        case .converted(let inner, let target):
            let innerValue = try value(of: inner)
            guard case .quantity(let quantity) = innerValue, quantity.dimension == target.dimension
                    || (quantity.dimension.isPlain && quantity.value == 0) else {
                throw Diagnostic.cannotConvert(innerValue, to: target, range: expression.range)
            }
            return .quantity(Quantity(quantity.value, target.dimension))
        }
    }

    /// `a and b or c ...` along its left spine in a loop (as `binaryChain`), the right side of
    /// each step evaluated only when it decides the result: `horizon > 0 or reserves > 3T`
    /// needs no `eval` when the horizon is positive.
    private func logicalChain(_ expression: Expression) throws(Diagnostic) -> Value {
        var spine: [Expression] = []
        var leftmost = expression
        while case .logical(_, let left, _) = leftmost.kind {
            spine.append(leftmost)
            leftmost = left
        }
        var accumulated = try truth(of: leftmost, for: spine.last)
        for node in spine.reversed() {
            guard case .logical(let operation, _, let right) = node.kind else { continue }
            switch operation {
            case .and: if accumulated { accumulated = try truth(of: right, for: node) }
            case .or: if !accumulated { accumulated = try truth(of: right, for: node) }
            }
        }
        return .bool(accumulated)
    }

    private func truth(of side: Expression, for node: Expression?) throws(Diagnostic) -> Bool {
        let sideValue = try value(of: side)
        guard case .bool(let truth) = sideValue else {
            guard case .logical(let operation, _, _) = node?.kind else {
                throw Diagnostic.notNeedsBoolean(sideValue, range: side.range)
            }
            throw Diagnostic.logicalNeedsBooleans(operation, sideValue, range: side.range)
        }
        return truth
    }

    private func resolve(_ reference: NameReference) throws(Diagnostic) -> Value {
        let value = try resolver.resolve(reference).get()
        if case .quantity(let quantity) = value, !quantity.value.isFinite {
            throw Diagnostic.notFinite(reference.name, range: reference.range)
        }
        return value
    }

    /// Collapses `name`, `name.member`, `name[i]` and `name.member[i]` into one reference.
    private func reference(_ expression: Expression) throws(Diagnostic) -> NameReference {
        switch expression.kind {
        case .name(let name):
            return NameReference(name: name, nameRange: expression.range)
        case .member(let base, let member, let memberRange):
            guard case .name(let name) = base.kind else { throw Diagnostic.misplacedMember(range: expression.range) }
            return NameReference(name: name, nameRange: base.range, member: member, memberRange: memberRange,
                                 range: expression.range)
        case .index(let base, let indexExpression):
            var reference: NameReference
            switch base.kind {
            case .name, .member: reference = try self.reference(base)
            default: throw Diagnostic.misplacedIndex(range: expression.range)
            }
            guard reference.index == nil else { throw Diagnostic.misplacedIndex(range: expression.range) }
            reference.index = try index(indexExpression)
            reference.indexRange = indexExpression.range
            reference.range = expression.range
            return reference
        default:
            throw Diagnostic.misplacedIndex(range: expression.range)
        }
    }

    private func index(_ expression: Expression) throws(Diagnostic) -> Int {
        let indexValue = try value(of: expression)
        // A month number, plain (`reserves[3]`) or in months (`reserves[3 months]`, `reserves[horizon]`).
        guard case .quantity(let quantity) = indexValue, quantity.dimension.isPlain || quantity.dimension == .time,
              let whole = quantity.wholeNumber, whole >= 0 else {
            throw Diagnostic.invalidIndex(indexValue, range: expression.range)
        }
        return whole
    }
}
