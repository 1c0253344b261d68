import FedLanguage
import FedModel

/// The words of `help`: built from the command table, the model's variable and output declarations,
/// and the presets, so help never disagrees with what the shell accepts.
enum HelpText {
    static var topics: [String] {
        CommandSyntax.all.map(\.name) + ScenarioVariable.catalog.map(\.name) + Output.allCases.map(\.rawValue)
            + Preset.all.map(\.name) + extraTopics.keys.sorted()
    }

    /// Commands grouped for the overview; any command missing here is listed under "other".
    private static let groups: [(String, [String])] = [
        ("the scenario", ["set", "show", "unset", "reset", "undo", "use", "scenario", "let", "print"]),
        ("the model", ["eval", "explain", "compare", "sweep", "plot", "ledger", "sensitivity", "param", "claims"]),
        ("files", ["save", "source", "export", "record", "history"]),
        ("classroom", ["lesson", "note", "pause", "predict", "assert", "glossary"]),
        ("the shell", ["help", "quit"]),
    ]

    static var overview: String {
        var text = ""
        let width = CommandSyntax.all.map(\.name.count).max() ?? 0
        let grouped = Set(groups.flatMap(\.1))
        let other = CommandSyntax.all.map(\.name).filter { !grouped.contains($0) }
        for (title, names) in groups + (other.isEmpty ? [] : [("other", other)]) {
            text += title + ":\n"
            for name in names {
                guard let command = CommandSyntax.named(name) else { continue }
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

    static func topic(_ name: String) -> String? {
        let lowered = name.lowercased()
        if let text = extraTopics[lowered] { return text() }
        if let command = CommandSyntax.named(lowered) {
            return "\(command.name): \(command.summary)\n  needs \(command.needs)\n  example: \(command.example)\n"
                + (commandDetails[command.name].map { $0 + "\n" } ?? "")
        }
        if let variable = ScenarioVariable.named(lowered) { return variableHelp(variable) }
        if let output = Output(rawValue: lowered) {
            return "\(output.rawValue) (output): \(output.meaning)\n  after eval: print \(output.rawValue), \(output.rawValue).p10 … \(output.rawValue).p90 (band), \(output.rawValue)[3] (month 3)\n  example: eval; assert \(output == .regime ? "regime == ample" : "\(output.rawValue).p90 > \(output.rawValue).p10")\n"
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
        text += "  default: \(ModelValueConversion.text(variable.defaultValue(for: defaults), of: variable, precision: .short))\n"
        switch variable.kind {
        case .number(_, let allowed, let plausible, _):
            text += "  allowed: \(ModelValueConversion.text(.number(allowed.lowerBound), of: variable, precision: .short)) to \(ModelValueConversion.text(.number(allowed.upperBound), of: variable, precision: .short))"
            if plausible != allowed {
                text += "; usual: \(ModelValueConversion.text(.number(plausible.lowerBound), of: variable, precision: .short)) to \(ModelValueConversion.text(.number(plausible.upperBound), of: variable, precision: .short))"
            }
            text += "\n"
        case .choice(let options): text += "  one of: \(options.joined(separator: ", "))\n"
        case .toggle: text += "  on or off\n"
        }
        text += "  source: \(variable.source)\n"
        text += "  example: set \(variable.name) \(ModelValueConversion.text(variable.get(exampleScenario), of: variable))\n"
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

    private static let commandDetails: [String: String] = [
        "set": "  values carry units: 45B/month, 25bp, 0.25%, 18 months, 2y, on/off, 2026-03; arithmetic works (40B/month + 5B/month)\n  set echoes how it read the value and what it replaced",
        "save": "  save [--minimal] [--force] FILE: writes a script that rebuilds this state (--minimal: only what differs from the defaults); never overwrites without --force",
        "source": "  runs FILE's commands here; paths inside it are relative to its folder; an error undoes the whole script",
        "eval": "  prints the report; 'eval --json' prints the summary as JSON; afterwards outputs can be used in expressions",
        "show": "  show: every variable (* marks what differs from the default); show NAME: a variable, output (monthly path) or your variable",
        "scenario": "  scenario save NAME: names the current scenario and its parameter overrides (presets are read-only)\n  scenario use NAME: loads a preset or saved scenario (horizon, seed and draws stay yours)\n  scenario delete NAME · scenario list (> marks the one in use, * when changed) · scenario diff A [B]: the variables and parameters that differ (B defaults to current)\n  'save FILE' keeps named scenarios (the script replays each 'scenario save' after the commands that built it); 'reset' keeps them too",
        "compare": "  compare A [B ...]: the current scenario first, then each preset, saved scenario or 'current', run with your horizon, seed and draws\n  per output at the horizon: central (difference from the first column) and the p10 … p90 band; regime with the share of draws in each\n  a preset keeps your parameter overrides (as 'use' does); a saved scenario brings its own; Ctrl-C cancels",
        "export": "  export FILE.csv: one row per month (month, date, then OUTPUT, OUTPUT_p10, OUTPUT_p50, OUTPUT_p90 for each output; regime as a word and shares)\n  export FILE.json: the 'eval --json' summary plus version, variables, parameters (overrides) and months\n  never overwrites without --force; units and fields: docs/EXPORT.md",
        "param": "  param: every model parameter with value, central, low … high, unit, status and source (* = overridden)\n  param NAME: one in full · param NAME VALUE: override for this session (a plain number in the parameter's unit, e.g. param demand_floor -7)\n  outside low … high only with a warning; an override is held fixed in Monte Carlo, shown in the eval header, and kept by save\n  param reset [NAME]: back to the calibrated value (all, or one)",
        "sensitivity": "  sensitivity OUT: each parameter at its low and at its high, the others as in this session, on the central path at the horizon\n  a tornado chart, largest swing first, with each parameter's status; then how much of the p10–p90 band is market noise\n  and how much is parameter uncertainty (measured by rerunning Monte Carlo with noise only and with parameters only)",
        "plot": "  plot OUT, ... [--svg FILE] [--force]: monthly paths 0 … horizon, central line with its p10–p90 band (runs eval if needed);\n  outputs in different units get one chart each; regime plots as abundant/ample/scarce; --svg also writes the charts\n  as an SVG file (never replacing one without --force)",
        "sweep": "  sweep VAR FROM..TO step S [show OUT, ...]: the central model (no Monte Carlo, so quick) at each point, at the horizon;\n  a table (◀ marks a change of regime) and a chart across the range; at most 1,001 points; the state is not changed;\n  default outputs: reserves, regime, sofr_spread, btc. Bands across scenarios: use compare",
        "pause": "  waits for Enter when a person is at the terminal (standard input and output both terminals); in scripts, pipes and tests it does nothing\n  Ctrl-C while waiting at the prompt cancels the rest of the script",
        "lesson": "  lesson list (or lesson): the shipped lessons, by number, with titles; lesson NAME: run one, like source (undo takes it all back)\n  lessons are found in $FEDSH_LESSONS, beside the binary (../share/fedsh/lessons, lessons/) and in the source tree it was built from\n  fedsh --step lessons/01-balance-sheet.fed shows each command and waits for Enter before running it",
        "predict": "  predict OUT up|down|VALUE before eval: the next eval report shows each guess beside the model's central value and p10–p90 band,\n  says right or wrong (VALUE: inside the band or not) and which channel decided it; then the predictions are cleared\n  examples: predict btc up, predict y2 10bp, predict reserves 3.2T, predict regime scarce",
        "glossary": "  glossary: the terms; glossary TERM: a definition and the command that shows it (case-insensitive; on-rrp, term_premium for spaces)",
        "record": "  record FILE.md [--force]: writes the session as a Markdown handout as it goes (commands, output in text blocks, notes as paragraphs,\n  errors, a marker at each pause, charts as SVG files beside it), titled by the lesson; record FILE.html: one self-contained page, charts inline;\n  record off: stops; never overwrites a file without --force. From the start: fedsh --transcript FILE.md (--force to replace it)",
        "explain": "  explain [OUTPUT] (default btc): purchases → reserves → share of bank assets\n  → demand curve → regime → repo vs the SRF rate → the four channels\n  (surprise, liquidity, duration, funding stress) → S&P 500 → Nasdaq → Bitcoin\n  → Ether, with this scenario's numbers. Every parameter is cited as [name =\n  value, status]; money-market outputs stop at their step; yields take the\n  surprise and duration path. Ends with the p10–p90 band and how large the\n  policy effect is beside it.",
        "ledger": "  ledger [MONTH] (default 1): the month's balance-sheet entries as a T-account\n  (Fed assets | other liabilities and reserves) in $B, with totals that\n  balance and the closing balance sheet. 'ledger 0' explains the start;\n  'ledger all' gives one line per month. MONTH is an expression giving a whole\n  number from 0 to the horizon (ledger horizon, ledger 2 + 1).",
        "claims": "  the 11 claims of the 8 Dec 2025 \"stealth QE\" article beside the model,\n  computed live from the presets with this session's horizon, draws, seed and\n  parameter overrides. Verdicts: supported (the whole p10–p90 band inside the\n  claim), not supported (wholly outside), within the noise (both), cannot be\n  judged by this model (no such output, or an input).",
        "assert": "  fails the script (file:line) unless the condition holds: assert reserves > 3T, assert regime == ample, assert btc.p50 > 0",
    ]

    private static let extraTopics: [String: @Sendable () -> String] = [
        "tour": { tour },
        "variables": {
            "scenario variables (help NAME for each):\n" + ScenarioVariable.catalog.map { "  \($0.name.rightPadded(18)) \($0.meaning)" }.joined(separator: "\n") + "\n"
        },
        "outputs": {
            "outputs, after eval (NAME, NAME.p10/.p50/.p90, NAME[month]):\n" + Output.allCases.map { "  \($0.rawValue.rightPadded(14)) \($0.meaning)" }.joined(separator: "\n") + "\n"
        },
        "presets": {
            "presets (use NAME):\n" + Preset.all.map { "  \($0.name.rightPadded(14)) \($0.summary)" }.joined(separator: "\n") + "\n"
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
            the liquidity channel: "net liquidity" = Fed total assets − TGA − ON RRP. Proponents fit stock prices to
            its level; on changes the link is weak (R² ≈ 0–0.1) and unstable. fedsh uses +0.3% of the S&P 500 per $100B
            (range 0 to 1.3%, the top being the proponents' fair-value rule), after a lag of ~3 months. See docs/MODEL.md.

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
