import FedModel
import Testing
@testable import FedData

@Suite struct MarketVolatilityTests {
    let builder = CalibrationBuilder(library: SeriesLibrary(importFolder: nil))

    @Test func everyMarketVolatilityIsFittedFromItsOwnSeries() throws {
        let catalog = try builder.build(on: .snapshotEnd).calibration.catalog
        for market in CalibrationBuilder.marketVolatilities {
            let parameter = try #require(catalog.first { $0.name == market.parameter })
            #expect(parameter.status == .fitted)
            #expect(parameter.source.hasPrefix("fit to \(market.identifier), "))
            #expect(parameter.low < parameter.central && parameter.central < parameter.high)
        }
    }

    @Test func aRoughYearGivesAWiderBandThanACalmOne() throws {
        // The year to June 2023 held the hiking cycle and March 2023's bank failures; the year to
        // July 2019 was calm in the 2-year until the summer.
        func twoYear(_ day: Day) throws -> ModelParameter {
            try #require(try builder.build(on: day).calibration.catalog.first { $0.name == "vol_y2" })
        }
        let rough = try twoYear(Day(year: 2023, month: 6, day: 14)!)
        let calm = try twoYear(Day(year: 2019, month: 7, day: 31)!)
        #expect(rough.central > 1.5 * calm.central)
        #expect(rough.high > calm.high)
    }

    @Test func aSeriesWithTooLittleHistoryKeepsTheCatalogueFigure() throws {
        // FRED's SP500 file starts in April 2021: a 2020 start has no year of it.
        let catalog = try builder.build(on: Day(year: 2020, month: 7, day: 29)!).calibration.catalog
        let equity = try #require(catalog.first { $0.name == "vol_spx" })
        #expect(equity.status != .fitted)
        #expect(equity.central == ModelParameter.named("vol_spx")!.central)
        #expect(catalog.first { $0.name == "vol_btc" }?.status == .fitted)
    }
}
