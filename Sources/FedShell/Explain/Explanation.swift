import FedModel

/// `explain OUT`: the transmission chain from the scenario's purchases to one output, step by step,
/// with this scenario's own numbers and, for each parameter used, its name, value and status.
///
/// The chain: purchases → reserves → reserves as a share of bank assets → the reserve demand
/// curve → regime → repo vs the SRF rate → the four channels → S&P 500 → Nasdaq → Bitcoin → Ether.
/// Money-market outputs stop at the step that produces them; yields take the surprise and duration
/// path. Numbers are the central run (parameters at their values in force, no market noise); the
/// band at the end adds both.
struct Explanation {
    /// How far along the chain an output sits.
    enum Stage: Int, Comparable {
        case balanceSheet = 1, reserves, ratio, curve, regime, repo, prices, yields

        static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }

        init(_ output: Output) {
            switch output {
            case .totalAssets: self = .balanceSheet
            case .reserves, .tga, .rrp, .netLiquidity: self = .reserves
            case .reserveRatio: self = .ratio
            case .effrSpread, .demandSlope: self = .curve
            case .regime: self = .regime
            case .sofrSpread, .sofrPeak, .sofrPeakDate, .tgcrSpread, .srf: self = .repo
            case .spx, .ndx, .btc, .eth: self = .prices
            case .y2, .y10, .slope: self = .yields
            }
        }
    }

    let results: Results
    let output: Output
    let scenarioName: String
    let citation: ParameterCitation
    let width: Int

    init(results: Results, output: Output, scenarioName: String, overrides: [String: Double], width: Int) {
        self.results = results
        self.output = output
        self.scenarioName = scenarioName
        self.citation = ParameterCitation(parameters: results.parameters, overrides: overrides)
        self.width = max(40, width)
    }

    var horizon: Int { results.path.count - 1 }
    var first: MonthResult { results.path[0] }
    var last: MonthResult { results.horizon }
    var scenario: Scenario { results.scenario }
    func cite(_ name: String) -> String { citation.cite(name) }

    /// The steps as paragraphs of prose; a paragraph starting with two spaces is a preformatted line.
    var steps: [(title: String, paragraphs: [String])] {
        let stage = Stage(output)
        var steps = [purchasesStep]
        if stage == .yields { return steps + yieldSteps }
        if stage >= .reserves { steps.append(reservesStep) }
        if stage >= .ratio { steps.append(ratioStep) }
        if stage >= .curve { steps.append(curveStep) }
        if stage >= .regime { steps.append(regimeStep) }
        if stage >= .repo { steps.append(repoStep) }
        if stage >= .prices { steps += priceSteps }
        return steps
    }

    /// The whole explanation, wrapped to the width.
    var text: String {
        var lines = TextWrap.wrap(
            """
                explain \(output.rawValue) · \(scenarioName) · month \(horizon) · central run (parameters in force, \
                no market noise); the band comes last
                """,
            width: width, indent: "  ")
        lines.append("")
        for (number, step) in steps.enumerated() {
            let label = "\(number + 1). "
            let indent = String(repeating: " ", count: label.count)
            for (index, paragraph) in step.paragraphs.enumerated() {
                if paragraph.hasPrefix("  ") {
                    lines.append(indent + paragraph)
                    continue
                }
                let text = index == 0 ? step.title + ". " + paragraph : paragraph
                lines += TextWrap.wrap(text, width: width, firstIndent: index == 0 ? label : indent, indent: indent)
            }
        }
        lines.append("")
        lines += bandLines
        return lines.joined(separator: "\n") + "\n"
    }
}
