import Foundation
import Testing
@testable import FedShell

/// Nothing fedsh prints is wider than an 80-column terminal (a projector), from the first-day review.
struct TerminalWidthTests {
    private static let lessonsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
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
