// The parser: turns one line (or several, or a whole script) into statements.
//
// Grammar, in EBNF. Command words and names are case-insensitive; names are lowercased.
//
//   line       = [ statement ] { ( ";" | NEWLINE ) [ statement ] } END ;
//   statement  = COMMAND { argument } ;                 (* one rule per command: Parser+Commands *)
//   path       = STRING | RAW ;                         (* RAW: characters up to space, ";" or "#" *)
//   text       = RAW_TO_END ;                           (* characters up to ";", "#" or line end *)
//   flags      = { FLAG } ;                             (* "--force" and the like *)
//
//   expression = disjunction [ "->" target ] ;                 (* 45B/month -> T/year *)
//   target     = "$" [ UNITWORD ] [ "/" UNITWORD ] | ( UNITWORD | "%" ) [ "/" UNITWORD ] ;
//   disjunction = conjunction { "or" conjunction } ;
//   conjunction = negation { "and" negation } ;
//   negation   = "not" negation | comparison ;
//   comparison = additive [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) additive ] ;
//   additive   = term { ( "+" | "-" ) term } ;
//   term       = unary { ( "*" | "/" ) unary | "/" UNITWORD } ;     (* 45B/month *)
//   unary      = "-" unary | postfix ;
//   postfix    = primary { "[" expression "]" | "." IDENT } ;       (* reserves[3], btc.p10 *)
//   primary    = [ "$" ] NUMBER [ ( UNITWORD | "%" ) [ "/" UNITWORD ] ]   (* 30B/month, glued: one rate *)
//              | DATE | STRING | BOOLEAN | IDENT | "(" expression ")" ;
//
// A unit word glued to its number must be a known unit (`45Bn` is an error); after a space it
// is taken only when it is a unit (`18 months`), so `0..90B/month step 15B` still reads. BOOLEAN
// is one of on, off, true, false, yes, no. Nesting is bounded, so no input can exhaust the stack.

/// Parses source text into statements or expressions; errors are `Diagnostic`s.
package struct Parser {
    /// Parentheses, brackets and unary minus signs may nest this deep.
    package static let maximumNesting = 256
    /// One expression may hold this many binary operators, which bounds the depth of the tree.
    package static let maximumOperators = 1000

    package let source: SourceText
    var lexer: Lexer
    /// The next token, not yet consumed.
    var current: Token
    /// The end of the last consumed token, where a statement's range ends.
    var previousEnd: SourceLocation
    var nesting = 0
    var operatorCount = 0

    package init(_ source: SourceText) {
        self.source = source
        self.lexer = Lexer(source)
        self.current = lexer.next()
        self.previousEnd = current.range.start
    }

    /// Parses a typed line, a `-c` string or script text into its statements, or the first error.
    package static func parseLine(_ source: SourceText) -> Result<[Statement], Diagnostic> {
        var parser = Parser(source)
        do throws(Diagnostic) {
            return .success(try parser.line())
        } catch {
            return .failure(error.attaching(source))
        }
    }

    /// Parses text that must be exactly one expression.
    package static func parseExpression(_ source: SourceText) -> Result<Expression, Diagnostic> {
        var parser = Parser(source)
        do throws(Diagnostic) {
            let expression = try parser.expression()
            guard parser.current.kind == .end else { throw parser.unexpected(after: "the value") }
            return .success(expression)
        } catch {
            return .failure(error.attaching(source))
        }
    }

    // line = [ statement ] { ( ";" | NEWLINE ) [ statement ] } END
    mutating func line() throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while current.kind == .semicolon || current.kind == .newline { advance() }
            if current.kind == .end { return statements }
            statements.append(try statement())
        }
    }

    // statement = COMMAND { argument }
    mutating func statement() throws(Diagnostic) -> Statement {
        mergeDotCommandWord()
        let keyword = current
        guard let word = keyword.identifier else { throw Diagnostic.expectedCommand(current) }
        guard let syntax = CommandSyntax.named(word.lowercased()) else {
            throw Diagnostic.unknownCommand(word, range: keyword.range)
        }
        if syntax.takesRawText {
            // Reading the next token first could scan a quote to the end of a long line for
            // every statement; raw text is read straight from the source instead.
            previousEnd = keyword.range.end
        } else {
            advance()
        }
        operatorCount = 0
        let command = try syntax.parse(&self, syntax)
        guard current.endsStatement else { throw unexpected(after: "the \(syntax.name) command") }
        let range = SourceRange(start: keyword.range.start, end: previousEnd)
        return Statement(command: command, syntax: syntax, range: range, keywordRange: keyword.range)
    }

    /// `.read FILE`, as sqlite3 users type it: a `.` glued to a word is read as one command word.
    private mutating func mergeDotCommandWord() {
        guard current.kind == .dot else { return }
        var lookahead = lexer
        let next = lookahead.next()
        guard next.range.start.offset == current.range.end.offset, let word = next.identifier else { return }
        let dot = advance()
        current = Token(kind: .identifier("." + word), range: dot.range.union(current.range), text: "." + word)
    }

    // MARK: Tokens

    @discardableResult
    mutating func advance() -> Token {
        let token = current
        previousEnd = token.range.end
        current = lexer.next()
        return token
    }

    /// Consumes the current token if it is of `kind`.
    mutating func match(_ kind: TokenKind) -> Token? {
        current.kind == kind ? advance() : nil
    }

    /// Whether the current token directly follows the previous one, with no space between.
    var currentIsGlued: Bool { current.range.start.offset == previousEnd.offset }

    /// The error for a token the grammar does not allow here; lexical errors take precedence.
    func unexpected(after context: String) -> Diagnostic {
        if case .invalid(let error) = current.kind { return Diagnostic.lexical(error, range: current.range) }
        return Diagnostic.unexpectedToken(current, after: context)
    }

    /// The error for a missing value, name or closing bracket.
    func expected(_ what: String) -> Diagnostic {
        if case .invalid(let error) = current.kind { return Diagnostic.lexical(error, range: current.range) }
        return Diagnostic.expected(what, found: current)
    }

    /// Replaces the current token by raw text read from the source, for paths and notes.
    mutating func takeRawText(stoppingAtSpace: Bool) -> RawText {
        takeRawText(from: current.range.start.offset, stoppingAtSpace: stoppingAtSpace)
    }

    /// Reads raw text from a byte offset and moves the lookahead token past it.
    mutating func takeRawText(from offset: Int, stoppingAtSpace: Bool) -> RawText {
        let raw = lexer.rawText(from: offset, stoppingAtSpace: stoppingAtSpace)
        previousEnd = raw.range.end
        current = lexer.next()
        return RawText(raw.text, range: raw.range)
    }
}
