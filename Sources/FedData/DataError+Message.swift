/// The one place data errors are worded.
extension DataError {
    /// `file:line:col: ` where a position is known.
    package var location: String {
        [file, line.map(String.init), column.map(String.init)].compactMap { $0 }.joined(separator: ":")
    }

    /// Whether the error is about a series rather than a file (`file` then holds the id).
    package var isAboutSeries: Bool {
        switch problem {
        case .notImported, .unknownSeries, .noObservation: return true
        default: return false
        }
    }

    /// One sentence saying what is wrong.
    package var message: String {
        switch problem {
        case .missing: return "no such file"
        case .directory: return "is a folder, not a data file"
        case .notRegularFile:
            return "is not a regular file (a pipe, device or socket); fedsh reads data only from files"
        case .tooLarge(let bytes, let limit):
            return "is \(bytes / 1_000_000) MB; data files are at most \(limit / 1_000_000) MB"
        case .unreadable(let reason): return "cannot be read: \(reason)"
        case .notText: return "is not a CSV text file (not UTF-8 text)"
        case .empty: return "is empty"
        case .noHeader(let field): return "has no header row: the first row starts with the date '\(field)'"
        case .unknownHeader(let fields): return "has a header fedsh does not know: '\(fields.joined(separator: ","))'"
        case .wrongFieldCount(let expected, let found): return "has \(found) fields where the header has \(expected)"
        case .badDate(let text): return "'\(text)' is not a date (YYYY-MM-DD)"
        case .badValue(let text): return "'\(text)' is not a number"
        case .outOfOrder(let day, let previous): return "\(day) comes after \(previous): dates must increase"
        case .duplicateDate(let day): return "\(day) appears twice"
        case .mixedFrequency(let gap, let frequency):
            return
                """
                    two observations \(gap) day\(gap == 1 ? "" : "s") apart in a \(frequency.rawValue) series: mixed \
                    frequencies
                    """
        case .noObservations: return "has a header but no observations"
        case .unitMismatch(let found, let expected):
            return "is in '\(found)', but this series is kept in \(expected.rawValue)"
        case .invalidIdentifier(let text):
            return "'\(text)' is not a series id (letters, digits, '_', '-', '.'; not starting with '.')"
        case .notImported(let identifier): return "\(identifier) is not an imported series"
        case .unknownSeries(let identifier): return "no series \(identifier)"
        case .noObservation(let identifier, let day): return "\(identifier) has no observation on or before \(day)"
        case .cannotWrite(let reason): return "cannot be written: \(reason)"
        case .cannotCheckDigest: return "cannot be checked: this fedsh has no SHA-256"
        case .checksumMismatch(let expected, let found):
            return
                "has changed since the script was saved (sha256 \(found.prefix(12))…, expected \(expected.prefix(12))…)"
        }
    }

    /// What to do about it, when there is something to say.
    package var help: String? {
        switch problem {
        case .noHeader, .unknownHeader:
            return
                "fedsh reads FRED CSV (observation_date,ID or DATE,ID), "
                + "ALFRED vintages (realtime_start,realtime_end,...), "
                + "the Fed's Data Download Program CSV (Time Period) and plain date,value"
        case .notText, .tooLarge, .notRegularFile, .directory:
            return "download the series from FRED as CSV (fred.stlouisfed.org, Download → CSV)"
        case .mixedFrequency: return "import one frequency per file"
        case .unitMismatch: return "download the FRED series of the same id, or convert the file to the unit shown"
        case .checksumMismatch: return "re-import the file and save the script again to accept the new data"
        case .notImported, .unknownSeries, .noObservation: return "'data list' shows every series and its dates"
        default: return nil
        }
    }
}
