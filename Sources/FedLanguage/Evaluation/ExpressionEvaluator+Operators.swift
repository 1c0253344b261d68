extension ExpressionEvaluator {
    /// Evaluates `1 + 2 + 3 ...` along its left spine in a loop: a long chain of operators
    /// builds a tree as deep as the chain, and recursion that deep could exhaust the stack.
    func binaryChain(_ expression: Expression) throws(Diagnostic) -> Value {
        var spine: [Expression] = []
        var leftmost = expression
        while case .binary(_, let left, _) = leftmost.kind {
            spine.append(leftmost)
            leftmost = left
        }
        var accumulated = try value(of: leftmost)
        for node in spine.reversed() {
            guard case .binary(let operation, _, let right) = node.kind else { continue }
            accumulated = try binary(operation, accumulated, try value(of: right), range: node.range)
        }
        return accumulated
    }

    func binary(_ operation: BinaryOperator, _ leftValue: Value, _ rightValue: Value,
                range: SourceRange) throws(Diagnostic) -> Value {
        func mismatch() -> Diagnostic {
            Diagnostic.operandMismatch(operation, leftValue, rightValue, range: range)
        }
        switch (leftValue, rightValue) {
        case (.quantity(let first), .quantity(let second)):
            return try quantities(operation, first, second, range: range, mismatch: mismatch)
        case (.date(let year, let month), .quantity(let months)) where operation == .add || operation == .subtract:
            guard months.dimension == .time, let whole = months.wholeNumber, abs(whole) < 120_000 else {
                throw mismatch()
            }
            let total = year * 12 + (month - 1) + (operation == .add ? whole : -whole)
            return .date(year: total.floorDivided(by: 12), month: total.floorModulo(12) + 1)
        case (.date(let firstYear, let firstMonth), .date(let secondYear, let secondMonth)):
            let first = firstYear * 12 + firstMonth
            let second = secondYear * 12 + secondMonth
            if operation == .subtract { return .quantity(.months(Double(first - second))) }
            guard operation.isComparison else { throw mismatch() }
            return .bool(
                ExpressionEvaluator.holds(operation, first < second ? .less : first == second ? .equal : .greater))
        default:
            // Booleans, words and strings only compare for equality with their own kind.
            guard operation == .equal || operation == .notEqual, leftValue.kindDescription == rightValue.kindDescription
            else {
                throw mismatch()
            }
            return .bool((leftValue == rightValue) == (operation == .equal))
        }
    }

    private func quantities(_ operation: BinaryOperator, _ first: Quantity, _ second: Quantity, range: SourceRange,
                            mismatch: () -> Diagnostic) throws(Diagnostic) -> Value {
        let result: Result<Quantity, ArithmeticFailure>
        switch operation {
        case .add: result = first.adding(second)
        case .subtract: result = first.subtracting(second)
        case .multiply: result = first.multiplied(by: second)
        case .divide: result = first.divided(by: second)
        default:
            switch first.compare(to: second) {
            case .success(let order): return .bool(ExpressionEvaluator.holds(operation, order))
            case .failure: throw mismatch()
            }
        }
        switch result {
        case .success(let quantity): return .quantity(quantity)
        case .failure(.dimensionMismatch): throw mismatch()
        case .failure(.divisionByZero): throw Diagnostic.divisionByZero(range: range)
        case .failure(.overflow): throw Diagnostic.overflow(range: range)
        case .failure(.underflow): throw Diagnostic.underflow(range: range)
        }
    }

    static func holds(_ operation: BinaryOperator, _ order: ComparisonOrder) -> Bool {
        switch operation {
        case .equal: order == .equal
        case .notEqual: order != .equal
        case .less: order == .less
        case .lessOrEqual: order != .greater
        case .greater: order == .greater
        case .greaterOrEqual: order != .less
        default: false
        }
    }
}

extension Int {
    func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }

    func floorModulo(_ divisor: Int) -> Int {
        let remainder = self % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
