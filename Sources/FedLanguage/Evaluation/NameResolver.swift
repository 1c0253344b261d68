/// Gives values to names in expressions; the shell implements it over the session.
package protocol NameResolver {
    /// Resolves `purchases`, `btc.p10` or `reserves[3]`; errors should carry the reference's ranges.
    func resolve(_ reference: NameReference) -> Result<Value, Diagnostic>
}

/// A use of a name: a base name with an optional member and an optional month index.
package struct NameReference: Sendable, Hashable {
    /// The base name, lowercased.
    package var name: String
    package var nameRange: SourceRange
    /// The member after a dot, lowercased: `p10` in `btc.p10`.
    package var member: String?
    package var memberRange: SourceRange?
    /// The evaluated index: `3` in `reserves[3]`.
    package var index: Int?
    package var indexRange: SourceRange?
    /// The whole reference.
    package var range: SourceRange

    package init(
        name: String, nameRange: SourceRange,
        member: String? = nil, memberRange: SourceRange? = nil,
        index: Int? = nil, indexRange: SourceRange? = nil,
        range: SourceRange? = nil
    ) {
        self.name = name
        self.nameRange = nameRange
        self.member = member
        self.memberRange = memberRange
        self.index = index
        self.indexRange = indexRange
        self.range = range ?? nameRange
    }
}

/// A resolver that knows no names, for evaluating constant expressions.
package struct EmptyNameResolver: NameResolver {
    package init() {}

    package func resolve(_ reference: NameReference) -> Result<Value, Diagnostic> {
        .failure(.unknownVariable(reference.name, range: reference.nameRange, candidates: []))
    }
}
