// All wording for lexer and parser errors lives here, so messages read as one voice.

extension Diagnostic {
    // MARK: Lexer

    package static func lexical(_ error: LexicalError, range: SourceRange) -> Diagnostic {
        switch error {
        case .unterminatedString:
            Diagnostic(message: "unterminated string", range: range,
                       help: "end the string with '\"' on the same line")
        case .invalidEscape(let escape):
            Diagnostic(message: "unknown escape '\(escape)' in string", range: range,
                       help: "write \\\" for a quote and \\\\ for a backslash")
        case .unexpectedCharacter("\u{FFFD}"):
            // Standard input is decoded leniently: a byte that is not UTF-8 arrives as U+FFFD.
            Diagnostic(message: "invalid text: a byte that is not UTF-8 (shown as '\u{FFFD}')", range: range,
                       help: "save the script as UTF-8 text")
        case .unexpectedCharacter(let character):
            Diagnostic(message: "unexpected character '\(character)'", range: range)
        case .controlCharacter(let value):
            Diagnostic(message: "unexpected control character \(unicodeName(value))", range: range)
        case .unsafeCharacterInString(let value):
            Diagnostic(message: "a string may not hold \(unicodeName(value))", range: range,
                       notes: ["control, bidi and zero-width characters act on the terminal or hide text"],
                       help: "write \\n for a new line and \\t for a tab")
        case .numberTooLarge:
            numberTooLarge(range: range)
        case .invalidMonth(let month):
            Diagnostic(message: "invalid month \(month) in date", range: range,
                       help: "write dates as YEAR-MONTH with a month from 1 to 12, e.g. 2026-04")
        case .invalidDay(let day):
            Diagnostic(message: "invalid day \(day) in date", range: range,
                       help: "write days as YEAR-MONTH-DAY with a day from 1 to 31, e.g. 2024-06-12")
        }
    }

    package static func numberTooLarge(range: SourceRange) -> Diagnostic {
        Diagnostic(message: "number too large", range: range,
                   help: "numbers up to about 1e308 can be written; use a scale word for large amounts, as in 45T")
    }

    /// `1e-9999`: a number too small to hold, which would silently read as 0.
    package static func numberTooSmall(range: SourceRange) -> Diagnostic {
        Diagnostic(message: "number too small to hold (it would read as 0)", range: range,
                   help: "write 0 if zero is meant; numbers down to about 1e-323 can be written")
    }

    /// `param btc_beta =` with nothing after the `=`.
    static func valueMissing(after equal: Token, command: String, name: String) -> Diagnostic {
        Diagnostic(message: "expected a value after '=' in \(command) \(name)", range: SourceRange(
            start: equal.range.end, end: equal.range.end),
                   help: "give a value (\(command) \(name) = 2.5), or leave out '=' to show it")
    }

    private static func unicodeName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: Swift.max(0, 4 - hex.count)) + hex
    }

    // MARK: Parser

    static func expectedCommand(_ token: Token) -> Diagnostic {
        if case .invalid(let error) = token.kind { return lexical(error, range: token.range) }
        return Diagnostic(message: "expected a command, found \(token.displayName)", range: token.range,
                          help: "type 'help' for the list of commands")
    }

    static func unknownCommand(_ word: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "unknown command '\(word)'", range: range,
                   suggestion: Suggestion.closest(to: word, among: CommandSyntax.allWords))
    }

    package static func missingArguments(_ syntax: CommandSyntax, at range: SourceRange) -> Diagnostic {
        let needs = syntax.needs ?? "its arguments, as in " + syntax.synopsis.joined(separator: " or ")
        return Diagnostic(message: "\(syntax.name) needs \(needs), e.g. \(syntax.example)", range: range)
    }

    static func unexpectedToken(_ token: Token, after context: String) -> Diagnostic {
        var diagnostic = Diagnostic(message: "unexpected \(token.displayName) after \(context)", range: token.range)
        if let word = token.identifier, let unit = UnitWord.named(word), unit.dimension == .time {
            diagnostic.help = "for a rate, write /\(word), as in 45B/\(word)"
        }
        return diagnostic
    }

    static func expected(_ what: String, found token: Token) -> Diagnostic {
        Diagnostic(message: "expected \(what), found \(token.displayName)", range: token.range)
    }

    static func unknownUnit(_ word: String, range: SourceRange) -> Diagnostic {
        // A unit in the wrong case (`45b`, `45m`) is the likeliest slip: suggest that spelling first.
        let spellings = UnitWord.all.map(\.spelling)
        let sameLetters = spellings.first { $0.lowercased() == word.lowercased() && $0 != word }
        return Diagnostic(message: "unknown unit '\(word)'", range: range,
                   suggestion: sameLetters ?? Suggestion.closest(to: word, among: spellings),
                   help: "units are k, M, B, T, bp, %, pp, month, year, week, day, quarter")
    }

    static func dollarNeedsAmount(at range: SourceRange) -> Diagnostic {
        Diagnostic(message: "expected an amount after '$'", range: range, help: "write an amount such as $45B")
    }

    static func dollarBeforeNonMoney(_ unit: UnitWord, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "'$' cannot go before an amount in '\(unit.spelling)'", range: range,
                   help: "only the dollar scales k, M, B and T follow '$'")
    }

    static func tooDeeplyNested(limit: Int, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "expression is too deeply nested (more than \(limit) levels)", range: range)
    }

    static func tooManyOperators(limit: Int, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "expression is too long (more than \(limit) operators)", range: range)
    }

    static func unknownOption(_ flag: String, command: String, allowed: [String], range: SourceRange) -> Diagnostic {
        Diagnostic(message: "unknown option '--\(flag)' for \(command)", range: range,
                   suggestion: Suggestion.closest(to: flag, among: allowed).map { "--" + $0 },
                   help: "\(command) accepts " + allowed.map { "--" + $0 }.joined(separator: ", "))
    }

    static func flagNeedsValue(_ flag: String, command: String, value: String, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "--\(flag) needs \(value)", range: range,
                   help: "e.g. \(command) btc --\(flag) btc.svg")
    }

    static func exitStatusOutOfRange(_ range: SourceRange) -> Diagnostic {
        Diagnostic(message: "an exit status is a whole number from 0 to 255", range: range, help: "e.g. exit 3")
    }

    static func conflictingFormats(_ syntax: CommandSyntax, range: SourceRange) -> Diagnostic {
        Diagnostic(message: "\(syntax.name) takes --json or --csv, not both", range: range,
                   help: "pick one, e.g. \(syntax.name) … --json")
    }

    static func unknownSubcommand(_ word: Name, of syntax: CommandSyntax) -> Diagnostic {
        let allowed = syntax.subcommands.map(\.word)
        return Diagnostic(message: "\(syntax.name) has no '\(word.text)'", range: word.range,
                   suggestion: Suggestion.closest(to: word.text, among: allowed),
                   help: "\(syntax.name) takes " + allowed.joined(separator: ", ") + ", e.g. \(syntax.example)")
    }
}
