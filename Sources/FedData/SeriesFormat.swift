/// The CSV layouts fedsh reads, told apart by their header.
package enum SeriesFormat: String, Sendable, CaseIterable {
    /// FRED: `observation_date,ID` (or the older `DATE,ID`), `.` for missing.
    case fred = "FRED CSV"
    /// ALFRED vintages: `realtime_start,realtime_end,` then the date and value; the latest vintage of
    /// each date is kept.
    case alfred = "ALFRED vintages"
    /// The Fed's Data Download Program: metadata rows (`Series Description`, `Unit:`, `Multiplier:`…),
    /// then `Time Period,CODE`; `ND` and `NA` for missing.
    case dataDownloadProgram = "Data Download Program CSV"
    /// `date,value`.
    case plain = "date,value"

    /// Values that mean "no observation" in this format.
    var missingMarkers: Set<String> {
        switch self {
        case .fred, .alfred: return [".", ""]
        case .dataDownloadProgram: return ["ND", "NA", ""]
        case .plain: return [".", "", "NA", "ND"]
        }
    }
}

/// Where a format keeps its date and value columns, found from the header row.
struct SeriesLayout {
    var format: SeriesFormat
    var dateColumn: Int
    var valueColumn: Int
    var fieldCount: Int
    /// The id the file names (FRED header, DDP series code), if any.
    var namedIdentifier: String?
    var vintageColumn: Int?

    /// `nil` when the header is not one fedsh knows.
    init?(header: [String]) {
        let names = header.map { $0.trimmedField.lowercased() }
        fieldCount = header.count
        if let start = names.firstIndex(of: "realtime_start"), names.contains("realtime_end"),
           let date = names.firstIndex(where: { $0 == "date" || $0 == "observation_date" }) {
            let others = names.indices.filter { !["realtime_start", "realtime_end"].contains(names[$0]) && $0 != date }
            guard others.count == 1 else { return nil }
            format = .alfred
            dateColumn = date
            valueColumn = others[0]
            vintageColumn = start
            namedIdentifier = names[others[0]] == "value" ? nil : header[others[0]]
        } else if names.count == 2, names[0] == "observation_date" || names[0] == "date" {
            format = names[1] == "value" ? .plain : .fred
            dateColumn = 0
            valueColumn = 1
            namedIdentifier = format == .fred ? header[1].trimmedField : nil
        } else if names.count == 2, names[0] == "time period" {
            format = .dataDownloadProgram
            dateColumn = 0
            valueColumn = 1
            namedIdentifier = header[1].trimmedField
        } else {
            return nil
        }
    }
}

import Foundation
