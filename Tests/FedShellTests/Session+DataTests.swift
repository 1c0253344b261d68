import FedData
import Foundation
import Testing
@testable import FedModel
@testable import FedShell

/// `data` commands, `set start DATE` and `show start`, driven as a user drives them.
@Suite struct SessionDataTests {
    /// A harness whose imports go to a folder of its own (tests run in parallel).
    static func isolated() throws -> (Harness, ScratchFolder) {
        let folder = try ScratchFolder()
        var options = Session.Options.testing
        options.dataFolder = folder.url.appendingPathComponent("xdg/fedsh/series")
        return (Harness(options: options), folder)
    }

    @Test func dataListShowsEveryShippedSeries() throws {
        let (shell, _) = try Self.isolated()
        let printed = shell.succeed("data list")
        #expect(printed.hasPrefix("46 series (shipped data end on 2025-12-10):\n"))
        #expect(printed.contains("  WRESBAL            2002-12-18..2025-12-10  weekly · shipped\n"
                                 + "    Reserve balances with Federal Reserve Banks, millions of USD (H.4.1 (week\n"))
    }

    @Test func dataShowPrintsObservationsInARange() throws {
        let (shell, _) = try Self.isolated()
        let printed = shell.succeed("data show wresbal 2025-12-01..2025-12-10")
        #expect(printed == """
            WRESBAL: Reserve balances with Federal Reserve Banks, millions of USD, weekly (H.4.1 (week average))
              2025-12-03  2858284
              2025-12-10  2932112

            """)
        #expect(shell.succeed("data show DGS10").contains("the last 20 of"))
    }

    @Test func setStartBuildsFromTheDataAndShowStartSourcesEveryFigure() throws {
        let (shell, _) = try Self.isolated()
        shell.succeed("set start 2024-06-12")
        #expect(shell.scenario.builtStart?.name == "2024-06-12")
        #expect(shell.scenario.startState.treasuryGeneralAccount == 650.212)
        let shown = shell.succeed("show start")
        #expect(shown.contains("  TGA                          $650.212B  WDTGAL 2024-06-12"))
        #expect(shown.contains("  reserves                   $3,455.134B  WRESBAL 2024-06-12"))
        #expect(shown.contains("DERIVED: total assets less every"))
        // Every figure line names a series and date, a DERIVED rule or an ASSUMED placeholder.
        for line in shown.split(separator: "\n").dropFirst() where line.hasPrefix("  ") && !line.hasPrefix("   ") {
            #expect(line.contains("DERIVED") || line.contains("ASSUMED") || line.contains(" 2024-06-"), "\(line)")
        }
        shell.succeed("undo")
        #expect(shell.scenario.builtStart == nil)
        shell.succeed("set start 2024-06-12; set start dec-2025")
        #expect(shell.scenario.builtStart == nil && shell.scenario.start == .december2025)
    }

    @Test func namedStartIsTheDataOfItsDay() throws {
        let (shell, _) = try Self.isolated()
        let shown = shell.succeed("use fomc-dec-2025; show start")
        #expect(shown.contains("  reserves                   $2,932.112B  WRESBAL 2025-12-10"))
        #expect(shown.contains("  TGA                          $805.827B  WDTGAL 2025-12-10"))
        #expect(shown.contains("  ON RRP                         $5.045B  WLRRAOL 2025-12-10"))
        #expect(!shown.contains("note: the data now give other figures"))
    }

    @Test func importOverridesAndForgetRestores() throws {
        let (shell, folder) = try Self.isolated()
        try folder.write("tga.csv", "\u{FEFF}observation_date,WDTGAL\r\n2025-12-03,850000\r\n2025-12-10,900000\r\n")
        let printed = shell.succeed("data import \(folder.path("tga.csv"))")
        #expect(
            printed.hasPrefix("imported WDTGAL: 2 observations, 2025-12-03..2025-12-10 (replaces the series fedsh had)")
        )
        #expect(shell.succeed("data list").contains("imported, overrides shipped"))
        shell.succeed("set start 2025-12-10")
        #expect(shell.scenario.startState.treasuryGeneralAccount == 900)
        shell.succeed("data forget wdtgal")
        #expect(folder.contents(of: "xdg/fedsh/series").isEmpty)
        shell.succeed("set start 2025-12-09; set start 2025-12-10")
        #expect(shell.scenario.startState.treasuryGeneralAccount == 805.827)
    }

    @Test func savedScriptReplaysTheImportAndRefusesAChangedFile() throws {
        let (shell, folder) = try Self.isolated()
        try folder.write("tga.csv", "observation_date,WDTGAL\n2025-12-03,850000\n2025-12-10,900000\n")
        shell.succeed("data import \(folder.path("tga.csv")); set start 2025-12-10; save \(folder.path("s.fed"))")
        let script = try String(contentsOfFile: folder.path("s.fed"), encoding: .utf8)
        #expect(script.contains("data import \"\(folder.path("tga.csv"))\" as WDTGAL --sha256 "))
        shell.succeed("save --minimal \(folder.path("minimal.fed"))")
        let minimal = try String(contentsOfFile: folder.path("minimal.fed"), encoding: .utf8)
        #expect(minimal.contains("\nreset\ndata import \""))
        #expect(minimal.contains("\nset start 2025-12-10\n"))
        let (replay, _) = try Self.isolated()
        replay.succeed("source \(folder.path("s.fed"))")
        #expect(replay.scenario == shell.scenario, "the replay starts from the same figures")
        try folder.write("tga.csv", "observation_date,WDTGAL\n2025-12-03,850000\n2025-12-10,1\n")
        let (changed, _) = try Self.isolated()
        let (outcome, printed) = changed.run("source \(folder.path("s.fed"))")
        #expect(outcome.failures == 1)
        #expect(printed.contains("tga.csv: has changed since the script was saved"))
        #expect(changed.scenario.builtStart == nil, "nothing of the script was kept")
    }

    @Test func dataPlotDrawsThroughTheChartRenderer() throws {
        let (shell, folder) = try Self.isolated()
        let printed = shell.succeed("data plot WRESBAL, WDTGAL 2025-01..2025-12 --svg \(folder.path("r.svg"))")
        #expect(printed.contains("WRESBAL"))
        #expect(printed.contains("wrote the chart as SVG to"))
        #expect(try String(contentsOfFile: folder.path("r.svg"), encoding: .utf8).contains("<svg"))
    }

    @Test func seriesIdsComplete() throws {
        let (shell, _) = try Self.isolated()
        let completion = shell.session.completions(lineBeforeCursor: "data show WRES")
        #expect(completion.replacing == 4)
        #expect(completion.candidates == ["wresbal"])
        #expect(shell.session.completions(lineBeforeCursor: "data f").candidates == ["forget"])
    }
}
