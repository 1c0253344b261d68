import FedData
import FedLanguage
import FedModel

/// A part of the `eval` report: where an output appears, and what `eval SECTION` prints.
enum ReportSection: String, Sendable, CaseIterable {
    case balanceSheet = "balance", reserves = "regime", moneyMarkets = "spreads", markets, channels, notes

    /// Other words for a section, as people call it ("eval money", "eval reserves").
    var aliases: [String] {
        switch self {
        case .balanceSheet: ["balance-sheet", "fed"]
        case .reserves: ["reserves"]
        case .moneyMarkets: ["money", "money-markets", "repo"]
        case .markets: ["prices", "assets"]
        case .channels: []
        case .notes: ["warnings"]
        }
    }

    /// The section `eval WORD` names, if any.
    static func named(_ word: String) -> ReportSection? {
        allCases.first { $0.rawValue == word || $0.aliases.contains(word) }
    }

    /// Every word `eval` takes, for completion and suggestions.
    static var words: [String] { ["full"] + allCases.map(\.rawValue) }
}

/// How a person sees one output: its label, where the report, `compare` and `sweep` show it.
/// Its unit's presentation (formatting, JSON name, axis label, language value) is `UnitPresentation`.
struct OutputPresentation: Sendable {
    /// The report row's label.
    let label: String
    let section: ReportSection
    /// Whether `compare` has a row for it.
    let inCompare: Bool
    /// Whether `sweep` shows it when no outputs are named.
    var inDefaultSweep = false
    /// The level it starts from, for the markets section ("6,847", "$92,000", "3.53%").
    var startLevel: (@Sendable (StartState) -> String)?
    /// A label of at most 13 characters for narrow terminals, when `label` is longer.
    var shortLabel: String?
    /// Whether the one-screen `eval` headline has a row for it (else only its section and `eval full`).
    var inHeadline = true

    /// The label for a report whose label column is `width` wide.
    func label(fitting width: Int) -> String {
        label.count <= width ? label : shortLabel ?? label
    }
}

extension Output {
    /// The one presentation table: adding an output adds a line here, and the compiler asks for it.
    var presentation: OutputPresentation {
        switch self {
        case .totalAssets: OutputPresentation(label: "total assets", section: .balanceSheet, inCompare: false)
        case .reserves:
            OutputPresentation(label: "reserves", section: .balanceSheet, inCompare: true, inDefaultSweep: true)
        case .srf: OutputPresentation(label: "SRF loans", section: .balanceSheet, inCompare: true)
        case .rrp: OutputPresentation(label: "ON RRP", section: .balanceSheet, inCompare: false)
        case .tga: OutputPresentation(label: "TGA", section: .balanceSheet, inCompare: false)
        case .netLiquidity: OutputPresentation(label: "net liquidity", section: .balanceSheet, inCompare: false)
        case .reserveRatio: OutputPresentation(label: "reserve ratio", section: .reserves, inCompare: true)
        case .demandSlope: OutputPresentation(label: "curve slope", section: .reserves, inCompare: false)
        case .regime: OutputPresentation(label: "regime", section: .reserves, inCompare: true, inDefaultSweep: true)
        case .effrSpread: OutputPresentation(label: "EFFR − IORB", section: .moneyMarkets, inCompare: true)
        case .sofrSpread:
            OutputPresentation(label: "SOFR − IORB", section: .moneyMarkets, inCompare: true, inDefaultSweep: true)
        case .sofrPeak: OutputPresentation(label: "SOFR worst-day peak", section: .moneyMarkets, inCompare: true,
                                           shortLabel: "SOFR peak")
        case .sofrPeakDate:
            OutputPresentation(label: "SOFR peak date", section: .moneyMarkets, inCompare: false, inHeadline: false)
        case .tgcrSpread:
            OutputPresentation(label: "TGCR − IORB", section: .moneyMarkets, inCompare: true, inHeadline: false)
        case .spx: OutputPresentation(label: "S&P 500", section: .markets, inCompare: true,
                                      startLevel: { ReportFormat.level($0.spx) })
        case .ndx: OutputPresentation(label: "Nasdaq Composite", section: .markets, inCompare: true,
                                      startLevel: { ReportFormat.level($0.ndx) }, shortLabel: "Nasdaq")
        case .btc: OutputPresentation(label: "Bitcoin", section: .markets, inCompare: true, inDefaultSweep: true,
                                      startLevel: { "$" + ReportFormat.level($0.btc) })
        case .eth: OutputPresentation(label: "Ether", section: .markets, inCompare: true,
                                      startLevel: { "$" + ReportFormat.level($0.eth) })
        case .y2: OutputPresentation(label: "2-year yield", section: .markets, inCompare: true,
                                     startLevel: { ReportFormat.plain($0.twoYearYield, decimals: 2, unit: "%") })
        case .y10: OutputPresentation(label: "10-year yield", section: .markets, inCompare: true,
                                      startLevel: { ReportFormat.plain($0.tenYearYield, decimals: 2, unit: "%") })
        case .slope:
            OutputPresentation(label: "2s10s slope", section: .markets, inCompare: true, startLevel: {
                ReportFormat.plain(($0.tenYearYield - $0.twoYearYield) * 100, decimals: 0, unit: "bp")
            })
        }
    }

