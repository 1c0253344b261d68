import Foundation
import Testing
@testable import FedModel

/// docs/MODEL.md's tables say what the model computes, to the digits they show: §7a's central values
/// at 12 months (written by scripts/model-tables, which scripts/test also runs with --check for §7b's
/// bands), §6's model figures and §5a's parameter catalogue. When the model moves, these fail until the document is
/// regenerated or edited, so the document cannot drift from the code unnoticed.
struct ModelDocumentTablesTests {
    static let document: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/MODEL.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test func centralTableIsTheModelsCentralRunAtTwelveMonths() throws {
        let table = try #require(MarkdownTable.block("central", in: Self.document),
                                 "docs/MODEL.md has no <!-- model-tables: central --> block")
        let outputs = table.header.dropFirst().map { header in
            Output.allCases.first { header.contains("`\($0.rawValue)`") }
        }
        #expect(!outputs.contains { $0 == nil }, "a §7a column names no output: \(table.header)")
        #expect(table.rows.map(\.first) == Preset.all.map(\.name), "§7a lists every preset, in catalogue order")
        for row in table.rows {
            guard let preset = Preset.named(row[0]) else { continue }
            let month = Simulation(scenario: preset.scenario).run()[12]
            for (output, cell) in zip(outputs, row.dropFirst()) {
                guard let output else { continue }
                if output == .regime {
                    #expect(cell == month.regime.rawValue, "\(preset.name) regime")
                } else {
                    let value = output.value(in: month)
                    #expect(MarkdownTable.shows(value, cell),
                            "\(preset.name) \(output.rawValue): docs say \(cell), model \(value)")
                }
                if cell.contains("no SRF") { #expect(!preset.scenario.startState.hasStandingRepoFacility) }
            }
        }
    }

    @Test func parameterTablesAreTheCatalogue() {
        let rows = MarkdownTable.rows(in: Self.document, header: "| name | central | low | high | unit | status |")
        var seen = Set<String>()
        for row in rows {
            let name = row[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            guard let parameter = ModelParameter.named(name) else {
                Issue.record("§5a lists \(name), which is not a model parameter")
                continue
            }
            seen.insert(name)
            for (value, cell) in [(parameter.central, row[1]), (parameter.low, row[2]), (parameter.high, row[3])] {
                #expect(MarkdownTable.shows(value, cell), "\(name): docs say \(cell), catalogue \(value)")
            }
            #expect(row[4] == parameter.unit, "\(name) unit")
            #expect(row[5] == parameter.status.rawValue, "\(name) status")
        }
        #expect(seen == Set(ModelParameter.catalog.map(\.name)), "§5a lists every parameter once")
    }

    @Test func domainTableIsTheCatalogue() {
        let rows = MarkdownTable.rows(in: Self.document, header: "| name | calibrated range | domain | unit |")
        for row in rows {
            let name = row[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            guard let parameter = ModelParameter.named(name) else {
                Issue.record("§5a′ lists \(name), which is not a model parameter")
                continue
            }
            let range = row[1].components(separatedBy: " … "), domain = row[2].components(separatedBy: " … ")
            #expect(range.count == 2 && MarkdownTable.shows(parameter.low, range[0])
                    && MarkdownTable.shows(parameter.high, range[1]), "\(name) range: docs say \(row[1])")
            #expect(domain.count == 2 && MarkdownTable.shows(parameter.domain.lowerBound, domain[0])
                    && MarkdownTable.shows(parameter.domain.upperBound, domain[1]), "\(name) domain: \(row[2])")
        }
        #expect(Set(rows.map { $0[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")) })
                == Set(ModelParameter.catalog.map(\.name)), "§5a′ lists every parameter")
    }

    /// §6's anchors: each row's model figure (its first bold number) from the run it names.
    static let anchors: [(row: String, preset: String, month: Int, value: @Sendable (MonthResult) -> Double)] = [
        ("Dec 2025 reserve ratio", "baseline", 0, { $0.reserveRatio }),
        ("Dec 2025 EFFR − IORB", "baseline", 0, { $0.fundsSpread }),
        ("Dec 2025 SOFR − IORB, monthly average", "baseline", 0, { $0.repoSpread }),
        ("Dec 2025 month-end peak", "fomc-dec-2025", 1, { $0.repoPeakSpread }),
        ("SRF loans on a month end", "fomc-dec-2025", 1, { $0.peakDayStandingRepoLoans }),
        ("Sep 2019 reserve ratio", "repo-2019", 0, { $0.reserveRatio }),
        ("Sep 2019 EFFR − IOER", "repo-2019", 0, { $0.fundsSpread }),
        ("Sep 2019 SOFR − IOER, monthly average", "repo-2019", 0, { $0.repoSpread }),
        ("Hawkish hold (0 when 25 expected), 2y on the day", "hawkish-hold", 0, { $0.assets.twoYear.total }),
        ("Hawkish hold, 10y on the day", "hawkish-hold", 0, { $0.assets.tenYear.total }),
        ("Hawkish hold, S&P 500 on the day", "hawkish-hold", 0, { $0.assets.spx.total }),
        ("Fully expected cut, on the day", "baseline", 0, { $0.assets.spx.total }),
        ("`fomc-dec-2025`: Fed bills after month 1", "fomc-dec-2025", 1, { $0.balanceSheet.bills }),
        ("`fomc-dec-2025`: reserves after month 1", "fomc-dec-2025", 1, { $0.balanceSheet.reserves }),
        ("`fomc-dec-2025`: total assets in March 2026 (month 3)", "fomc-dec-2025", 3, { $0.balanceSheet.totalAssets }),
    ]

    @Test func anchorTableIsTheModelAtItsMonths() throws {
        let rows = MarkdownTable.rows(in: Self.document, header: "| anchor | target | source | model value (central) |")
        for anchor in Self.anchors {
            let row = try #require(rows.first { $0[0] == anchor.row }, "§6 has no row '\(anchor.row)'")
            let cell = try #require(row.last?.firstMatch(of: /\*\*\$?([^*]+)\*\*/)?.output.1, "\(anchor.row): no bold")
            let preset = try #require(Preset.named(anchor.preset))
            let path = Simulation(scenario: preset.scenario).run()
            let value = anchor.value(path[anchor.month])
            #expect(MarkdownTable.shows(value, String(cell)), "§6 \(anchor.row): docs say \(cell), model \(value)")
        }
        let regimes = [("Dec 2025 regime", "baseline"), ("Sep 2019 regime", "repo-2019")]
        for (label, preset) in regimes {
            let row = try #require(rows.first { $0[0] == label })
            let regime = Simulation(scenario: try #require(Preset.named(preset)).scenario).run()[0].regime
            #expect(row.last?.hasPrefix("**\(regime.rawValue)**") == true, "§6 \(label)")
        }
        let abundant = try #require(rows.first { $0[0].hasPrefix("EFFR − IORB at 19%") }?.last?
            .firstMatch(of: /\*\*([^*]+)\*\*/)?.output.1)
        #expect(MarkdownTable.shows(ReserveDemandCurve(.central).fundsSpread(19), String(abundant)), "§6 at 19%")
    }

    @Test func numbersAreReadToTheDigitsShown() {
        #expect(MarkdownTable.shows(2_859.341, "2,859.3"))
        #expect(MarkdownTable.shows(-0.853, "−0.85"))
        #expect(MarkdownTable.shows(9.266, "+9.3"))
        #expect(MarkdownTable.shows(0, "0 (no SRF)"))
        #expect(!MarkdownTable.shows(2_859.341, "2,859.4"))
        #expect(!MarkdownTable.shows(-0.853, "+0.85"))
        #expect(!MarkdownTable.shows(1, "ample"))
    }
}

