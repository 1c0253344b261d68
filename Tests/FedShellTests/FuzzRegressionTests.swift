import FedLanguage
@testable import FedShell
import FedModel
import Foundation
import Testing

/// Inputs the fuzzer (scripts/fuzz) once stopped on, and a short seeded fuzz run of its own:
/// nothing may crash, and a failed statement leaves the state as it was.
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "FuzzRegressions")

    static var regressionFiles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func thereAreRegressionInputs() { #expect(!Self.regressionFiles.isEmpty) }

    /// The fuzzer's dictionary (fuzz/fedsh.dict) names every command word, scenario variable,
    /// output, preset and parameter, and each parameter's domain bounds, so mutations reach the model.
    @Test func dictionaryCoversTheCatalogues() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let dictionary = try String(contentsOf: root.appendingPathComponent("fuzz/fedsh.dict"), encoding: .utf8)
        let words = CommandSyntax.allWords + ScenarioVariable.catalog.map(\.name) + Output.allCases.map(\.rawValue)
            + Preset.all.map(\.name) + ModelParameter.catalog.map { "param \($0.name) " }
        for word in words { #expect(dictionary.contains("\"\(word)\""), "fuzz/fedsh.dict lacks \(word)") }
        for parameter in ModelParameter.catalog {
            for bound in [parameter.domain.lowerBound, parameter.domain.upperBound] {
                #expect(dictionary.contains("\"\(Session.exactParameterText(bound))\""),
                        "fuzz/fedsh.dict lacks \(parameter.name)'s bound \(bound)")
            }
        }
    }

    @Test(arguments: regressionFiles)
    func replaysWithoutBreakingState(file: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(file))
        let (session, _) = quietSession()
        session.options.keepGoing = true
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(session.runCheckingEachStatement(String(line)).isEmpty, "\(file): \(line)")
        }
    }

    static let words = CommandSyntax.allWords + ScenarioVariable.catalog.map(\.name) + Preset.all.map(\.name) + [
        "=", "(", ")", ";", "+", "-", "*", "/", "%", "bp", "B", "T", "M", "$", "month", "months", "/month", "/year",
        "\"", "\"text\"", "#", "[", "]", "[0]", ",", ".", "..", "1e400", "-1e400", "nan", "inf", "0", "-0", "1.5",
        "99999999999999999999", "0.000000001", "on", "off", "--json", "--force", "--minimal", "x", "reserves", "p50",
        "\u{0}", "\u{7}", "\u{1B}[A", "\t", "→", "é", "\u{FFFD}", "\u{FEFF}", "\\", "'", "`", "!", "{", "}",
    ]

    /// A line of random tokens, some of them glued together without spaces.
    static func tokenSoup(_ generator: inout RandomSource) -> String {
        var line = ""
        for _ in 0..<Int.random(in: 1...12, using: &generator) {
            line += words.randomElement(using: &generator)!
            if Bool.random(using: &generator) { line += " " }
        }
        return line
    }

    /// A command of the right shape whose arguments may be right or wrong.
    static func structuredCommand(_ generator: inout RandomSource) -> String {
        let variable = ScenarioVariable.catalog.randomElement(using: &generator)!
        let value =
            Bool.random(using: &generator) ? randomValueText(for: variable, using: &generator) : tokenSoup(&generator)
        switch Int.random(in: 0..<8, using: &generator) {
        case 0: return "set \(variable.name) \(value)"
        case 1: return "unset \(Bool.random(using: &generator) ? variable.name : tokenSoup(&generator))"
        case 2: return "let v\(Int.random(in: 0..<3, using: &generator)) = \(value)"
        case 3:
            return
                "use " + (Bool.random(using: &generator)
                    ? Preset.all.randomElement(using: &generator)!.name : tokenSoup(&generator))
        case 4: return "print \(value)"
        case 5: return "assert \(variable.name) == \(value)"
        case 6:
            return ["undo", "reset", "show", "show all", "history 2", "help \(variable.name)"].randomElement(
                using: &generator)!
        default: return "set \(variable.name) \(value); \(tokenSoup(&generator))"
        }
    }

    /// Commands this quick test leaves out (slow, touching files, waiting or ending), from the registry.
    static let slowOrOutsideWords = CommandSyntax.all.filter { !$0.traits.isDisjoint(with: .outsideQuickTests) }
        .flatMap(\.words)

    @Test func seededRandomInputNeverBreaksState() {
        var generator = RandomSource(seed: 0xFED_2025)
        let (session, _) = quietSession()
        session.options.keepGoing = true
        // The model is not run here (eval is filtered out) so the test takes a second or two.
        var broken: [String] = []
        for _ in 0..<3_000 {
            let line = Bool.random(using: &generator) ? Self.tokenSoup(&generator) : Self.structuredCommand(&generator)
            _ = Parser.parseLine(SourceText(text: line))
            let lowered = line.lowercased()
            if Self.slowOrOutsideWords.contains(where: lowered.contains) { continue }
            broken += session.runCheckingEachStatement(line)
        }
        #expect(broken.isEmpty, "\(broken.prefix(5))")
    }

    @Test func randomBytesThroughParserAndSession() {
        var generator = RandomSource(seed: 42)
        let (session, _) = quietSession()
        for _ in 0..<1_000 {
            let bytes = (0..<Int.random(in: 0...80, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            let line = String(decoding: bytes, as: UTF8.self)
            _ = Parser.parseLine(SourceText(text: line))
            #expect(session.runKeepingInvariant(line).stateKept)
        }
    }
}
