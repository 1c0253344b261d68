import Foundation

extension DrawState {
    private static let monthScale = (1.0 / 12).squareRoot()

    /// Writes this month's outputs, with market noise added, one per column (`stride` apart).
    mutating func record(_ result: MonthResult, parameters: ParameterValues,
                         into destination: UnsafeMutablePointer<Double>, stride: Int) {
        if result.month > 0 {
            let shocks = Self.correlatedShocks(&random)
            walk.spx += shocks.spx * Self.monthScale
            walk.ndx += shocks.ndx * Self.monthScale
            walk.btc += shocks.btc * Self.monthScale
            walk.eth += shocks.eth * Self.monthScale
            walk.twoYear += shocks.twoYear * Self.monthScale
            walk.tenYear += shocks.tenYear * Self.monthScale
        }
        for (column, output) in Output.allCases.enumerated() {
            destination[column * stride] = noisy(output, central: output.value(in: result), parameters: parameters)
        }
    }

    private func noisy(_ output: Output, central: Double, parameters: ParameterValues) -> Double {
        func price(_ volatility: Double, _ shock: Double) -> Double {
            100 * ((1 + central / 100) * exp(volatility / 100 * shock) - 1)
        }
        switch output {
        case .spx: return price(parameters.volatilitySPX, walk.spx)
        case .ndx: return price(parameters.volatilityNDX, walk.ndx)
        case .btc: return price(parameters.volatilityBTC, walk.btc)
        case .eth: return price(parameters.volatilityETH, walk.eth)
        case .y2: return central + parameters.volatilityTwoYear * walk.twoYear
        case .y10: return central + parameters.volatilityTenYear * walk.tenYear
        case .slope:
            return central + parameters.volatilityTenYear * walk.tenYear - parameters.volatilityTwoYear * walk.twoYear
        // Balance-sheet and money-market outputs carry parameter uncertainty only.
        case .totalAssets, .reserves, .reserveRatio, .regime, .demandSlope, .effrSpread, .sofrSpread, .sofrPeak,
             .sofrPeakDate, .tgcrSpread, .srf, .rrp, .tga, .netLiquidity:
            return central
        }
    }

    /// Unit-variance shocks with the correlations in docs/MODEL.md: S&P–Nasdaq 0.93, Nasdaq–BTC 0.5,
    /// BTC–ETH 0.8, 2y–10y 0.8; yields independent of prices.
    private static func correlatedShocks(_ random: inout RandomSource) -> Walk {
        let spx = random.normal()
        let ndx = 0.93 * spx + (1 - 0.93 * 0.93).squareRoot() * random.normal()
        let btc = 0.5 * ndx + (1 - 0.25).squareRoot() * random.normal()
        let eth = 0.8 * btc + 0.6 * random.normal()
        let twoYear = random.normal()
        let tenYear = 0.8 * twoYear + 0.6 * random.normal()
        return Walk(spx: spx, ndx: ndx, btc: btc, eth: eth, twoYear: twoYear, tenYear: tenYear)
    }
}

/// Where a drawn parameter goes and its triangle: plain numbers, so a draw copies no strings or
/// key paths (their reference counts were contended between the cores).
struct ParameterSlot {
    /// Byte offset of the parameter's Double in `ParameterValues`.
    let offset: Int
    let low: Double, central: Double, high: Double
    /// Where the central value splits the triangle (`ModelParameter.triangleSplit`).
    private let split: Double

    init(_ parameter: ModelParameter) {
        guard let offset = MemoryLayout<ParameterValues>.offset(of: parameter.keyPath) else {
            preconditionFailure("parameter \(parameter.name) is not a stored property of ParameterValues")
        }
        self.offset = offset
        (low, central, high) = (parameter.low, parameter.central, parameter.high)
        split = ModelParameter.triangleSplit(low, central, high)
    }

    /// Writes the triangular draw for `uniform` into `values`.
    func write(_ uniform: Double, into values: inout ParameterValues) {
        let value = ModelParameter.triangular(uniform, low: low, central: central, high: high, split: split)
        withUnsafeMutableBytes(of: &values) { $0.storeBytes(of: value, toByteOffset: offset, as: Double.self) }
    }

    /// The largest value the parameter at `keyPath` takes in any draw: its high end when drawn,
    /// else its value in `values`.
    static func largest(_ keyPath: KeyPath<ParameterValues, Double>, in slots: [ParameterSlot],
                        default values: ParameterValues) -> Double {
        let offset = MemoryLayout<ParameterValues>.offset(of: keyPath)
        return slots.first { $0.offset == offset }?.high ?? values[keyPath: keyPath]
    }
}
