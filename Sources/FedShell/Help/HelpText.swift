import FedLanguage
import FedModel

/// The words of `help`: built from the command table, the model's variable and output declarations,
/// and the presets, so help never disagrees with what the shell accepts.
enum HelpText {
    static var topics: [String] {
        CommandSyntax.all.map(\.name) + ScenarioVariable.catalog.map(\.name) + Output.allCases.map(\.rawValue)
            + Preset.all.map(\.name) + extraTopics.keys.sorted()
    }

    static var overview: String {
        var text = ""
        let width = CommandSyntax.all.map(\.name.count).max() ?? 0
        for group in CommandGroup.allCases {
            text += group.title + ":\n"
            for command in CommandSyntax.all where command.group == group {
                text += "  " + command.name.rightPadded(width) + "  " + command.summary + "\n"
            }
        }
        text += """
        topics: help tour (a two-minute start), help variables, help outputs,
                help presets, help units, help NAME for any command, variable,
                output or preset.

        """
        return text
    }

    /// `help NAME` for a command: what it does, how it is written, an example, then the details.
    static func commandHelp(_ command: CommandSyntax) -> String {
        var text = "\(command.name): \(command.summary)\n"
        if !command.aliases.isEmpty { text += "  also: \(command.aliases.joined(separator: ", "))\n" }
        text += command.synopsis.map { "  usage: \($0)\n" }.joined()
        text += "  example: \(command.example)\n"
        return text + command.details.map { "  \($0)\n" }.joined()
    }

    static func topic(_ name: String) -> String? {
        let lowered = name.lowercased()
        if let text = extraTopics[lowered] { return text() }
        if let command = CommandSyntax.named(lowered) { return commandHelp(command) }
        if let variable = ScenarioVariable.named(lowered) { return variableHelp(variable) }
        if let output = Output(rawValue: lowered) {
            return
                """
                    \(output.rawValue) (output): \(output.meaning)\n  after eval: print \(output.rawValue), \
                    \(output.rawValue).p10 … \(output.rawValue).p90 (band), \(output.rawValue)[3] (month 3)\n  \
                    example: eval; assert \
                    \(output == .regime ? "regime == ample" : "\(output.rawValue).p90 > \(output.rawValue).p10")\n
                    """
        }
        if let preset = Preset.named(lowered) {
            var text = "\(preset.name) (preset): \(preset.summary)\n"
            for setting in preset.settings {
                if let variable = ScenarioVariable.named(setting.variable) {
                    text += "  set \(variable.name) \(ModelValueConversion.text(setting.value, of: variable))\n"
                }
            }
            return text + "  example: use \(preset.name); eval\n"
        }
        return nil
    }

    private static func variableHelp(_ variable: ScenarioVariable) -> String {
        var text = "\(variable.name) (variable): \(variable.meaning)\n"
        let defaults = Scenario()
        text +=
            """
                  default: \
                \(ModelValueConversion.text(variable.defaultValue(for: defaults), of: variable, precision: .short))\n
                """
        switch variable.kind {
        case .number(_, let allowed, let plausible, _):
            text +=
                """
                      allowed: \
                    \(ModelValueConversion.text(.number(allowed.lowerBound), of: variable, precision: .short)) to \
                    \(ModelValueConversion.text(.number(allowed.upperBound), of: variable, precision: .short))
                    """
            if plausible != allowed {
                text +=
                    """
                        ; usual: \
                        \(ModelValueConversion.text(.number(plausible.lowerBound), of: variable, precision: .short)) \
                        to \
                        \(ModelValueConversion.text(.number(plausible.upperBound), of: variable, precision: .short))
                        """
            }
            text += "\n"
        case .choice(let options): text += "  one of: \(options.joined(separator: ", "))\n"
        case .toggle: text += "  on or off\n"
        }
        text += "  source: \(variable.source)\n"
        text +=
            """
                  example: set \(variable.name) \
                \(ModelValueConversion.text(variable.get(exampleScenario), of: variable))\n
                """
        return text
    }

    /// A scenario with a non-default value for each variable, for examples.
    private static let exampleScenario: Scenario = {
        var scenario = Preset.named("fomc-dec-2025")!.scenario
        scenario.quantitativeTightening = true
        scenario.instrument = .coupons
        scenario.horizon = 24
        scenario.tgaLevel = 800
        scenario.startingReverseRepo = 59
        scenario.start = .september2019
        return scenario
    }()

    private static let extraTopics: [String: @Sendable () -> String] = [
        "tour": { tour },
        "variables": {
            "scenario variables (help NAME for each):\n"
                + ScenarioVariable.catalog.map { "  \($0.name.rightPadded(18)) \($0.meaning)" }.joined(separator: "\n")
                + "\n"
        },
        "outputs": {
            "outputs, after eval (NAME, NAME.p10/.p50/.p90, NAME[month]):\n"
                + Output.allCases.map { "  \($0.rawValue.rightPadded(14)) \($0.meaning)" }.joined(separator: "\n")
                + "\n"
        },
        "presets": {
            "presets (use NAME):\n"
                + Preset.all.map { "  \($0.name.rightPadded(14)) \($0.summary)" }.joined(separator: "\n") + "\n"
        },
        "units": {
            """
            units: dollars with k, M, B (or bn), T (or tn): 45B, $1.2T · rates per time: 45B/month, 5%/year
                   basis points and percent: 25bp, 0.25%, 1pp · durations: 18 months, 2y, 6 mo · dates: 2026-03
                   booleans: on/off, true/false, yes/no · mixing dimensions is an error: 45B + 25bp

            """
        },
        "liquidity": {
            """
            the liquidity channel: "net liquidity" = Fed total assets less SRF loans − TGA − ON RRP. Proponents fit \
            stock prices to its level; on changes the link is weak (R² ≈ 0–0.1) and unstable, and no study pins its \
            sign. fedsh centres it near zero, +0.1% of the S&P 500 per $100B (range −0.6% to +1.3%, the top being the \
            proponents' fair-value rule), after a lag of ~3 months.
            SRF loans are strain, not liquidity: they enter the funding-stress channel. See docs/MODEL.md.

            """
        },
    ]

    static let tour = """
    a two-minute tour of fedsh
      1. the start: the Fed's 10 Dec 2025 meeting. QT ended on 1 Dec;
         reserves are ~12% of bank assets.
           eval                      baseline: no purchases, 25bp cut as expected
      2. what the forecasters expected: $45B a month of T-bills (Cabana),
         or $35B (Evercore)
           set purchases 45B/month   fedsh echoes how it read the value
           eval                      reserves, regime, repo, markets with bands
      3. surprise vs priced in: only the unexpected part of a cut moves
         prices on the day
           set rate_cut 0            a hawkish hold when 25bp was expected
           eval                      the 2-year jumps; stocks and Bitcoin fall
      4. bills are not QE: buy coupons instead and watch the 10-year
           undo                      back to a 25bp cut
           set instrument coupons
           eval
      5. what the Fed did, and 2019 for comparison
           use fomc-dec-2025         then: eval
           use repo-2019             scarce reserves, no standing repo facility
      6. keep your work
           save my-scenario.fed      replay later with: fedsh my-scenario.fed
      more: help variables, help outputs, help presets, help units, help NAME

    """
}
