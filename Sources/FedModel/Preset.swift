/// A named scenario that ships with fedsh: a list of variable settings on top of the defaults, so the
/// shell can echo, save and diff it like anything a user typed.
package struct Preset: Sendable {
    package let name: String
    package let summary: String
    package let settings: [(variable: String, value: ScenarioVariable.Value)]

    /// The scenario this preset describes: defaults, then its settings.
    package var scenario: Scenario {
        var scenario = Scenario()
        for setting in settings { ScenarioVariable.named(setting.variable)?.set(&scenario, setting.value) }
        return scenario
    }

    package static func named(_ name: String) -> Preset? {
        let lowered = name.lowercased()
        return all.first { $0.name == lowered }
    }

    package static let all: [Preset] = [
        Preset(name: "baseline", summary: "QT off, no purchases, a 25bp cut exactly as expected", settings: []),
        Preset(name: "cabana", summary: "$45B/month of bills (Mark Cabana's forecast)",
               settings: [("purchases", .number(45))]),
        Preset(name: "evercore", summary: "$35B/month of bills (Evercore ISI's forecast)",
               settings: [("purchases", .number(35))]),
        Preset(
            name: "fomc-dec-2025",
            summary:
                """
                    what the Fed did: 25bp cut (22 priced), a lower path (−8bp), ~$40B/month of bills until mid-April \
                    2026, then $7.5B/month
                    """,
            settings: [
                ("purchases", .number(40)), ("schedule", .choice("front-loaded")),
                ("elevated_months", .number(4)), ("later_purchases", .number(7.5)),
                ("expected_cut", .number(22)), ("path_surprise", .number(-8)),
            ]),
        Preset(name: "qt-continues", summary: "QT never ended: Treasury and MBS runoff, no purchases",
               settings: [("qt", .toggle(true))]),
        Preset(name: "hawkish-hold", summary: "no cut when 25bp was expected",
               settings: [("rate_cut", .number(0))]),
        Preset(name: "qe-coupons", summary: "$45B/month of coupon securities instead of bills (QE-like)",
               settings: [("purchases", .number(45)), ("instrument", .choice("coupons"))]),
        Preset(name: "repo-2019", summary: "the September 2019 start state: scarce reserves, no standing repo facility",
               settings: [("start", .choice("sep-2019"))]),
    ]
}
