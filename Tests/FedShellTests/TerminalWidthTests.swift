import Foundation
import Testing
@testable import FedShell

/// Nothing fedsh prints is wider than an 80-column terminal (a projector), from the first-day review.
struct TerminalWidthTests {
    private static let lessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons")

    @Test(arguments: ["help", "help variables", "help outputs", "help presets", "help units", "help liquidity", "param",
                      "lesson list", "glossary", "sensitivity btc", "sweep purchases 0..45B/month step 15B/month",
                      "use fomc-dec-2025", "use fomc-dec-2025; eval", "use fomc-dec-2025; eval full",
                      "predict btc up; predict reserves down; eval"])
    func fitsEightyColumns(command: String) {
        var options = Session.Options.testing
        options.terminalWidth = 80
        options.lessonFolders = [Self.lessonsFolder]
        let printed = Harness(options: options).succeed("set draws 100; " + command)
        for line in printed.split(separator: "\n") where !line.hasPrefix("warning:") {
            #expect(line.count <= 80, "\(command): \(line.count) columns: \(line)")
        }
    }

    @Test func theBannerFits() {
        #expect(Session.banner(width: 80).split(separator: "\n").allSatisfy { $0.count <= 80 })
        #expect(Session.banner(width: 200).split(separator: "\n").count == 1)
    }
}

/// At 50 columns (a phone, a split screen) `eval full` and `param` fit and keep their columns.
struct FiftyColumnTests {
    /// What `command` prints after `setup` (whose confirmations are not measured).
    private func printed(_ command: String, after setup: String = "", width: Int = 50) -> String {
        var options = Session.Options.testing
        options.terminalWidth = width
        let shell = Harness(options: options)
        shell.succeed("set draws 100; " + setup)
        return shell.succeed(command)
    }

    @Test(arguments: [
        ("", "eval full"), ("use fomc-dec-2025", "eval full"), ("", "eval channels"), ("", "eval markets"),
        ("", "param"), ("param btc_beta 2", "param"), ("param demand_floor -8.5; param vol_spx 17", "param"),
    ])
    func fitsFiftyColumns(setup: String, command: String) {
        for line in printed(command, after: setup).split(separator: "\n") where !line.hasPrefix("warning:") {
            #expect(line.count <= 50, "\(command): \(line.count) columns: \(line)")
        }
    }

    @Test func theChannelsNameEachFigureWhenTheTableDoesNotFit() {
        let text = printed("eval channels")
        #expect(text.contains("surprise") && text.contains("stress"))
        #expect(text.split(separator: "\n").filter { $0.contains("liquidity ") }.count == 4, "\(text)")
        // Wide enough, the four columns stay a table with one row per asset.
        let wide = printed("eval channels", width: 80)
        #expect(wide.split(separator: "\n").count == 5, "\(wide)")
    }

    @Test(arguments: ["", "param btc_beta 2"])
    func parameterColumnsStayAligned(setup: String) {
        let command = "param"
        let lines = printed(command, after: setup).split(separator: "\n").map(String.init)
        let header = lines[0]
        let centralEnd = header.range(of: "central")!.upperBound.utf16Offset(in: header)
        let rows = lines.dropFirst().prefix { $0.hasPrefix("  ") || $0.hasPrefix("* ") }
        #expect(rows.count > 20)
        for row in rows {
            // The central value is right-aligned under its heading.
            let prefix = String(row.prefix(centralEnd))
            #expect(prefix.last.map { !$0.isWhitespace } == true, "\(command): \(row)")
            #expect(row.count <= 50)
        }
    }
}
