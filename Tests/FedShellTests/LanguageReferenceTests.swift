import FedLanguage
import FedModel
import Foundation
import Testing

/// docs/LANGUAGE.md names every command word, scenario variable, output and preset in backticks.
struct LanguageReferenceTests {
    static let document: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("docs/LANGUAGE.md"), encoding: .utf8)) ?? ""
    }()

    @Test func documentExists() { #expect(Self.document.count > 5_000) }

    @Test(arguments: CommandSyntax.all.flatMap { [$0.name] + $0.aliases })
    func commandIsDocumented(word: String) { #expect(Self.document.contains("`\(word)`"), "`\(word)`") }

    @Test(arguments: CommandSyntax.all)
    func commandFlagsAndActionsAreDocumented(_ command: CommandSyntax) {
        for flag in command.flagNames { #expect(Self.document.contains("--\(flag)"), "\(command.name) --\(flag)") }
        let row = Self.document.split(separator: "\n").first { $0.hasPrefix("| `\(command.name)` |") } ?? ""
        for action in command.subcommands.map(\.word) {
            #expect(row.contains(action), "\(command.name) \(action) is not in its row of the command table")
        }
    }

    @Test(arguments: ScenarioVariable.catalog.map(\.name))
    func variableIsDocumented(name: String) { #expect(Self.document.contains("`\(name)`"), "`\(name)`") }

    @Test(arguments: Output.allCases.map(\.rawValue))
    func outputIsDocumented(name: String) { #expect(Self.document.contains("`\(name)`"), "`\(name)`") }

    @Test(arguments: Preset.all.map(\.name))
    func presetIsDocumented(name: String) { #expect(Self.document.contains("`\(name)`"), "`\(name)`") }

    /// The EBNF in the document is the parser's header, line for line.
    @Test func grammarMatchesTheParserHeader() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let parser = try String(
            contentsOf: root.appendingPathComponent("Sources/FedLanguage/Parser/Parser.swift"), encoding: .utf8)
        let rules = parser.split(separator: "\n").filter { $0.hasPrefix("//   ") && $0.contains("=") }
            .map { $0.dropFirst("//   ".count).trimmingCharacters(in: .whitespaces) }
        #expect(rules.count >= 10)
        for rule in rules { #expect(Self.document.contains(rule), "\(rule)") }
    }
}
