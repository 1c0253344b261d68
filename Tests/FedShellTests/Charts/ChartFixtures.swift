import Foundation
import Testing
@testable import FedShell

/// Fixed chart data and golden-file helpers for the chart tests.
enum ChartFixtures {
    /// Two series in one unit, one with a band, and a marker: everything the renderer draws.
    static var twoSeries: ChartData {
        let months = (0...12).map(Double.init)
        let reserves = months.map { 2_900 + 40 * $0 - ($0 == 4 ? 120 : 0) }
        let band = zip(months, reserves).map { month, value in (value - 10 * month)...(value + 12 * month) }
        let tga: [Double] = months.map { 850 + ($0 == 4 ? 150 : 0) }
        return ChartData(
            title: "reserves, tga — fixture", yUnit: "$B", xCaption: "months after the decision (0 … 12)",
            xValues: months,
            series: [.init(name: "reserves", label: "reserves", values: reserves, band: band),
                     .init(name: "tga", label: "tga", values: tga, band: nil)],
            markers: [.init(x: 4, label: "April taxes")],
            note: "line: central · band: p10–p90 (fixture)")
    }

    static var regime: ChartData {
        ChartData(title: "regime — fixture", yUnit: "regime", xCaption: "months", xValues: (0...6).map(Double.init),
                  series: [.init(name: "regime", label: "regime", values: [1, 1, 2, 2, 1, 0, 0], band: nil)],
                  yCategories: ["abundant", "ample", "scarce"])
    }

    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares `text` with the golden file, or records it when FEDSH_RECORD_GOLDEN=1.
    static func checkGolden(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        let url = goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FEDSH_RECORD_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            text == expected,
            "differs from \(name) (re-record with FEDSH_RECORD_GOLDEN=1 after reading the new output)",
            sourceLocation: sourceLocation)
    }
}