    /// The outputs of a report section, in declaration order.
    static func inSection(_ section: ReportSection) -> [Output] {
        allCases.filter { $0.presentation.section == section }
    }

    /// The unit's presentation, for this output.
    var unitPresentation: UnitPresentation { unit.presentation }
}

/// How a person sees numbers in one output unit: one descriptor per unit, in one place.
struct UnitPresentation: Sendable {
    /// The unit's name in JSON exports ("billions of dollars").
    let jsonName: String
    /// The words on a chart's y axis.
    let axisLabel: String
    /// How the language shows values of this unit.
    let displayUnit: ValueFormatter.DisplayUnit
    /// A value as reports print it.
    let format: @Sendable (Double) -> String
    /// A difference between two values, as `compare` prints it.
    let difference: @Sendable (Double) -> String
    /// A value as the language holds it, for expressions.
    let value: @Sendable (Double) -> Value
    /// A typed quantity back in the unit (5% → 5 for prices, 10bp → 10, 3T → 3000); nil when it does not fit.
    let number: @Sendable (Quantity) -> Double?
    /// What a prediction in this unit looks like, for its error message.
    let predictionExample: String
}

extension Output.Unit {
    var presentation: UnitPresentation {
        switch self {
        case .billionsOfDollars:
            UnitPresentation(
                jsonName: "billions of dollars", axisLabel: "$B", displayUnit: .dollars,
                format: ReportFormat.money, difference: ReportFormat.moneyChange,
                value: { .quantity(.money($0 * 1e9)) },
                number: { $0.dimension == .money ? $0.value / 1e9 : nil },
                predictionExample: "up, down or an amount such as 3T")
        case .percentOfBankAssets:
            UnitPresentation(
                jsonName: "percent of bank assets", axisLabel: "% of bank assets", displayUnit: .percent,
                format: { ReportFormat.plain($0, decimals: 1, unit: "%") },
                difference: { ReportFormat.signed($0, decimals: 1, unit: "pp") },
                value: { .quantity(.ratio($0 / 100)) },
                number: { $0.dimension == .ratio ? $0.value * 100 : nil },
                predictionExample: "up, down or a share such as 11%")
        case .basisPointsPerPoint:
            UnitPresentation(
                jsonName: "bp per pp", axisLabel: "bp per pp of bank assets", displayUnit: .plain,
                format: { ReportFormat.plain($0, decimals: 2) },
                difference: { ReportFormat.signed($0, decimals: 2, unit: "") },
                value: { .quantity(.plain($0)) },
                number: { $0.dimension.isPlain ? $0.value : nil },
                predictionExample: "up, down or a plain number such as -2")
        case .basisPointsOverIORB, .basisPointChange:
            UnitPresentation(
                jsonName: self == .basisPointsOverIORB ? "bp over IORB" : "bp change",
                axisLabel: self == .basisPointsOverIORB ? "bp over IORB" : "change in bp", displayUnit: .basisPoints,
                format: { ReportFormat.signed($0, decimals: 1, unit: "bp") },
                difference: { ReportFormat.signed($0, decimals: 1, unit: "bp") },
                value: { .quantity(.ratio($0 / 10_000)) },
                number: { $0.dimension == .ratio ? $0.value * 10_000 : nil },
                predictionExample: "up, down or a number of basis points such as 10bp")
        case .percentChange:
            UnitPresentation(
                jsonName: "percent change", axisLabel: "% change from the start level", displayUnit: .percent,
                format: { ReportFormat.signed($0, decimals: 1, unit: "%") },
                difference: { ReportFormat.signed($0, decimals: 1, unit: "pp") },
                value: { .quantity(.ratio($0 / 100)) },
                number: { $0.dimension == .ratio ? $0.value * 100 : nil },
                predictionExample: "up, down or a change such as 5% or -10%")
        case .day:
            UnitPresentation(
                jsonName: "days since 1970-01-01", axisLabel: "date", displayUnit: .plain,
                format: { Day(ordinal: Int($0.rounded())).description },
                difference: { ReportFormat.signed($0, decimals: 0, unit: " days") },
                value: { .quantity(.plain($0)) },
                number: { $0.dimension.isPlain ? $0.value : nil },
                predictionExample: "a number of days since 1 Jan 1970")
        case .regime:
            UnitPresentation(
                jsonName: "regime", axisLabel: "regime", displayUnit: .plain,
                format: { ReserveRegime(severity: $0).rawValue }, difference: { _ in "" },
                value: { .word(ReserveRegime(severity: $0).rawValue) },
                number: { _ in nil },
                predictionExample: "abundant, ample or scarce")
        }
    }
}
