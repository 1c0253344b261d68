import FedLanguage
import Foundation
import Testing
@testable import FedShell

/// `plot` through the session: charts, name checks, and SVG files that never clobber.
struct PlotCommandTests {
    static func session(width: Int = 80, unicode: Bool = true) -> (Session, TranscriptOutput) {
        let output = TranscriptOutput()
        var options = Session.Options()
        options.terminalWidth = width
        options.unicode = unicode
        let session = Session(output: output, options: options)
        session.run(SourceText(text: "set draws 200; use cabana"))
        return (session, output)
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fedsh-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func plotPrintsOneChartPerUnit() {
        let (session, output) = Self.session()
        let outcome = session.run(SourceText(text: "plot reserves, tga, sofr_spread"))
        #expect(outcome.succeeded)
        #expect(output.text.contains("3 outputs in 2 units: one chart per unit"))
        #expect(output.text.contains("reserves, tga — cabana · $B"))
        #expect(output.text.contains("sofr_spread — cabana · bp over IORB"))
        #expect(output.text.contains("months after the decision (0 … 12)"))
    }

    @Test(arguments: [40, 64, 100])
    func plotFitsTheWidth(width: Int) {
        let (session, output) = Self.session(width: width)
        let start = output.text.count
        session.run(SourceText(text: "plot reserves, btc, regime"))
        for line in output.text.dropFirst(start).split(separator: "\n") {
            #expect(line.count <= width, "\(line)")
        }
    }

    @Test func regimePlotsWithItsNames() {
        let (session, output) = Self.session(unicode: false)
        #expect(session.run(SourceText(text: "plot regime")).succeeded)
        #expect(output.text.contains("abundant +"))
        #expect(output.text.contains("scarce +"))
    }

    @Test func unknownOutputSuggestsAndChangesNothing() {
        let (session, output) = Self.session()
        let before = session.state
        #expect(!session.run(SourceText(text: "plot reservs")).succeeded)
        #expect(output.text.contains("unknown output 'reservs'"))
        #expect(output.text.contains("did you mean 'reserves'?"))
        #expect(session.state == before)
    }

    @Test func variableIsNotAnOutput() {
        let (session, output) = Self.session()
        #expect(!session.run(SourceText(text: "plot purchases")).succeeded)
        #expect(output.text.contains("'purchases' is a scenario variable, not an output"))
    }

    @Test func svgIsWrittenAndNeverReplacedWithoutForce() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("chart.svg")
        let (session, output) = Self.session()
        #expect(session.run(SourceText(text: "plot reserves, sofr_spread --svg \(file.path)")).succeeded)
        #expect(output.text.contains("wrote the charts as SVG to"))
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written.contains("id=\"series-reserves\""))
        #expect(written.contains("id=\"band-sofr_spread\""))

        try "mine".write(to: file, atomically: true, encoding: .utf8)
        let before = session.state
        #expect(!session.run(SourceText(text: "plot reserves --svg \(file.path)")).succeeded)
        #expect(output.text.contains("already exists"))
        #expect(output.text.contains("--force"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
        #expect(session.state == before)

        #expect(session.run(SourceText(text: "plot reserves --svg \(file.path) --force")).succeeded)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<?xml"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "chart.svg" }
        #expect(leftovers.isEmpty)
    }

    @Test func svgIntoAMissingFolderFails() {
        let (session, output) = Self.session()
        #expect(!session.run(SourceText(text: "plot reserves --svg /nonexistent-fedsh-folder/chart.svg")).succeeded)
        #expect(output.text.contains("no such folder"))
    }
}
