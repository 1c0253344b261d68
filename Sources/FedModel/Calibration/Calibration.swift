/// Parameters estimated from data for one start date, and the measured uncertainty of the exogenous
/// paths. Built by FedData's `CalibrationBuilder` from observations dated on or before the start;
/// the model only applies it: fitted values replace the catalogue's, and the exogenous bands
/// replace the judgement misses (`tga_miss`, `currency_growth_miss`, `bank_asset_growth_miss`).
package struct Calibration: Sendable, Equatable {
    /// One fitted parameter: its estimate, a 90% interval from the estimation, and the data it used.
    package struct Fit: Sendable, Equatable {
        package var name: String
        package var central: Double
        package var low: Double
        package var high: Double
        package var source: String

        package init(name: String, central: Double, low: Double, high: Double, source: String) {
            self.name = name
            self.central = central
            self.low = min(low, central)
            self.high = max(high, central)
            self.source = source
        }
    }

    /// The day the data stop (the start date).
    package var asOf: String
    package var fits: [Fit]
    package var exogenous: ExogenousBands

    package init(asOf: String, fits: [Fit], exogenous: ExogenousBands) {
        self.asOf = asOf
        self.fits = fits
        self.exogenous = exogenous
    }

    package func fit(_ name: String) -> Fit? { fits.first { $0.name == name } }

    /// The catalogue with every fitted parameter in place of its hand-set entry.
    package var catalog: [ModelParameter] { ModelParameter.catalog(fitted: fits) }
}

extension ModelParameter {
    /// The catalogue with each of `fits` in place of its hand-set entry, status fitted.
    package static func catalog(fitted fits: [Calibration.Fit]) -> [ModelParameter] {
        guard !fits.isEmpty else { return catalog }
        return catalog.map { parameter in
            guard let fit = fits.first(where: { $0.name == parameter.name }) else { return parameter }
            // Held to the parameter's domain (what an override may take), as every entry is.
            let domain = parameter.domain
            func held(_ value: Double) -> Double { min(max(value, domain.lowerBound), domain.upperBound) }
            return ModelParameter(parameter.name, parameter.keyPath, central: held(fit.central), low: held(fit.low),
                                  high: held(fit.high), domain: domain, unit: parameter.unit,
                                  meaning: parameter.meaning, source: fit.source, status: .fitted)
        }
    }
}

extension Scenario {
    /// The parameter table in force: the catalogue, with the calibration's fits when there is one, else
    /// the named start's own (`StartState.fits`).
    package var parameterCatalog: [ModelParameter] {
        calibration?.catalog ?? ModelParameter.catalog(fitted: startState.fits)
    }

    /// Every parameter at its central value in `parameterCatalog`.
    package var centralParameters: ParameterValues {
        guard calibration != nil || !startState.fits.isEmpty else { return .central }
        var values = ParameterValues.central
        for parameter in parameterCatalog { values[keyPath: parameter.keyPath] = parameter.central }
        return values
    }
}
