@testable import FedLanguage

/// Token kinds of a line, without the final `.end`.
func kinds(_ text: String) -> [TokenKind] {
    Lexer.tokenize(SourceText(text: text)).map(\.kind).dropLast()
}

func number(_ digits: String, _ exponent: Int = 0) -> TokenKind {
    .number(DecimalNumber(digits: digits, exponent: exponent))
}

/// Parses a line that must succeed.
func statements(_ text: String) throws -> [Statement] {
    try Parser.parseLine(SourceText(text: text)).get()
}

/// The error of a line that must fail to parse.
func parseError(_ text: String) -> Diagnostic? {
    if case .failure(let diagnostic) = Parser.parseLine(SourceText(text: text)) { return diagnostic }
    return nil
}

/// Evaluates an expression with a few known names.
func evaluate(_ text: String, names: [String: Value] = [:]) -> Result<Value, Diagnostic> {
    ExpressionEvaluator.evaluate(SourceText(text: text), resolver: DictionaryNameResolver(names))
}

func quantity(_ text: String) -> Quantity? {
    try? evaluate(text).get().quantity
}

/// A small seeded generator (SplitMix64) so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

/// A resolver over a fixed dictionary of plain names, handy for `let` bindings and tests.
struct DictionaryNameResolver: NameResolver {
    var values: [String: Value]

    init(_ values: [String: Value]) {
        self.values = values
    }

    func resolve(_ reference: NameReference) -> Result<Value, Diagnostic> {
        guard reference.member == nil, reference.index == nil else {
            return .failure(.noMembersOrIndex(reference.name, range: reference.range))
        }
        guard let value = values[reference.name] else {
            return .failure(
                .unknownVariable(reference.name, range: reference.nameRange, candidates: values.keys.sorted()))
        }
        return .success(value)
    }
}
