/// Padding and cutting for fixed-width tables.
extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func rightPadded(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The string without spaces at its end (table rows whose last columns are empty).
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    /// The string without its colour codes (ESC [ digits and semicolons m): what a terminal shows.
    ///
    /// By hand rather than with a regular expression: Foundation's compiles through ICU, whose first use
    /// maps more than a megabyte of Unicode tables into the process.
    var withoutColour: String {
        var kept = String.UnicodeScalarView(), scalars = unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\u{1B}", scalars.first == "[" {
                let rest = scalars.dropFirst().drop { $0 == ";" || ("0"..."9").contains($0) }
                if rest.first == "m" {
                    scalars = rest.dropFirst()
                    continue
                }
            }
            kept.append(scalar)
        }
        return String(kept)
    }

    /// At most `width` characters, ending in "…" when cut.
    func truncated(to width: Int) -> String {
        count <= width ? self : String(prefix(max(0, width - 1))) + "…"
    }
}
