/// Why a data file was refused or a series could not be used. A value: the file, the line and column
/// (1-based, when one is to blame) and what was found there. Wording is in `DataError+Message.swift`.
package struct DataError: Error, Sendable, Equatable {
    package enum Problem: Sendable, Equatable {
        case missing
        case directory
        /// A FIFO, device or socket: never opened, since reading one could block or never end.
        case notRegularFile
        case tooLarge(bytes: Int, limit: Int)
        case unreadable(reason: String)
        /// Not UTF-8 text (e.g. a spreadsheet or an archive).
        case notText
        case empty
        /// The first row is data (it starts with a date): the header is missing.
        case noHeader(firstField: String)
        case unknownHeader(fields: [String])
        case wrongFieldCount(expected: Int, found: Int)
        case badDate(text: String)
        case badValue(text: String)
        case outOfOrder(day: Day, previous: Day)
        case duplicateDate(day: Day)
        /// Two observations closer than the series' frequency allows (e.g. a daily row in a weekly file).
        case mixedFrequency(gapDays: Int, frequency: SeriesDescription.Frequency)
        case noObservations
        case unitMismatch(found: String, expected: SeriesDescription.Unit)
        case invalidIdentifier(text: String)
        case notImported(identifier: String)
        case unknownSeries(identifier: String)
        /// A start state needs this series, which has no value on or before the day.
        case noObservation(identifier: String, day: Day)
        case cannotWrite(reason: String)
        case checksumMismatch(expected: String, found: String)
        /// `--sha256` given where no digest function was passed in.
        case cannotCheckDigest
    }

    package var file: String
    package var line: Int?
    package var column: Int?
    package var problem: Problem

    package init(file: String, line: Int? = nil, column: Int? = nil, _ problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }
}