/// Reads pipe tables out of a Markdown document.
enum MarkdownTable {
    struct Table {
        var header: [String]
        var rows: [[String]]
    }

    /// The table between `<!-- model-tables: NAME -->` and the next `<!-- model-tables: end -->`.
    static func block(_ name: String, in document: String) -> Table? {
        guard let start = document.range(of: "<!-- model-tables: \(name) -->"),
              let end = document.range(of: "<!-- model-tables: end -->", range: start.upperBound..<document.endIndex)
        else { return nil }
        let lines = document[start.upperBound..<end.lowerBound].split(separator: "\n").filter { $0.hasPrefix("|") }
        guard lines.count >= 2 else { return nil }
        return Table(header: cells(lines[0]), rows: lines.dropFirst(2).map(cells))
    }

    /// The body rows of every table whose header line starts with `header`.
    static func rows(in document: String, header: String) -> [[String]] {
        var rows: [[String]] = [], inside = false
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(header) {
                inside = true
            } else if inside, line.hasPrefix("|---") {
                continue
            } else if inside, line.hasPrefix("|") {
                rows.append(cells(line))
            } else {
                inside = false
            }
        }
        return rows
    }

    static func cells(_ line: Substring) -> [String] {
        line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Whether `cell`'s leading number (thousands commas, a true minus sign, + allowed) is `value` to the
    /// digits it shows: within half a unit of its last digit.
    static func shows(_ value: Double, _ cell: String) -> Bool {
        let text = cell.replacingOccurrences(of: "\u{2212}", with: "-").replacingOccurrences(of: ",", with: "")
        guard let match = text.firstMatch(of: /^[+-]?[0-9]+(\.[0-9]+)?/), let shown = Double(match.output.0)
        else { return false }
        let decimals = match.output.1.map { $0.count - 1 } ?? 0
        return abs(shown - value) <= 0.5 * pow(10, -Double(decimals)) + 1e-9
    }
}
