/// Series ids: FRED's (upper case letters, digits, `_`, `-`, `.`), also used as file names for imports.
enum SeriesIdentifier {
    static func validated(_ text: String, file: String) throws(DataError) -> String {
        let identifier = text.trimmedField.uppercased()
        let allowed = identifier.unicodeScalars.allSatisfy {
            ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "."
        }
        guard allowed, !identifier.isEmpty, !identifier.hasPrefix("."), identifier.count <= 64 else {
            throw DataError(file: file, .invalidIdentifier(text: text))
        }
        return identifier
    }
}

/// The factor that takes a Data Download Program file's values to the catalogue's unit for the id.
enum SeriesUnitScale {
    static func factor(metadata: [String: String], identifier: String, file: String, line: Int) throws(DataError)
        -> Double
    {
        guard let unitText = metadata["unit:"], let wanted = SeriesDescription.named(identifier)?.unit,
            let wantedBillions = wanted.billionsPerUnit
        else { return 1 }
        let unit = unitText.lowercased()
        let found: Double? =
            unit.contains("billion")
            ? 1
            : unit.contains("million")
                ? 0.001
                : unit.contains("dollar") || unit == "usd" ? 1e-9 : nil
        guard let found else {
            throw DataError(file: file, line: line, .unitMismatch(found: unitText, expected: wanted))
        }
        let multiplier = metadata["multiplier:"].flatMap { Double($0.trimmedField) } ?? 1
        return found * multiplier / wantedBillions
    }
}

import Foundation

extension String {
    /// Without leading and trailing spaces and tabs; returns `self` unchanged (no copy) when there are none.
    var trimmedField: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
        guard isBlank(first) || isBlank(last) else { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
