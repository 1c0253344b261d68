import Foundation
import Testing
@testable import FedData

struct SeriesLibraryTests {
    @Test func everyShippedFileIsCataloguedAndReads() throws {
        let entries = shippedLibrary.entries()
        #expect(entries.count == 46)
        for entry in entries {
            let description = try #require(entry.description, "\(entry.identifier) is in the catalogue")
            let series = try #require(try shippedLibrary.series(entry.identifier))
            #expect(series.last! <= .snapshotEnd, "\(entry.identifier): nothing after 10 Dec 2025")
            #expect(entry.origin == .shipped)
            if description.frequency == .weekly {
                #expect(series.observations.count > 500, "\(entry.identifier)")
            }
        }
    }

    @Test func importOverridesTheShippedSeriesUntilForgotten() throws {
        let folder = TemporaryFolder()
        let library = SeriesLibrary(importFolder: folder.url.appendingPathComponent("series"))
        let shipped = try #require(try library.series("WRESBAL"))
        try library.importSeries(from: Fixtures.url("ddp-h41.csv"), as: "wresbal", displayName: "ddp-h41.csv")
        #expect(folder.contents(of: "series") == ["WRESBAL.csv"])
        let entry = try #require(library.entries().first { $0.identifier == "WRESBAL" })
        #expect(entry.origin == .imported && entry.overridesShipped)
        #expect(try library.series("WRESBAL")?.observations.count == 3)
        // A fresh library (a new session) finds the import on disk.
        let again = SeriesLibrary(importFolder: folder.url.appendingPathComponent("series"))
        #expect(try again.series("WRESBAL")?.observations.count == 3)
        try again.forget("WRESBAL")
        #expect(folder.contents(of: "series").isEmpty)
        #expect(try again.series("WRESBAL") == shipped)
        #expect(throws: DataError.self) { try again.forget("WRESBAL") }
    }

    @Test func failedImportLeavesNothing() throws {
        let folder = TemporaryFolder()
        let library = SeriesLibrary(importFolder: folder.url.appendingPathComponent("series"))
        let bad = folder.write("observation_date,WALCL\n2025-12-03,1\n2025-12-10,x\n", to: "bad.csv")
        #expect(throws: DataError.self) { try library.importSeries(from: bad, as: nil, displayName: "bad.csv") }
        #expect(folder.contents(of: "series").isEmpty)
        #expect(try library.series("WALCL")?.last == .snapshotEnd, "the shipped series is untouched")
    }

    @Test func importedSeriesChangesTheStartState() throws {
        let folder = TemporaryFolder()
        let library = SeriesLibrary(importFolder: folder.url.appendingPathComponent("series"))
        let file = folder.write("observation_date,WDTGAL\n2025-12-03,850000\n2025-12-10,900000\n", to: "tga.csv")
        try library.importSeries(from: file, as: nil, displayName: "tga.csv")
        let report = try StartStateBuilder(library: library).build(on: .snapshotEnd)
        #expect(report.state.treasuryGeneralAccount == 900)
        #expect(report.state.reserves.rounded() == 2_932, "reserves stay the published figure; the residual moves")
    }
}
