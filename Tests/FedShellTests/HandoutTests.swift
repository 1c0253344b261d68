import Foundation
import Testing
@testable import FedShell

/// Handouts worth handing out: no escape codes, the lesson's title, pause markers, charts as SVG
/// files beside a Markdown handout or inline in a self-contained HTML page (Ink).
@Suite struct HandoutTests {
    /// A lesson folder with one short lesson that pauses and plots.
    func lessonFolder(_ folder: TemporaryFolder) throws -> URL {
        try folder.write("lessons/01-short.fed", """
            # A short lesson about reserves
            set draws 200
            note Question: what happens to reserves?
            pause
            note Answer: they fall.
            plot reserves
            """)
        return URL(fileURLWithPath: folder.path("lessons"))
    }

    func harness(lessons: URL, color: Bool = false) -> Harness {
        var options = Session.Options.testing
        options.lessonFolders = [lessons]
        options.color = color
        return Harness(options: options)
    }

    @Test func markdownHandoutIsCleanTitledMarkedAndHasItsChartBeside() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = harness(lessons: try lessonFolder(folder), color: true)
        try folder.write("class-chart-1.svg", "someone else's")
        harness.succeed("record \(folder.path("class.md"))")
        harness.succeed("lesson short")
        harness.succeed("eval")
        harness.succeed("record off")
        let text = try folder.read("class.md")
        #expect(text.hasPrefix("# A short lesson about reserves\n\nRecorded with fedsh"), "\(text.prefix(200))")
        #expect(!text.contains("\u{1B}"), "no terminal escape codes")
        let pause = "\n\n---\n\n*Pause: the class discusses this before going on.*\n\n"
        #expect(text.contains("Question: what happens to reserves?" + pause + "Answer: they fall."))
        #expect(!text.contains("recording to"), "the handout does not announce itself")
        // The chart file that was there is kept; the handout's chart takes the next name.
        #expect(try folder.read("class-chart-1.svg") == "someone else's")
        #expect(text.contains("![fedsh: reserves — baseline](class-chart-2.svg)\n"), "\(text)")
        #expect(try folder.read("class-chart-2.svg").contains("<svg"))
        #expect(!text.contains("⣿") && !text.contains("month 12 ·"), "the picture stands in for the text chart")
    }

    @Test func htmlHandoutIsOneSelfContainedPageWithTheChartInline() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = harness(lessons: try lessonFolder(folder))
        harness.succeed("record \(folder.path("class.html"))")
        harness.succeed("lesson short")
        harness.run("set purchse 1")
        harness.succeed("record off")
        let page = try folder.read("class.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page.contains("<title>A short lesson about reserves</title>"))
        #expect(page.contains("<h1>A short lesson about reserves</h1>"))
        #expect(page.contains("<hr>"), "the pause")
        #expect(page.contains("<figure id=\"chart-1\"><svg"), "the chart inline")
        #expect(!page.contains("<?xml") && !page.contains("<img") && !page.contains("fedsh-chart-"))
        #expect(page.contains("<pre><code class=\"language-fedsh\">fedsh&gt; set purchse 1\n</code></pre>"))
        #expect(page.contains("error: unknown variable 'purchse'"))
        #expect(page.hasSuffix("</html>\n"))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!files.contains { $0.hasSuffix(".svg") }, "nothing beside an HTML handout: \(files)")
    }

    @Test func fencesOutgrowTheBackticksInside() {
        #expect(HandoutRecorder.fenced("plain\n", language: "text") == "```text\nplain\n```\n\n")
        #expect(HandoutRecorder.fenced("a ``` b ````\n", language: "text") == "`````text\na ``` b ````\n`````\n\n")
    }

    @Test func escapeCodesAreRemoved() {
        let coloured = "\u{1B}[1mbalance sheet\u{1B}[0m p90\r\u{1B}[K"
        #expect(HandoutRecorder.withoutEscapeCodes(coloured) == "balance sheet p90\r")
    }
}
