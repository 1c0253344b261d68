import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import FedShell

/// Collects the elements of an SVG document with XMLParser (XMLDocument is not on Linux).
final class SVGElements: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
    }

    var elements: [Element] = []
    var text = ""

    static func parse(_ svg: String) -> (elements: [Element], text: String)? {
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = SVGElements()
        parser.delegate = collector
        guard parser.parse() else { return nil }
        return (collector.elements, collector.text)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(Element(name: elementName, attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

struct ChartSVGTests {
    @Test func svgIsWellFormedWithSizeAndViewBox() throws {
        let svg = SVGChart(panels: [ChartFixtures.twoSeries, ChartFixtures.regime], title: "fixture").text
        let parsed = try #require(SVGElements.parse(svg))
        let root = try #require(parsed.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["width"] == "760")
        let height = try #require(root.attributes["height"].flatMap(Int.init))
        #expect(root.attributes["viewBox"] == "0 0 760 \(height)")
        #expect(parsed.elements.contains { $0.name == "title" })
    }

    @Test func oneSeriesPathAndOneBandPerOutput() throws {
        let svg = SVGChart(panels: [ChartFixtures.twoSeries, ChartFixtures.regime], title: "fixture").text
        let parsed = try #require(SVGElements.parse(svg))
        let series = parsed.elements.filter { ($0.attributes["class"] ?? "").hasPrefix("series ") }
        #expect(series.map { $0.attributes["id"] ?? "" } == ["series-reserves", "series-tga", "series-regime"])
        #expect(series.allSatisfy { $0.name == "path" && ($0.attributes["d"] ?? "").hasPrefix("M") })
        let bands = parsed.elements.filter { ($0.attributes["class"] ?? "").hasPrefix("band ") }
        #expect(bands.map { $0.attributes["id"] ?? "" } == ["band-reserves"])
        let opacity = try #require(bands.first?.attributes["fill-opacity"].flatMap(Double.init))
        #expect(opacity > 0 && opacity < 1)
        #expect(parsed.text.contains("reserves, tga — fixture"))
        #expect(parsed.text.contains("abundant"))
        #expect(parsed.text.contains("April taxes"))
    }

    @Test func textIsEscaped() throws {
        var data = ChartFixtures.twoSeries
        data.title = "a < b & \"c\" > 'd'"
        data.series[0].label = "<script>"
        let svg = SVGChart(panels: [data], title: "x & y").text
        let parsed = try #require(SVGElements.parse(svg))
        #expect(parsed.text.contains("a < b & \"c\" > 'd'"))
        #expect(parsed.text.contains("<script>"))
        #expect(!svg.contains("<script>"))
    }
}

/// The legend shows what is drawn (first-day review, defect 15): a band's swatch in the band's own
/// colour, and no entry for a band that draws nothing.
struct ChartLegendTests {
    private func elements(_ panels: [ChartData]) throws -> [SVGElements.Element] {
        try #require(SVGElements.parse(SVGChart(panels: panels, title: "legend").text)).elements
    }

    @Test func theBandSwatchHasTheBandsColour() throws {
        let parsed = try elements([ChartFixtures.twoSeries])
        let band = try #require(parsed.first { ($0.attributes["class"] ?? "").hasPrefix("band ") })
        let swatches = parsed.filter { $0.attributes["class"] == "swatch band" }
        #expect(swatches.count == 1)
        #expect(swatches.first?.attributes["fill"] == band.attributes["fill"])
        #expect(swatches.first?.attributes["fill-opacity"] == band.attributes["fill-opacity"])
    }

    @Test func eachBandedSeriesHasASwatchInItsColour() throws {
        var data = ChartFixtures.twoSeries
        data.series[1].band = data.series[1].values.map { ($0 - 20)...($0 + 20) }
        let parsed = try elements([data])
        let bands = parsed.filter { ($0.attributes["class"] ?? "").hasPrefix("band ") }.map { $0.attributes["fill"] }
        let swatches = parsed.filter { $0.attributes["class"] == "swatch band" }.map { $0.attributes["fill"] }
        #expect(bands.count == 2)
        #expect(swatches == bands)
        #expect(Set(bands).count == 2)
    }

    @Test func aBandThatDrawsNothingHasNoLegendEntry() throws {
        var regime = ChartFixtures.regime
        regime.series[0].band = regime.series[0].values.map { $0...$0 }
        let svg = SVGChart(panels: [regime], title: "legend").text
        #expect(!svg.contains("p10–p90"))
        #expect(!svg.contains("class=\"band "))
        let text = TextChart(data: regime, width: 80).text
        #expect(!text.contains("p10–p90"))
    }
}
