import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

@Suite struct PredictTests {
    @Test func evalRevealsEachPredictionWithBandAndChannelThenClearsThem() {
        var wide = Session.Options.testing
        wide.terminalWidth = 400
        let harness = Harness(options: wide)
        harness.succeed(
            "set draws 200; use cabana; predict btc up; predict y2 10bp; predict regime scarce; predict reserves down")
        let printed = harness.succeed("eval")
        #expect(
            printed.contains("btc: you said up; the model says +1.7% at month 12, from 0.0% at month 0 (p10–p90 "),
            "\(printed)")
        #expect(
            printed.contains(
                "right on the central value (the band runs both ways), decided mainly by the funding-stress channel"))
        #expect(printed.contains("y2: you said 10bp;"))
        #expect(printed.contains("inside the band"))
        #expect(
            printed.contains(
                """
                    regime: you said scarce; the model says ample: wrong (scarce in 0% of draws), decided by reserves \
                    and the regime
                    """
            ))
        #expect(printed.contains("reserves: you said down;"))
        #expect(printed.contains("wrong, decided by reserves and the regime"))
        #expect(!harness.succeed("eval").contains("predictions"))
    }

    @Test func upAndDownAreMeasuredFromTheLastEvalAndTheRevealFitsTheScreen() {
        let harness = Harness()
        harness.succeed("set draws 200; set purchases 45B/month; eval; predict reserves down; set tga_level 1000B")
        let printed = harness.succeed("eval")
        let reveal = String(printed[printed.range(of: "predictions\n")!.upperBound...])
        #expect(reveal.replacingOccurrences(of: "\n    ", with: " ").contains("at the last eval"), "\(reveal)")
        #expect(reveal.contains(": right"), "\(reveal)")
        for line in reveal.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test func theSurpriseChannelDecidesOnTheDayOfAHawkishHold() {
        let harness = Harness()
        harness.succeed("set draws 200; use hawkish-hold; predict y2 down")
        let printed = harness.succeed("eval")
        #expect(printed.contains("y2: you said down; the model says +16.4bp"))
        #expect(printed.contains("wrong"))
        #expect(printed.contains("decided mainly by the surprise channel"))
    }

    @Test(arguments: [
        ("predict btx up", "did you mean 'btc'?"), ("predict btc 5", "a prediction for btc is up, down or a change"),
        ("predict regime up", "a prediction for regime is abundant, ample or scarce"),
        ("predict reserves 5%", "an amount such as 3T"),
    ])
    func badPredictionsFailAndChangeNothing(line: String, message: String) {
        let harness = Harness()
        let (outcome, printed) = harness.run(line)
        #expect(outcome.failures == 1)
        #expect(printed.contains(message))
        #expect(harness.session.classroom.predictions.isEmpty)
    }
}

@Suite struct GlossaryTests {
    static let required = [
        "SOFR", "TGCR", "EFFR", "IORB", "ON RRP", "SRF", "TGA", "QT", "QE", "RMP", "reserves", "bank assets",
        "abundant", "ample", "scarce", "net liquidity", "term premium", "10-year equivalents", "surprise vs expected",
    ]

    @Test(arguments: required)
    func everyTermHasADefinitionAndACommand(term: String) {
        let entry = Glossary.entry(term)
        #expect(entry != nil, "\(term) is missing")
        #expect((entry?.definition.count ?? 0) > 150)
        #expect(entry.map { ["eval", "use ", "set ", "show "].contains(where: $0.command.contains) } == true)
    }

    @Test(arguments: [
        "glossary on-rrp", "glossary ON_RRP", "glossary term_premium", "glossary Term-Premium", "glossary sofr",
        "glossary ten-year-equivalents",
    ])
    func lookupIsCaseInsensitiveAndTakesHyphensOrUnderscores(line: String) {
        let printed = Harness().succeed(line)
        #expect(printed.contains("see it: "))
    }

    @Test func listNamesEveryTerm() {
        let printed = Harness().succeed("glossary")
        for entry in Glossary.entries { #expect(printed.contains(entry.term)) }
    }

    @Test func typoSuggestsATerm() {
        let (outcome, printed) = Harness().run("glossary sofer")
        #expect(outcome.failures == 1)
        #expect(printed.contains("did you mean 'sofr'?"))
    }
}

@Suite struct RecordTests {
    @Test func handoutIsMarkdownWithEachCommandItsOutputNotesAndErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = Harness()
        harness.succeed("record \(folder.path("class.md"))")
        harness.succeed("note Reserves are the residual of the balance sheet.")
        harness.succeed("set draws 200")
        harness.succeed("print 45B/month * 12 months")
        harness.run("set purchse 45B/month")
        harness.succeed("eval")
        harness.succeed("record off")
        harness.succeed("print 1 + 1")
        let text = try folder.read("class.md")
        let fences = text.split(separator: "\n").filter { $0.hasPrefix("```") }
        #expect(fences.count % 2 == 0, "fences balance")
        for command in [
            "fedsh> set draws 200", "fedsh> print 45B/month * 12 months", "fedsh> set purchse 45B/month", "fedsh> eval",
        ] {
            #expect(text.contains("```fedsh\n\(command)\n```\n"))
        }
        #expect(text.contains("```text\n$540B\n```"))
        #expect(text.contains("error: unknown variable 'purchse'"))
        #expect(text.contains("\n\nReserves are the residual of the balance sheet.\n\n"))
        #expect(text.contains("balance sheet"))
        #expect(!text.contains("1 + 1"))
        #expect(!text.contains("│"))
    }

    @Test func recordNeverOverwritesWithoutForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("mine.md", "keep me")
        let harness = Harness()
        let (outcome, printed) = harness.run("record \(path)")
        #expect(outcome.failures == 1)
        #expect(printed.contains("already exists"))
        #expect(try folder.read("mine.md") == "keep me")
        harness.succeed("record --force \(path)")
        harness.succeed("record off")
        #expect(try folder.read("mine.md").hasPrefix("# fedsh session"))
    }

    @Test func recordOffWithoutARecordingIsAnError() {
        let (outcome, printed) = Harness().run("record off")
        #expect(outcome.failures == 1)
        #expect(printed.contains("nothing is being recorded"))
    }
}
