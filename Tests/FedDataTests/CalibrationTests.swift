import FedModel
import Foundation
import Testing
@testable import FedData

@Suite struct DataCalibrationTests {
    let library = SeriesLibrary(importFolder: nil)

    /// A copy of the snapshot in which every observation after `day` is changed (values doubled
    /// plus one, missing values given one).
    func alteredSnapshot(after day: Day, in folder: TemporaryFolder) throws -> SeriesLibrary {
        let names = try FileManager.default.contentsOfDirectory(atPath: SeriesLibrary.snapshotFolder.path)
        for name in names where name.hasSuffix(".csv") {
            let identifier = String(name.dropLast(4))
            guard var series = try library.series(identifier) else { continue }
            // A decision announced on the start day takes effect the next: its rates are known at the start.
            let known = ["DFEDTARU", "DFEDTARL", "IOER", "IORB"].contains(identifier) ? day.adding(days: 1) : day
            for index in series.observations.indices where series.observations[index].day > known {
                series.observations[index].value = (series.observations[index].value ?? 0) * 2 + 1
            }
            folder.write(series.fredText, to: name)
        }
        return SeriesLibrary(shippedFolder: folder.url, importFolder: nil)
    }

    @Test func noLookAheadCalibrationAndEvalAreIdentical() throws {
        let day = Day(year: 2023, month: 6, day: 14)!
        let folder = TemporaryFolder()
        let altered = try alteredSnapshot(after: day, in: folder)
        let original = try CalibrationBuilder(library: library).build(on: day)
        let changed = try CalibrationBuilder(library: altered).build(on: day)
        #expect(original.calibration == changed.calibration)
        func bands(_ library: SeriesLibrary, _ calibration: Calibration) throws -> Bands? {
            var scenario = Scenario()
            scenario.builtStart = try StartStateBuilder(library: library).build(on: day).state
            scenario.calibration = calibration
            scenario.draws = 200
            return MonteCarlo.run(scenario: scenario)
        }
        #expect(try bands(library, original.calibration) == bands(altered, changed.calibration))
        // The alteration does reach a later start.
        let later = Day(year: 2024, month: 6, day: 12)!
        #expect(try CalibrationBuilder(library: library).build(on: later).calibration
                != CalibrationBuilder(library: altered).build(on: later).calibration)
    }

    @Test func monthsAfterADayKeepItsDayOfMonth() {
        #expect(Day(year: 2025, month: 6, day: 18)!.adding(months: 3) == Day(year: 2025, month: 9, day: 18)!)
        #expect(Day(year: 2025, month: 1, day: 31)!.adding(months: 1) == Day(year: 2025, month: 2, day: 28)!)
        #expect(Day(year: 2025, month: 12, day: 1)!.adding(months: 1) == Day(year: 2026, month: 1, day: 1)!)
    }

    @Test func regimesReadFromTheFittedSlope() throws {
        let builder = CalibrationBuilder(library: library)
        let june = try builder.build(on: Day(year: 2025, month: 6, day: 18)!)
        #expect(june.regime == .abundant)
        #expect(abs(june.slope) < 0.5)
        #expect(try builder.build(on: .snapshotEnd).regime == .ample)
        #expect(try builder.build(on: Day(year: 2019, month: 9, day: 18)!).regime == .scarce)
    }

    @Test func fitsAreFittedWithSourcesAndBands() throws {
        let report = try CalibrationBuilder(library: library).build(on: .snapshotEnd)
        let catalog = report.calibration.catalog
        let scale = try #require(catalog.first { $0.name == "demand_scale" })
        #expect(scale.status == .fitted)
        #expect(scale.low < scale.central && scale.central < scale.high)
        #expect(scale.source.hasPrefix("fit to EFFR, IORB, WRESBAL, TLAACBW027SBOG, 2025-06-18..2025-12-10, 26 weeks"))
        // The curve passes through the fitted level and slope at the start's ratio.
        var values = ParameterValues.central
        for parameter in catalog { values[keyPath: parameter.keyPath] = parameter.central }
        let curve = ReserveDemandCurve(values)
        #expect(abs(curve.slope(report.ratio) - report.slope) < 1e-9)
        #expect(abs(curve.fundsSpread(report.ratio) - report.level) < 1e-9)
    }

    /// The named September 2019 start carries the fits of its own date (its ON RRP month ends and market
    /// volatilities), to the digits written in StartState+Named, each with the fit's own data window.
    @Test func september2019CarriesTheFitsOfItsDate() throws {
        let calibration = try CalibrationBuilder(library: library).build(on: Day(iso: "2019-09-18")!).calibration
        let named = StartState.september2019.fits
        #expect(Set(named.map(\.name)) == ["rrp_peak_inflow", "rrp_quarter_end_inflow", "rrp_peak_inflow_per_bp",
                                             "vol_btc", "vol_eth", "vol_y2", "vol_y10"])
        for fit in named {
            let built = try #require(calibration.fit(fit.name))
            for (written, fitted) in [(fit.central, built.central), (fit.low, built.low), (fit.high, built.high)] {
                #expect(abs(written - fitted) <= 0.051, "\(fit.name): \(written) written, \(fitted) fitted")
            }
            let window = try #require(built.source.split(separator: ",").dropFirst().first)
            #expect(fit.source.contains(window), "\(fit.name): \(fit.source) against \(built.source)")
        }
        // Without them the 2025 fit put up to $200B into ON RRP at each 2019 quarter end.
        let scenario = Preset.named("repo-2019")!.scenario
        #expect(scenario.parameterCatalog.first { $0.name == "rrp_quarter_end_inflow" }?.status == .fitted)
        #expect(scenario.centralParameters.reverseRepoQuarterEndInflow == 34.5)
    }

    @Test func exogenousBandsWidenWithTheHorizonAndCentreOnZero() throws {
        let bands = try CalibrationBuilder(library: library).build(on: .snapshotEnd).calibration.exogenous
        let tga = bands.treasuryGeneralAccount
        #expect(tga.miss(month: 0, level: 0.9) == 0)
        #expect(tga.miss(month: 3, level: 0.5) == 0)
        #expect(tga.width(month: 1) > 100)
        #expect(bands.currency.width(month: 6) > bands.currency.width(month: 1))
    }
}
