import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

/// `export FILE.csv|FILE.json`: shapes that parse, numbers that match eval, no clobbering.
struct ExportTests {
    private func evaluated() -> Harness {
        let harness = Harness()
        harness.succeed("set draws 200; use cabana; param btc_beta 2.5; eval")
        return harness
    }

    @Test func csvHasAHeaderAndOneRowPerMonthMatchingEval() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = evaluated()
        let printed = harness.succeed("export \(folder.path("paths.csv"))")
        #expect(printed.hasPrefix("exported 13 months"))
        let rows = try folder.read("paths.csv").split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = rows[0]
        #expect(header.prefix(3) == ["month", "date", "total_assets"])
        #expect(rows.count == 14)
        #expect(rows.allSatisfy { $0.count == header.count })
        #expect(rows[1][0] == "0" && rows[1][1] == "2025-12" && rows[13][1] == "2026-12")
        let last = Dictionary(uniqueKeysWithValues: zip(header, rows[13]))
        let results = try #require(harness.session.results)
        for output in Output.allCases where output != .regime {
            let central = try #require(Double(last[output.rawValue]!))
            #expect(central == output.value(in: results.horizon))
            let band = try #require(results.bands.band(output, month: 12))
            #expect(Double(last[output.rawValue + "_p10"]!) == band.p10)
            #expect(Double(last[output.rawValue + "_p90"]!) == band.p90)
        }
        #expect(last["regime"] == results.horizon.regime.rawValue)
        // The same number eval's expressions see.
        let reserves = harness.succeed("print reserves").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(reserves == ReportFormat.money(Double(last["reserves"]!)!))
    }

    @Test func jsonExtendsTheEvalSummary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = evaluated()
        harness.succeed("export \(folder.path("run.json"))")
        let data = try Data(contentsOf: URL(fileURLWithPath: folder.path("run.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summaryText = harness.succeed("eval --json")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(summaryText.utf8)) as? [String: Any])
        for key in summary.keys { #expect(object[key] != nil, "missing \(key)") }
        #expect(
            NSDictionary(dictionary: object["outputs"] as! [String: Any])
                == NSDictionary(dictionary: summary["outputs"] as! [String: Any]))
        #expect(object["version"] as? Int == 1)
        let variables = try #require(object["variables"] as? [String: String])
        #expect(variables["purchases"] == "$45B/month")
        let parameters = try #require(object["parameters"] as? [String: [String: Any]])
        #expect(parameters["btc_beta"]?["value"] as? Double == 2.5)
        let months = try #require(object["months"] as? [[String: Any]])
        #expect(months.count == 13)
        #expect(months[12]["month"] as? Int == 12)
        let outputs = try #require(months[12]["outputs"] as? [String: [String: Any]])
        let results = try #require(harness.session.results)
        #expect(outputs["reserves"]?["central"] as? Double == Output.reserves.value(in: results.horizon))
        #expect(outputs["regime"]?["central"] as? String == results.horizon.regime.rawValue)
    }

    @Test func exportRefusesToOverwriteWithoutForce() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("keep.csv", "mine\n")
        let harness = Harness()
        harness.succeed("set draws 100")
        let (outcome, text) = harness.run("export \(folder.path("keep.csv"))")
        #expect(outcome.failures == 1)
        #expect(text.contains("already exists"))
        #expect(text.contains("export --force"))
        #expect(try folder.read("keep.csv") == "mine\n")
        harness.succeed("export --force \(folder.path("keep.csv"))")
        #expect(try folder.read("keep.csv").hasPrefix("month,date,"))
    }

    @Test(arguments: ["out.txt", "out", "out.CSVX"])
    func anUnknownExtensionIsAClearError(name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let harness = Harness()
        let (outcome, text) = harness.run("export \(folder.path(name))")
        #expect(outcome.failures == 1)
        #expect(text.contains("export writes .csv or .json files"))
        #expect(!folder.exists(name))
    }
}
