/// A grid of character cells that lines, bands and markers are drawn on. Lines are drawn at a finer
/// resolution inside each cell (braille: 2×4 dots) or one point per cell (ASCII); a cell shows, in
/// order of precedence, a point glyph, line dots, a vertical marker, or band shading.
struct ChartCanvas {
    let columns: Int
    let rows: Int
    let unicode: Bool
    /// Sub-cell resolution of lines: 2×4 for braille, 1×1 for ASCII.
    var dotsAcross: Int { unicode ? 2 : 1 }
    var dotsDown: Int { unicode ? 4 : 1 }

    private var dots: [[UInt8]]
    private var lineGlyphs: [[Character?]]
    private var glyphs: [[Character?]]
    private var bandDepth: [[Int]]
    private var markerColumns: Set<Int> = []

    init(columns: Int, rows: Int, unicode: Bool) {
        self.columns = columns
        self.rows = rows
        self.unicode = unicode
        dots = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        lineGlyphs = Array(repeating: Array(repeating: nil, count: columns), count: rows)
        glyphs = Array(repeating: Array(repeating: nil, count: columns), count: rows)
        bandDepth = Array(repeating: Array(repeating: 0, count: columns), count: rows)
    }

    /// Shades the cells of one column from `top` to `bottom` (row indices, inclusive).
    mutating func shade(column: Int, top: Int, bottom: Int) {
        guard columns > 0, rows > 0 else { return }
        let column = min(max(column, 0), columns - 1)
        for row in max(min(top, bottom), 0)...min(max(top, bottom), rows - 1) { bandDepth[row][column] += 1 }
    }

    /// A line between two points in dot coordinates (x across, y down), drawn with `glyph` in ASCII.
    mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), glyph: Character) {
        let steps = max(Int(max(abs(end.x - start.x), abs(end.y - start.y)).rounded(.up)), 1)
        for step in 0...steps {
            let fraction = Double(step) / Double(steps)
            plot(x: start.x + (end.x - start.x) * fraction, y: start.y + (end.y - start.y) * fraction, glyph: glyph)
        }
    }

    /// One dot (Unicode) or one glyph cell (ASCII) at dot coordinates.
    mutating func plot(x: Double, y: Double, glyph: Character) {
        let dotX = Int(x.rounded())
        let dotY = Int(y.rounded())
        guard dotX >= 0, dotY >= 0, dotX < columns * dotsAcross, dotY < rows * dotsDown else { return }
        let column = dotX / dotsAcross
        let row = dotY / dotsDown
        if unicode {
            dots[row][column] |= Self.brailleBit(x: dotX % 2, y: dotY % 4)
        } else {
            lineGlyphs[row][column] = glyph
        }
    }

    /// A point glyph in a cell, drawn over lines.
    mutating func mark(column: Int, row: Int, glyph: Character) {
        guard (0..<columns).contains(column), (0..<rows).contains(row) else { return }
        glyphs[row][column] = glyph
    }

    /// A vertical marker line down a whole column.
    mutating func verticalMarker(column: Int) {
        guard (0..<columns).contains(column) else { return }
        markerColumns.insert(column)
    }

    /// The text of one row.
    func text(row: Int) -> String {
        var line = ""
        for column in 0..<columns {
            if let glyph = glyphs[row][column] {
                line.append(glyph)
            } else if unicode, dots[row][column] != 0 {
                line.unicodeScalars.append(Unicode.Scalar(0x2800 + UInt32(dots[row][column]))!)
            } else if !unicode, let glyph = lineGlyphs[row][column] {
                line.append(glyph)
            } else if markerColumns.contains(column) {
                line.append(unicode ? "┊" : ":")
            } else if bandDepth[row][column] > 0 {
                line.append(unicode ? (bandDepth[row][column] > 1 ? "▒" : "░") : ".")
            } else {
                line.append(" ")
            }
        }
        return line
    }

    // Braille dot numbering: 1 2 3 7 down the left column, 4 5 6 8 down the right.
    private static func brailleBit(x: Int, y: Int) -> UInt8 {
        switch (x, y) {
        case (0, 0): return 0x01
        case (0, 1): return 0x02
        case (0, 2): return 0x04
        case (0, 3): return 0x40
        case (1, 0): return 0x08
        case (1, 1): return 0x10
        case (1, 2): return 0x20
        default: return 0x80
        }
    }
}
