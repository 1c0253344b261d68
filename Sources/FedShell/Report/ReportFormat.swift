import FedLanguage
import FedModel
import Foundation

/// Number styles for reports: short, signed where a change is meant, units always printed.
enum ReportFormat {
    private static let short = ValueFormatter(precision: .short)

    /// $6.553T, $45B, $0.
    static func money(_ billions: Double) -> String {
        abs(billions) < 0.05 ? "$0" : short.format(.money(billions * 1e9), in: .dollars)
    }

    /// +$445B / −$37B.
    static func moneyChange(_ billions: Double) -> String {
        abs(billions) < 0.05 ? "$0" : (billions > 0 ? "+" : "−") + money(abs(billions))
    }

    /// A signed number with fixed decimals and a unit: +4.0bp, −1.2%.
    static func signed(_ number: Double, decimals: Int, unit: String) -> String {
        let rounded = (number * pow(10, Double(decimals))).rounded() / pow(10, Double(decimals))
        let magnitude = String(format: "%.\(decimals)f", abs(rounded))
        let sign = rounded > 0 ? "+" : rounded < 0 ? "−" : ""
        return sign + magnitude + unit
    }

    static func plain(_ number: Double, decimals: Int, unit: String = "") -> String {
        String(format: "%.\(decimals)f", number).replacingOccurrences(of: "-", with: "−") + unit
    }

    /// 6,846.51 → "6,847"; 3.59 → "3.59", 3.5 → "3.5" (at most two decimals below 100).
    ///
    /// By hand rather than with NumberFormatter: its first use maps ICU's locale data (≈ 4 MiB resident)
    /// into the process for a thousands separator.
    static func level(_ number: Double) -> String {
        var text = String(format: number < 100 ? "%.2f" : "%.0f", number)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = groupedThousands(String(parts[0])) + (parts.count > 1 ? "." + parts[1] : "")
        return negative && whole != "0" ? "-" + whole : whole
    }

    /// "1234567" → "1,234,567": a run of digits with a comma every three from the right.
    static func groupedThousands(_ digits: String) -> String {
        var whole = Substring(digits), grouped = ""
        while whole.count > 3 {
            grouped = "," + whole.suffix(3) + grouped
            whole = whole.dropLast(3)
        }
        return whole + grouped
    }

    /// An output's value in its own unit, for reports.
    static func output(_ output: Output, _ number: Double) -> String {
        output.unitPresentation.format(number)
    }

    /// "p10 … p90" of an output's band.
    static func band(_ output: Output, _ band: Bands.Band?) -> String {
        guard let band else { return "" }
        let low = Self.output(output, band.p10), high = Self.output(output, band.p90)
        // A date every draw agrees on (the peak day is set by the calendar) needs no band.
        if output.unit == .day, low == high { return "" }
        return "\(low) … \(high)"
    }
}
