import Foundation
import Testing
@testable import FedData

struct SeriesFormatTests {
    static let expected = [
        Observation(day: Day(iso: "2025-11-26")!, value: 2_890_000),
        Observation(day: Day(iso: "2025-12-03")!, value: 2_901_000),
        Observation(day: Day(iso: "2025-12-10")!, value: 2_932_112),
    ]

    @Test(arguments: ["fred.csv", "alfred.csv", "plain.csv"])
    func everyFormatReadsTheSameSeries(name: String) throws {
        let series = try SeriesReader.read(Fixtures.url(name), identifier: "WRESBAL")
        #expect(series.identifier == "WRESBAL")
        #expect(series.observations == Self.expected)
    }

    @Test func fredHeaderNamesTheSeries() throws {
        #expect(try SeriesReader.read(Fixtures.url("fred.csv")).identifier == "WRESBAL")
        let old = try SeriesReader.read(Fixtures.url("fred-old-header.csv"))
        #expect(old.identifier == "WRESBAL")
        #expect(old.observations[1].value == nil, "'.' is FRED's missing value")
    }

    @Test func byteOrderMarkAndCarriageReturnsAreRead() throws {
        let series = try SeriesReader.read(Fixtures.url("fred-bom-crlf.csv"))
        #expect(series.identifier == "WDTGAL")
        #expect(series.observations.map(\.value) == [880_000, 850_000, 805_827])
    }

    @Test func alfredKeepsTheLatestVintage() throws {
        let series = try SeriesReader.read(Fixtures.url("alfred.csv"), identifier: "WRESBAL")
        #expect(series.observations.first?.value == 2_890_000, "the 2025-12-11 vintage, not the first release")
    }

    @Test func dataDownloadProgramIsScaledToTheCataloguesUnit() throws {
        let series = try SeriesReader.read(Fixtures.url("ddp-h41.csv"), identifier: "WRESBAL")
        #expect(
            series.observations.map(\.value) == [2_890_000, nil, 2_932_112], "billions → FRED's millions; ND missing")
        let named = try SeriesReader.read(Fixtures.url("ddp-h41.csv"))
        #expect(named.identifier == "RESH4S_N.WW", "without 'as ID' the file's own code")
    }

    @Test func fredTextRoundTrips() throws {
        let series = try SeriesReader.read(Fixtures.url("fred-old-header.csv"))
        let again = try SeriesReader.parse(Data(series.fredText.utf8), fileName: "again", identifier: "WRESBAL")
        #expect(again == series)
    }

    @Test func latestObservationSkipsMissingValues() throws {
        let series = try SeriesReader.read(Fixtures.url("fred-old-header.csv"))
        #expect(series.latest(onOrBefore: Day(iso: "2025-12-09")!)?.value == 2_890_000)
        #expect(series.latest(onOrBefore: Day(iso: "2025-11-25")!) == nil)
        #expect(series.observations(from: Day(iso: "2025-12-01"), through: nil).count == 2)
    }

    @Test func daysRoundTrip() {
        for text in ["1970-01-01", "2000-02-29", "2019-09-18", "2025-12-10", "1969-12-31"] {
            #expect(Day(iso: text)?.description == text)
        }
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2025-12-10")!.ordinal - Day(iso: "2025-12-03")!.ordinal == 7)
    }
}
