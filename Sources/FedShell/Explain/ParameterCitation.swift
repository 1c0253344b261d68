import FedModel
import Foundation

/// Cites a model parameter in prose: its name, the value in force (the user's override when there is
/// one), its unit and its status (confirmed, derived, assumption), as `ModelParameter.catalog` has them.
struct ParameterCitation {
    let parameters: ParameterValues
    let overrides: [String: Double]

    /// "[btc_beta = 1.5×, derived]" or "[btc_beta = 2.5×, your override of 1.5×, derived]".
    func cite(_ name: String) -> String {
        guard let parameter = ModelParameter.named(name) else { return name }
        let value = parameters.value(named: name) ?? parameter.central
        let shown = Self.number(value, unit: parameter.unit)
        if overrides[name] != nil {
            return
                """
                    [\(name) = \(shown), your override of \(Self.number(parameter.central, unit: parameter.unit)), \
                    \(parameter.status.rawValue)]
                    """
        }
        return "[\(name) = \(shown), \(parameter.status.rawValue)]"
    }

    /// The value in force.
    func value(_ name: String) -> Double { parameters.value(named: name) ?? 0 }

    /// Up to four significant figures, with the parameter's unit.
    static func number(_ value: Double, unit: String) -> String {
        var text = String(format: "%.4g", value).replacingOccurrences(of: "-", with: "−")
        if text.contains("e") { text = String(format: "%.4f", value) }
        if unit == "×" { return text + "×" }
        if unit == "bp" || unit == "%" { return text + unit }
        return text + " " + unit
    }
}
