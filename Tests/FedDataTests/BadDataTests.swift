import Foundation
import Testing
@testable import FedData

/// Every kind of bad data file gets a clear error that names the file and, where one is to blame,
/// the line; nothing is kept.
struct BadDataTests {
    static let cases: [(name: String, text: String, problem: DataError.Problem, line: Int?)] = [
        ("empty", "", .empty, nil),
        ("blank", "\n\r\n  \n", .empty, nil),
        ("no header", "2025-12-03,1\n2025-12-10,2\n", .noHeader(firstField: "2025-12-03"), 1),
        ("unknown header", "when,how much\n2025-12-10,2\n", .unknownHeader(fields: ["when", "how much"]), 1),
        (
            "not CSV", "<html><body>Not found</body></html>\n",
            .unknownHeader(fields: ["<html><body>Not found</body></html>"]), 1
        ),
        ("header only", "observation_date,WALCL\n", .noObservations, nil),
        ("non-numeric", "observation_date,WALCL\n2025-12-03,1\n2025-12-10,lots\n", .badValue(text: "lots"), 3),
        ("infinite", "observation_date,WALCL\n2025-12-10,inf\n", .badValue(text: "inf"), 2),
        ("bad date", "observation_date,WALCL\n12/10/2025,1\n", .badDate(text: "12/10/2025"), 2),
        ("out of order", "observation_date,WALCL\n2025-12-10,1\n2025-12-03,2\n",
         .outOfOrder(day: Day(iso: "2025-12-03")!, previous: Day(iso: "2025-12-10")!), 3),
        (
            "duplicate", "observation_date,WALCL\n2025-12-03,1\n2025-12-03,2\n",
            .duplicateDate(day: Day(iso: "2025-12-03")!), 3
        ),
        (
            "mixed frequencies",
            "observation_date,WALCL\n2025-11-19,1\n2025-11-26,1\n2025-12-03,1\n2025-12-04,1\n2025-12-10,1\n",
            .mixedFrequency(gapDays: 1, frequency: .weekly), 5
        ),
        ("ragged row", "observation_date,WALCL\n2025-12-10,1,2\n", .wrongFieldCount(expected: 2, found: 3), 2),
        ("bad id", "observation_date,../etc\n2025-12-10,1\n", .invalidIdentifier(text: "../etc"), nil),
        ("DDP unit", "\"Series Description\",\"x\"\n\"Unit:\",\"Percent\"\n\"Time Period\",\"X\"\n2025-12-10,1\n",
         .unitMismatch(found: "Percent", expected: .millionsOfDollars), 3),
    ]

    @Test(arguments: cases.indices)
    func badFileIsRefused(index: Int) throws {
        let entry = Self.cases[index]
        let folder = TemporaryFolder()
        let file = folder.write(entry.text, to: "bad.csv")
        let error = try #require(readError(file, as: entry.name == "DDP unit" ? "WALCL" : nil), "\(entry.name)")
        #expect(error.problem == entry.problem, "\(entry.name)")
        #expect(error.line == entry.line, "\(entry.name)")
        #expect(error.file == "bad.csv")
        #expect(!error.message.isEmpty)
    }

    @Test func binaryFileIsNotText() throws {
        let folder = TemporaryFolder()
        let zip = folder.write(Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0xFE]), to: "series.xlsx")
        #expect(readError(zip)?.problem == .notText)
        let latin1 = folder.write(
            Data("observation_date,X\n2025-12-10,1\u{E9}\n".utf8.map { $0 == 0xC3 ? 0xE9 : $0 }), to: "latin.csv")
        #expect(readError(latin1)?.problem == .notText)
    }

    @Test func valueErrorNamesTheColumn() throws {
        let folder = TemporaryFolder()
        let file = folder.write("observation_date,WALCL\n2025-12-10,12x\n", to: "walcl.csv")
        let error = try #require(readError(file))
        #expect(error.location == "walcl.csv:2:12")
    }

    @Test func hundredMegabyteFileIsRefusedUnread() throws {
        let folder = TemporaryFolder()
        let file = folder.write("observation_date,WALCL\n", to: "huge.csv")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 100_000_000)
        try handle.close()
        #expect(readError(file)?.problem == .tooLarge(bytes: 100_000_000, limit: SeriesReader.sizeLimit))
    }

    @Test func folderFifoAndMissingFileAreRefused() throws {
        let folder = TemporaryFolder()
        #expect(readError(folder.url)?.problem == .directory)
        let fifo = folder.url.appendingPathComponent("pipe.csv")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(readError(fifo)?.problem == .notRegularFile, "refused without opening, so the test does not block")
        #expect(readError(folder.url.appendingPathComponent("absent.csv"))?.problem == .missing)
    }

    @Test func everyProblemHasWording() {
        let problems: [DataError.Problem] =
            Self.cases.map(\.problem) + [
                .missing, .directory, .notRegularFile, .tooLarge(bytes: 1, limit: 1), .unreadable(reason: "x"),
                .notText,
                .notImported(identifier: "X"), .unknownSeries(identifier: "X"), .cannotWrite(reason: "x"),
                .checksumMismatch(expected: "ab", found: "cd"), .cannotCheckDigest,
                .noObservation(identifier: "X", day: .snapshotEnd),
            ]
        for problem in problems { #expect(!DataError(file: "f", problem).message.isEmpty) }
    }
}
