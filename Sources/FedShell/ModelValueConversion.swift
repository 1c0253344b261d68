import FedLanguage
import FedModel
import Foundation

/// Converts between the language's values (dollars, months, fractions) and the model's units
/// ($B, bp, fractions per year). Conversions into the model keep 12 significant digits, so a
/// value printed by `save` reads back as exactly the same number.
enum ModelValueConversion {
    /// The display unit for a variable's numbers.
    static func displayUnit(_ unit: ScenarioVariable.Unit) -> ValueFormatter.DisplayUnit {
        switch unit {
        case .billionsOfDollars: return .dollars
        case .billionsOfDollarsPerMonth: return .dollarsPerMonth
        case .basisPoints: return .basisPoints
        case .fractionPerYear, .shareOfBankAssets: return .percent
        case .months: return .months
        case .monthIndex, .count: return .plain
        }
    }

    /// The language value for a model number in a variable's unit.
    static func quantity(_ number: Double, _ unit: ScenarioVariable.Unit) -> Quantity {
        switch unit {
        case .billionsOfDollars: return .money(number * 1e9)
        case .billionsOfDollarsPerMonth: return Quantity(number * 1e9, .moneyPerTime)
        case .basisPoints: return .ratio(number / 10_000)
        case .fractionPerYear, .shareOfBankAssets: return .ratio(number)
        case .months: return .months(number)
        case .monthIndex, .count: return .plain(number)
        }
    }

    /// Text for a variable's value, exact (for `save`) or short (for reports).
    static func text(
        _ value: ScenarioVariable.Value, of variable: ScenarioVariable, precision: ValueFormatter.Precision = .exact
    ) -> String {
        switch value {
        case .choice(let option): return option
        case .toggle(let on): return on ? "on" : "off"
        case .number(let number):
            guard case .number(let unit, _, _, let whole) = variable.kind else { return "\(number)" }
            // Whole-number variables (seed, draws, months) are never rounded for display.
            let formatter = ValueFormatter(precision: whole ? .exact : precision)
            let text = formatter.format(quantity(number, unit), in: displayUnit(unit))
            return unit == .fractionPerYear ? text + "/year" : text
        }
    }

    /// Reads a language value as a value of `variable`, or says why it cannot.
    static func modelValue(_ value: Value, for variable: ScenarioVariable, start: StartState) -> Result<
        ScenarioVariable.Value, ConversionProblem
    > {
        switch variable.kind {
        case .toggle:
            if case .bool(let on) = value { return .success(.toggle(on)) }
            return .failure(.expectedOnOrOff)
        case .choice(let options):
            let word: String?
            switch value {
            case .word(let text), .string(let text): word = text.lowercased()
            case .bool(let on) where options.contains("on"): word = on ? "on" : "off"
            default: word = nil
            }
            guard let word else { return .failure(.expectedOption(options)) }
            guard options.contains(word) else { return .failure(.notAnOption(word, options)) }
            return .success(.choice(word))
        case .number(let unit, _, _, let whole):
            return number(value, unit, start: start).map { .number(whole ? wholeOrExact($0) : cleaned($0)) }
        }
    }

    private static func number(_ value: Value, _ unit: ScenarioVariable.Unit, start: StartState) -> Result<
        Double, ConversionProblem
    > {
        if case .date(let year, let month) = value, unit == .monthIndex {
            return .success(Double((year - start.calendarYear) * 12 + month - start.calendarMonth))
        }
        guard let quantity = value.quantity else { return .failure(.expected(unit)) }
        let dimension = quantity.dimension
        // Zero is zero in any unit: `set rate_cut 0`, `set purchases 0`.
        if dimension.isPlain, quantity.value == 0 { return .success(0) }
        switch unit {
        case .billionsOfDollars where dimension == .money:
            return .success(quantity.value / 1e9)
        case .billionsOfDollarsPerMonth where dimension == .moneyPerTime:
            return .success(quantity.value / 1e9)
        case .billionsOfDollarsPerMonth where dimension == .money:
            return .failure(.missingPerMonth)
        case .basisPoints where dimension == .ratio:
            return .success(quantity.value * 10_000)
        case .fractionPerYear where dimension == .ratioPerTime:
            return .success(quantity.value * 12)
        case .shareOfBankAssets where dimension == .ratio:
            return .success(quantity.value)
        case .months where dimension == .time || dimension.isPlain,
             .monthIndex where dimension == .time || dimension.isPlain,
             .count where dimension.isPlain:
            return .success(quantity.value)
        default:
            if dimension.isPlain, unit == .basisPoints { return .failure(.plainNumberNeedsUnit("bp")) }
            if dimension.isPlain, unit == .billionsOfDollarsPerMonth {
                return .failure(.plainNumberNeedsUnit("B/month"))
            }
            if dimension == .ratio, unit == .fractionPerYear { return .failure(.missingPerYear) }
            return .failure(.expected(unit))
        }
    }

    /// A whole number when within 1e-9 of one (`52 weeks` is 12 months after conversion noise), else the value
    /// exactly as given, so the model refuses `set draws 100000.0000001` instead of reading 100000.
    static func wholeOrExact(_ number: Double) -> Double {
        guard number.isFinite else { return number }
        let nearest = number.rounded()
        return (number - nearest).magnitude <= 1e-9 ? nearest : number
    }

    /// Rounds to 12 significant digits, removing the last-bit noise of unit conversions.
    static func cleaned(_ number: Double) -> Double {
        guard number.isFinite, number != 0 else { return number }
        let text = String(format: "%.12g", number)
        return Double(text) ?? number
    }
}

/// Why a value does not fit a variable; worded in `Diagnostic+Shell`.
enum ConversionProblem: Error, Equatable {
    /// A value of another dimension than the variable's unit.
    case expected(ScenarioVariable.Unit)
    case expectedOnOrOff
    /// Not a word, where one of these words was wanted.
    case expectedOption([String])
    case notAnOption(String, [String])
    case missingPerMonth
    case missingPerYear
    case plainNumberNeedsUnit(String)
}
