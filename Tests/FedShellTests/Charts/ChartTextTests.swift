import Testing
@testable import FedShell

/// The terminal renderer on fixed data: golden output, width, ASCII, scale arithmetic.
struct ChartTextTests {
    @Test func unicodeChartMatchesGolden() throws {
        let text = TextChart(data: ChartFixtures.twoSeries, width: 72, unicode: true).text
        try ChartFixtures.checkGolden(text, named: "chart-unicode.txt")
    }

    @Test func asciiChartMatchesGolden() throws {
        let text = TextChart(data: ChartFixtures.twoSeries, width: 72, unicode: false).text
        try ChartFixtures.checkGolden(text, named: "chart-ascii.txt")
    }

    @Test func regimeChartMatchesGolden() throws {
        let text = TextChart(data: ChartFixtures.regime, width: 50, unicode: true).text
        try ChartFixtures.checkGolden(text, named: "chart-regime.txt")
        #expect(text.contains("scarce ┤"))
        #expect(text.contains("abundant ┤"))
    }

    @Test(arguments: [10, 40, 41, 57, 80, 133], [true, false])
    func noLineIsLongerThanTheWidth(width: Int, unicode: Bool) {
        let text = TextChart(data: ChartFixtures.twoSeries, width: width, unicode: unicode).text
        let limit = max(width, TextChart.minimumWidth)
        for line in text.split(separator: "\n") { #expect(line.count <= limit, "\(line)") }
    }

    @Test func heightIsFixed() {
        let short = TextChart(data: ChartFixtures.twoSeries, width: 80, height: 12, unicode: true).text
        let tall = TextChart(data: ChartFixtures.twoSeries, width: 80, height: 16, unicode: true).text
        #expect(tall.split(separator: "\n").count - short.split(separator: "\n").count == 4)
    }

    @Test func asciiChartIsPlainASCII() {
        let text = TextChart(data: ChartFixtures.twoSeries, width: 60, unicode: false).text
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("*"))
        #expect(text.contains("."))
        #expect(text.contains("|"))
    }

    @Test func unicodeChartShowsBandLegendAndMarker() {
        let text = TextChart(data: ChartFixtures.twoSeries, width: 80, unicode: true).text
        #expect(text.contains("░"))
        #expect(text.contains("● reserves"))
        #expect(text.contains("■ tga"))
        #expect(text.contains("┊ April taxes"))
        #expect(text.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) })
    }

    @Test(arguments: [(0.7, 1.0), (3.0, 5.0), (2.1, 2.5), (240, 250), (0.013, 0.02), (1_000_000, 1_000_000)])
    func niceSteps(raw: Double, expected: Double) {
        #expect(ChartScale.niceStep(raw) == expected)
    }

    @Test func labelsGroupThousandsAndUseATrueMinus() {
        #expect(ChartScale.label(3_250, step: 250) == "3,250")
        #expect(ChartScale.label(-2.5, step: 2.5) == "−2.5")
        #expect(ChartScale.label(0.30000000000000004, step: 0.1) == "0.3")
        #expect(ChartScale.label(-0.0001, step: 1) == "0")
    }

    @Test func axisCoversTheDataWithWholeTicks() {
        let axis = ChartScale.axis(covering: 2_943...4_241, intervals: 4)
        #expect(axis.range.lowerBound <= 2_943 && axis.range.upperBound >= 4_241)
        #expect(axis.ticks.first == axis.range.lowerBound && axis.ticks.last == axis.range.upperBound)
        let flat = ChartScale.axis(covering: 5...5, intervals: 4)
        #expect(flat.range.lowerBound < 5 && flat.range.upperBound > 5)
    }

    @Test func normalisedSeriesRunsFromZeroToAHundred() {
        let series = ChartData.Series(name: "x", label: "x", values: [10, 20, 30], band: nil).normalised()
        #expect(series.values == [0, 50, 100])
        let flat = ChartData.Series(name: "y", label: "y", values: [4, 4], band: nil).normalised()
        #expect(flat.values == [50, 50])
    }
}
