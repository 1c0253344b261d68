/// Text that came from input, made safe to print: control characters in caret notation (`^[` for
/// ESC, `^?` for DEL), C1 controls as U+FFFD, and the invisible characters that reorder or hide
/// text (bidi controls, zero-width characters) as `<U+202E>`. Text from someone else's script must
/// not move the cursor, retitle the window, ring the bell or read differently from what it is.
package enum TextSanitizer {
    /// Bidi embeddings, overrides and isolates, marks, zero-width characters and the BOM.
    package static func isInvisibleFormatting(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether a scalar must not reach a terminal as it is (tab and line feed may).
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00..<0x20, 0x7F..<0xA0: return true
        default: return isInvisibleFormatting(scalar)
        }
    }

    /// The text with every unsafe scalar made visible; text without any comes back unchanged.
    package static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case _ where !isUnsafe(scalar): result.append(scalar)
            case 0x00..<0x20: result.append("^"); result.append(Unicode.Scalar(UInt8(scalar.value + 64)))
            case 0x7F: result.append(contentsOf: "^?".unicodeScalars)
            case 0x80..<0xA0: result.append("\u{FFFD}")
            default: result.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
            }
        }
        return String(result)
    }
}
