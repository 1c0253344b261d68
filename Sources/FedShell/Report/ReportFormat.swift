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

    /// 6,846.51 → "6,847"; 3.59 → "3.59%" for yields.
    static func level(_ number: Double) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.maximumFractionDigits = number < 100 ? 2 : 0
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.groupingSeparator = ","
        formatter.usesGroupingSeparator = true
        return formatter.string(from: NSNumber(value: number)) ?? "\(number)"
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
