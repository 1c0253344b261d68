import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

// help: Session+Help.swift and HelpText.swift.

@Test func helpListsEveryCommand() {
    var wide = Session.Options.testing
    wide.terminalWidth = 200
    let printed = Harness(options: wide).succeed("help")
    #expect(printed.hasPrefix("the scenario:\n"))
    #expect(!printed.contains("other:"), "every command belongs to a group")
    for command in CommandSyntax.all {
        #expect(printed.contains("\n  \(command.name) "), "help does not list \(command.name)")
        #expect(printed.contains(command.summary))
    }
    #expect(printed.contains("help tour"))
}

@Test(arguments: CommandSyntax.all.map(\.name))
func helpOnEveryCommand(_ name: String) {
    let printed = Harness().succeed("help \(name)")
    #expect(printed.hasPrefix("\(name): "))
    #expect(printed.contains("example: "))
}

@Test(arguments: ScenarioVariable.catalog.map(\.name))
func helpOnEveryVariable(_ name: String) {
    let printed = Harness().succeed("help \(name)")
    #expect(printed.hasPrefix("\(name) (variable): "))
    #expect(printed.contains("  default: "))
    #expect(printed.contains("  source: "))
}

@Test(arguments: ScenarioVariable.catalog.map(\.name))
func everyVariablesHelpExampleRuns(_ name: String) throws {
    let printed = Harness().succeed("help \(name)")
    let example = try #require(printed.split(separator: "\n").first { $0.hasPrefix("  example: ") })
    let command = String(example.dropFirst("  example: ".count))
    let shell = Harness()
    let (outcome, output) = shell.run(command)
    #expect(outcome.failures == 0, "\(command): \(output)")
}

@Test(arguments: Output.allCases.map(\.rawValue))
func helpOnEveryOutput(_ name: String) {
    let printed = Harness().succeed("help \(name)")
    #expect(printed.hasPrefix("\(name) (output): "))
}

@Test(arguments: Preset.all.map(\.name))
func helpOnEveryPreset(_ name: String) {
    let printed = Harness().succeed("help \(name)")
    #expect(printed.hasPrefix("\(name) (preset): "))
    #expect(printed.contains("example: use \(name); eval"))
}

@Test(arguments: ["tour", "variables", "outputs", "presets", "units", "liquidity", "SET", "Purchases"])
func helpOnTopics(_ topic: String) {
    let printed = Harness().succeed("help \(topic)")
    #expect(!printed.isEmpty)
}

@Test func helpTopicsAreAllAnswered() {
    for topic in HelpText.topics {
        #expect(HelpText.topic(topic) != nil, "\(topic)")
    }
}

@Test func helpOnAnUnknownTopicFailsWithASuggestion() {
    let shell = Harness()
    let (outcome, printed) = shell.run("help nosuch")
    #expect(outcome.failures == 1)
    #expect(printed.contains("error: no help on 'nosuch'"))
    let (_, close) = shell.run("help purchse")
    #expect(close.contains("did you mean 'purchases'?"))
    let (_, command) = shell.run("help sett")
    #expect(command.contains("did you mean 'set'?"))
}

@Test func everyCommandTheTourShowsRuns() {
    let shell = Harness()
    shell.succeed("set draws 200")
    let commands = HelpText.tour.split(separator: "\n").compactMap { line -> String? in
        guard line.hasPrefix("       "), !line.hasPrefix("        ") else { return nil }
        let text = line.trimmingCharacters(in: .whitespaces)
        return text.components(separatedBy: "  ").first.map { $0.replacingOccurrences(of: "then: ", with: "") }
    }
    #expect(commands.count >= 8)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tour-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for command in commands {
        let line = command.hasPrefix("save ") ? "save \(folder.path)/my-scenario.fed" : command
        shell.succeed(line)
    }
}

@Test func everyGlossaryCommandRuns() {
    for entry in Glossary.entries {
        let shell = Harness()
        shell.succeed("set draws 200")
        // The command with its explanations in parentheses taken out.
        let command = entry.command.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression)
        shell.succeed(command)
    }
}

@Test func helpFitsTheTerminal() {
    var options = Session.Options.testing
    options.terminalWidth = 60
    let shell = Harness(options: options)
    for topic in ["", "tour", "sweep", "purchases", "param", "claims"] {
        let printed = shell.succeed("help \(topic)")
        #expect(printed.split(separator: "\n").allSatisfy { $0.count <= 60 || !$0.contains(" ") }, "help \(topic)")
    }
}

@Test func helpFitsTheTerminalAndKeepsItsColumns() {
    for width in [80, 50] {
        var options = Session.Options.testing
        options.terminalWidth = width
        let shell = Harness(options: options)
        for topic in ["", "variables", "outputs", "presets", "units", "liquidity"] {
            let printed = shell.succeed("help " + topic)
            for line in printed.split(separator: "\n") {
                #expect(line.count <= width, "help \(topic) at \(width): \(line)")
            }
        }
        // The explain row continues under its description, not under the command word.
        let lines = shell.succeed("help").split(separator: "\n").map(String.init)
        let row = try! #require(lines.firstIndex { $0.hasPrefix("  explain ") })
        let column = lines[row].distance(
            from: lines[row].startIndex, to: lines[row].range(of: "the transmission")!.lowerBound)
        #expect(lines[row + 1].prefix(column).allSatisfy { $0 == " " } && lines[row + 1].dropFirst(column).first != " ",
                "\(lines[row])\n\(lines[row + 1])")
    }
}
