/// The classroom glossary: plain definitions of the plumbing words, each with the fedsh command
/// that shows the thing. Facts follow docs/MODEL.md and the research sheets; where a figure is
/// uncertain the entry says so.
enum Glossary {
    /// One term.
    struct Entry {
        let term: String
        /// Other ways to ask for it (already in lookup form: lowercase, words separated by spaces).
        let aliases: [String]
        let definition: String
        let command: String
    }

    /// `on-rrp`, `ON_RRP`, `on rrp` → `on rrp`.
    static func key(_ text: String) -> String {
        let spaced = String(
            text.lowercased().map { (character: Character) -> Character in
                character == "-" || character == "_" ? " " : character
            })
        return spaced.split(separator: " ").map(String.init).joined(separator: " ")
    }

    static func entry(_ text: String) -> Entry? {
        let wanted = key(text)
        return entries.first { key($0.term) == wanted || $0.aliases.contains(wanted) }
    }

    /// Every form a term can be asked for, hyphenated (as typed at the prompt), for suggestions.
    static var lookupWords: [String] {
        entries.flatMap { [key($0.term)] + $0.aliases }.map { $0.replacingOccurrences(of: " ", with: "-") }
    }

    static let entries: [Entry] = [
        Entry(
            term: "SOFR", aliases: ["secured overnight financing rate"],
            definition:
                """
                    The Secured Overnight Financing Rate: the volume-weighted median rate on overnight loans backed \
                    by Treasury securities (tri-party, GCF and cleared bilateral repo), published by the New York Fed \
                    each morning for the day before. It is the broadest measure of what cash costs against Treasury \
                    collateral. When reserves grow scarce SOFR rises above IORB, most sharply on month-ends and tax \
                    dates: it printed 5.25% on 17 Sep 2019 and above the top of the target range several times in \
                    Oct–Nov 2025.
                    """,
            command: "eval  (money markets: SOFR − IORB and the month-end peak); show sofr_spread"),
        Entry(
            term: "TGCR", aliases: ["tri party general collateral rate", "tri-party general collateral rate"],
            definition:
                """
                    The Tri-Party General Collateral Rate: the median rate on overnight Treasury repo in the \
                    tri-party market only, a subset of what goes into SOFR (it leaves out cleared bilateral trades). \
                    It moves with SOFR; in late 2025 the FOMC minutes noted tri-party rates \"averaging somewhat \
                    above\" IORB. fedsh models one repo rate, SOFR, and does not show TGCR separately.
                    """,
            command: "eval  (SOFR − IORB stands in for repo rates in general)"),
        Entry(
            term: "EFFR", aliases: ["effective federal funds rate", "fed funds", "fed funds rate"],
            definition:
                """
                    The effective federal funds rate: the volume-weighted median rate on overnight unsecured loans of \
                    reserves between banks and other institutions (largely Federal Home Loan Banks lending to banks). \
                    It is the rate the FOMC targets, inside a 25bp range. How far it sits above or below IORB \
                    measures how scarce reserves are: the reserve demand curve plots EFFR − IORB against reserves as \
                    a share of bank assets.
                    """,
            command: "eval  (money markets: EFFR − IORB); show effr_spread"),
        Entry(
            term: "IORB", aliases: ["interest on reserve balances", "interest on reserves", "ioer"],
            definition:
                """
                    Interest on reserve balances: the rate the Fed pays banks on the reserves they hold at it, set \
                    10bp below the top of the target range (3.65% after the 10 Dec 2025 cut to 3.50–3.75%). A bank \
                    will rarely lend reserves for less, so IORB anchors overnight rates; fedsh states money-market \
                    spreads in bp over IORB.
                    """,
            command: "eval  (corridor line: range, IORB, ON RRP and SRF rates)"),
        Entry(
            term: "ON RRP", aliases: ["rrp", "reverse repo", "overnight reverse repo", "on rrp facility"],
            definition:
                """
                    The Fed's overnight reverse repo facility: money-market funds and other eligible firms lend cash \
                    to the Fed overnight against Treasury collateral at the ON RRP rate, the bottom of the target \
                    range (3.50% from 11 Dec 2025). It is the floor under repo rates. Its balance is a Fed liability \
                    like reserves: it peaked near $2.4T at the end of 2022 and had fallen to tens of billions by late \
                    2025, so it no longer cushions a fall in reserves.
                    """,
            command: "eval  (balance sheet: ON RRP); show rrp"),
        Entry(
            term: "SRF", aliases: ["standing repo facility", "standing repo", "srp"],
            definition:
                """
                    The Standing Repo Facility: the Fed lends cash overnight against Treasury and agency collateral \
                    to approved dealers and banks at the top of the target range (3.75% from 11 Dec 2025). It is the \
                    ceiling on repo rates; its loans add reserves while they last. Use set records in late 2025 \
                    ($50.35B on 31 Oct, $74.6B on 31 Dec); its $500B aggregate limit was removed in Dec 2025. There \
                    was no such facility in September 2019.
                    """,
            command: "eval  (SRF loans, and whether repo peaks pass the SRF rate); show srf"),
        Entry(
            term: "TGA", aliases: ["treasury general account"],
            definition:
                """
                    The Treasury General Account: the US Treasury's cash account at the Fed. When taxes are paid or \
                    debt is sold, money moves from bank deposits into the TGA and reserves fall by the same amount; \
                    when the Treasury spends, they come back. The Treasury planned an end-December 2025 balance of \
                    about $850B; its swings around tax dates are why reserve-management purchases are sized for \
                    seasonal troughs.
                    """,
            command: "eval  (balance sheet: TGA); show tga"),
        Entry(
            term: "QT", aliases: ["quantitative tightening", "runoff", "balance sheet runoff"],
            definition:
                """
                    Quantitative tightening: letting securities mature without reinvesting the principal, so the \
                    Fed's balance sheet and reserves shrink. QT ran from June 2022 to 1 Dec 2025 and took total \
                    assets from about $8.96T to about $6.53T; by 2025 the caps were $5B a month of Treasuries and \
                    $35B of MBS (MBS paid down only about $15–17B a month). Since December MBS principal is \
                    reinvested in bills.
                    """,
            command: "use qt-continues; eval  (what if it had not ended)"),
        Entry(
            term: "QE", aliases: ["quantitative easing", "lsap", "large scale asset purchases"],
            definition:
                """
                    Quantitative easing: large purchases of longer-term securities (Treasury coupons, MBS) to push \
                    down long-term yields by taking duration out of private hands, which lowers the term premium. \
                    Estimates for 2008–14 put the cumulative effect on the 10-year term premium at about 100bp. \
                    Buying the same dollar amount of bills adds the same reserves but almost no duration, which is \
                    why bill purchases are not QE.
                    """,
            command: "use qe-coupons; eval  (then compare y10 with 'use cabana; eval')"),
        Entry(
            term: "RMP", aliases: ["rmps", "reserve management purchases", "reserve management purchase"],
            definition:
                """
                    Reserve management purchases: Treasury bill purchases (and, if needed, Treasuries of 3 years or \
                    less) to keep reserves ample as currency and the TGA grow. Announced 10 Dec 2025: about $40B in \
                    the first month from 12 Dec, elevated until mid-April 2026 and then reduced; survey respondents \
                    expected about $220B in the first 12 months. The Fed says they have no implications for the \
                    stance of monetary policy; in October 2019 it bought about $60B a month of bills for the same \
                    reason.
                    """,
            command: "use fomc-dec-2025; eval"),
        Entry(
            term: "reserves", aliases: ["reserve balances", "bank reserves"],
            definition:
                """
                    Reserve balances: the deposits banks hold at the Fed, the money banks settle payments with. On \
                    the Fed's balance sheet they are the residual: total assets minus currency, the TGA, ON RRP and \
                    other liabilities. So reserves rise when the Fed buys securities or lends through the SRF, and \
                    fall when the TGA or currency grows. About $2.85–3.0T in December 2025, roughly 12% of bank \
                    assets.
                    """,
            command: "eval  (balance sheet: reserves); show reserves"),
        Entry(
            term: "bank assets", aliases: ["total bank assets", "commercial bank assets", "reserve ratio"],
            definition:
                """
                    Total assets of all US commercial banks (the Fed's H.8 release), about $24.3–24.5T in late 2025 \
                    (derived, not read directly). Reserves are measured against it: the reserve ratio, reserves as a \
                    share of bank assets, is the quantity on the x-axis of the reserve demand curve, with a threshold \
                    near 12–13% (Afonso, Giannone, La Spada and Williams).
                    """,
            command: "eval  (reserves and regime: reserve ratio); show reserve_ratio"),
        Entry(
            term: "abundant, ample, scarce",
            aliases: ["abundant", "ample", "scarce", "regime", "regimes", "abundant ample scarce"],
            definition:
                """
                    The three regimes of the reserve demand curve. Abundant: the curve is flat, and adding or \
                    draining reserves barely moves EFFR − IORB (above about 12–13% of bank assets). Ample: the slope \
                    is modestly negative, and rates begin to respond; the Fed aims to stay here. Scarce: the curve is \
                    steep, and small drains move rates a lot, as in September 2019. fedsh reads the regime from the \
                    slope of the curve; the thresholds are estimates with their own uncertainty.
                    """,
            command: "eval  (reserves and regime: curve slope, regime and its share of draws); use repo-2019; eval"),
        Entry(
            term: "net liquidity", aliases: ["liquidity", "netliq"],
            definition:
                """
                    Fed total assets (less the overnight SRF loans) minus the TGA minus ON RRP, an indicator popular \
                    in markets since 2022 as a guide to stock and crypto prices. Its fit is between trending levels; \
                    on changes the link is weak (R² about 0–0.1) and unstable, and the mechanism is disputed \
                    (reserves stay in the banking system). fedsh shows it as a narrative indicator and gives its \
                    price channel a wide range on both sides of zero, centred near it.
                    """,
            command: "eval  (balance sheet: net liquidity; channels: liquidity); help liquidity"),
        Entry(
            term: "term premium", aliases: ["term premia"],
            definition:
                """
                    The extra yield investors demand to hold a long bond rather than roll short bills over the same \
                    period. Central-bank purchases of long securities lower it by taking duration out of private \
                    hands (the portfolio-balance or duration channel); QT and heavy coupon issuance raise it. It \
                    cannot be observed directly: it is estimated from term-structure models, so any number for it \
                    carries model uncertainty.
                    """,
            command: "set instrument coupons; eval  (channels: duration, 10-year)"),
        Entry(
            term: "10-year equivalents", aliases: ["ten year equivalents", "10ye", "duration", "10 year equivalents"],
            definition:
                """
                    A way to measure how much interest-rate risk (duration) a purchase removes: the dollar amount of \
                    10-year notes with the same duration. A 3-month bill has duration about 0.25 years and a 10-year \
                    note about 8–8.5, so $40B of bills is only about $1.2B of 10-year equivalents, about 1/30 as much \
                    as $40B of 10-year notes. This is derived arithmetic, not a published estimate, and it is why \
                    bills barely move the 10-year.
                    """,
            command:
                """
                    set purchases 45B/month; eval; let with_bills = y10; set instrument coupons; eval; print y10 - \
                    with_bills
                    """
        ),
        Entry(
            term: "surprise vs expected",
            aliases: [
                "surprise", "expected", "priced in", "surprise vs expected", "surprise versus expected",
                "monetary policy surprise",
            ],
            definition:
                """
                    Markets move on the part of a policy decision they did not expect. The surprise is the actual \
                    change minus the change priced in fed funds futures (Kuttner, 2001). A fully expected 25bp cut \
                    barely moves the 2-year yield or stocks on the day; an unexpected 25bp cut moves the 2-year about \
                    15bp and the S&P 500 about 1% (Bernanke and Kuttner, 2005). Before 10 Dec 2025 markets priced a \
                    cut with about 87–95% probability.
                    """,
            command: "set rate_cut 0; eval  (the hawkish surprise: spx[0], y2[0]); show expected_cut"),
    ]
}
