import CSV
import Foundation

/// Reads one series from a CSV file in any `SeriesFormat`, with CSV.swift doing the CSV. Refuses,
/// with a `DataError` naming the file and line, anything that is not a clean series.
package enum SeriesReader {
    /// Data files are small (FRED's longest daily series is under 1 MB); a larger file is refused
    /// before it is read.
    package static let sizeLimit = 16_000_000

    /// Reads the file at `url`. `identifier` (as in `data import FILE as ID`) overrides the id the
    /// file names; `displayName` is how errors name the file.
    package static func read(_ url: URL, identifier: String? = nil, displayName: String? = nil) throws(DataError)
        -> Series
    {
        let name = displayName ?? url.path
        let data = try contents(of: url, displayName: name)
        let fallback = url.deletingPathExtension().lastPathComponent
        return try parse(
            data, fileName: name, identifier: identifier ?? fallback, preferFileIdentifier: identifier == nil)
    }

    /// The bytes of a regular file no larger than the limit. Checks the file's type before opening it,
    /// so a FIFO never blocks.
    package static func contents(of url: URL, displayName name: String) throws(DataError) -> Data {
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: url.path) } catch {
            throw DataError(file: name, .missing)
        }
        switch attributes[.type] as? FileAttributeType {
        case .typeRegular?: break
        case .typeDirectory?: throw DataError(file: name, .directory)
        default: throw DataError(file: name, .notRegularFile)
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= sizeLimit else { throw DataError(file: name, .tooLarge(bytes: size, limit: sizeLimit)) }
        do { return try Data(contentsOf: url) } catch {
            throw DataError(file: name, .unreadable(reason: error.localizedDescription))
        }
    }

    /// Parses a file's bytes. With `preferFileIdentifier`, an id named inside the file (FRED header,
    /// DDP code) wins over `identifier`.
    package static func parse(_ data: Data, fileName: String, identifier: String,
                              preferFileIdentifier: Bool = false) throws(DataError) -> Series {
        let rows = try records(data, fileName: fileName)
        var cursor = 0
        var metadata: [String: String] = [:]
        // The Data Download Program puts metadata rows before the header.
        if rows.first?.fields.first?.trimmedField == "Series Description" {
            while cursor < rows.count, rows[cursor].fields.first?.trimmedField != "Time Period" {
                let fields = rows[cursor].fields
                if fields.count >= 2 { metadata[fields[0].trimmedField.lowercased()] = fields[1] }
                cursor += 1
            }
            guard cursor < rows.count else { throw DataError(file: fileName, line: rows.last?.line, .noObservations) }
        }
        guard cursor < rows.count else { throw DataError(file: fileName, .empty) }
        let header = rows[cursor]
        guard let layout = SeriesLayout(header: header.fields) else {
            if Day(iso: header.fields[0].trimmedField) != nil {
                throw DataError(file: fileName, line: header.line, column: 1, .noHeader(firstField: header.fields[0]))
            }
            throw DataError(file: fileName, line: header.line, column: 1, .unknownHeader(fields: header.fields))
        }
        let chosen = preferFileIdentifier ? (layout.namedIdentifier ?? identifier) : identifier
        let seriesIdentifier = try SeriesIdentifier.validated(chosen, file: fileName)
        let scale = try SeriesUnitScale.factor(metadata: metadata, identifier: seriesIdentifier, file: fileName,
                                               line: header.line)
        let parsed = try SeriesRows(layout: layout, file: fileName, scale: scale).observations(rows[(cursor + 1)...])
        return Series(identifier: seriesIdentifier, observations: parsed)
    }

    /// The CSV records with their line numbers (blank lines skipped).
    private static func records(_ data: Data, fileName: String) throws(DataError) -> [(line: Int, fields: [String])] {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        let (blank, hasZero) = body.withUnsafeBytes { bytes in
            (bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }, bytes.contains(0))
        }
        guard !blank else { throw DataError(file: fileName, .empty) }
        guard !hasZero, let text = String(data: Data(body), encoding: .utf8) else {
            throw DataError(file: fileName, .notText)
        }
        // From the decoded string: CSV.swift's byte-stream reader is several times slower, and the
        // text is already checked as UTF-8 (the BOM is dropped above).
        let reader: CSVReader
        do { reader = try CSVReader(string: text) } catch { throw DataError(file: fileName, .notText) }
        var result: [(line: Int, fields: [String])] = []
        var line = 0
        while let fields = reader.next() {
            line += 1
            if fields.count == 1, fields[0].trimmedField.isEmpty { continue }
            result.append((line, fields))
        }
        if reader.error != nil { throw DataError(file: fileName, line: line + 1, .notText) }
        return result
    }
}
