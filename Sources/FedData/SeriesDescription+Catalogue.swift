extension SeriesDescription {
    private static let wednesday = "H.4.1 (Wednesday level)"
    private static let weekAverage = "H.4.1 (week average)"
    private static let soma = "NY Fed SOMA holdings (as of Wednesday)"

    /// Every series fedsh reads: the shipped snapshot (data/) and the ones it uses when a user imports
    /// them (`WSHOBL`, `GDP`). Units are FRED's, so a FRED download of the same id replaces the file.
    package static let catalogue: [SeriesDescription] = [
        // Fed assets
        .init("WALCL", "Fed total assets", .millionsOfDollars, .weekly, wednesday),
        .init("TREAST", "Treasury securities held outright", .millionsOfDollars, .weekly, wednesday),
        .init("WSHOBL", "Treasury bills held outright", .millionsOfDollars, .weekly, wednesday),
        .init("WSHOMCB", "Mortgage-backed securities held outright", .millionsOfDollars, .weekly, wednesday),
        .init("WSHOSHO", "Securities held outright, all", .millionsOfDollars, .weekly, wednesday),
        .init("WORAL", "Repurchase agreements (SRF and FIMA repo)", .millionsOfDollars, .weekly, wednesday),
        .init(
            "H41RESPPALGTRONWW", "Repurchase agreements: others (Standing Repo Facility)",
            .millionsOfDollars, .weekly, wednesday),
        .init(
            "H41RESPPALGTRFNWW", "Repurchase agreements: foreign official (FIMA)",
            .millionsOfDollars, .weekly, wednesday),
        .init("WLCFLPCL", "Loans: primary credit (discount window)", .millionsOfDollars, .weekly, wednesday),
        .init("SWPT", "Central bank liquidity swaps", .millionsOfDollars, .weekly, wednesday),
        .init("SOMA_BILLS", "SOMA Treasury bills (par)", .millionsOfDollars, .weekly, soma),
        .init(
            "SOMA_NOTESBONDS", "SOMA nominal notes and bonds, excluding FRNs (par)", .millionsOfDollars, .weekly, soma),
        .init("SOMA_FRN", "SOMA floating-rate notes (par)", .millionsOfDollars, .weekly, soma),
        .init("SOMA_TIPS", "SOMA TIPS (par, excluding inflation compensation)", .millionsOfDollars, .weekly, soma),
        .init("SOMA_MBS", "SOMA agency MBS (current face)", .millionsOfDollars, .weekly, soma),
        // Fed liabilities
        .init("WRESBAL", "Reserve balances with Federal Reserve Banks", .millionsOfDollars, .weekly, weekAverage),
        .init("WRBWFRBL", "Reserve balances with Federal Reserve Banks", .millionsOfDollars, .weekly, wednesday),
        .init("WDTGAL", "Treasury General Account", .millionsOfDollars, .weekly, wednesday),
        .init("TGA_DTS", "Treasury General Account, closing balance (Daily Treasury Statement)",
              .millionsOfDollars, .daily, "Treasury DTS (derived)"),
        .init("WCICL", "Currency in circulation", .millionsOfDollars, .weekly, wednesday),
        .init("WLRRAOL", "Reverse repos: others (ON RRP counterparties)", .millionsOfDollars, .weekly, wednesday),
        .init("WLRRAFOIAL", "Reverse repos: foreign official and international accounts",
              .millionsOfDollars, .weekly, wednesday),
        .init("WDFOL", "Deposits: foreign official", .millionsOfDollars, .weekly, wednesday),
        .init("WLODL", "Deposits: other (GSEs, DMUs)", .millionsOfDollars, .weekly, wednesday),
        // Daily operations
        .init("RRPONTSYD", "ON RRP take-up", .billionsOfDollars, .daily, "NY Fed operations"),
        .init("RPONTSYD", "Overnight repo (SRF since 2021), Treasury collateral", .billionsOfDollars, .daily,
              "NY Fed operations"),
        .init("RRPONTSYAWARD", "ON RRP award rate", .percent, .daily, "NY Fed operations"),
        // Policy and money-market rates
        .init("IORB", "Interest rate on reserve balances", .percent, .daily, "Federal Reserve Board"),
        .init("IOER", "Interest rate on excess reserves (to 28 Jul 2021)", .percent, .daily, "Federal Reserve Board"),
        .init("DFEDTARU", "Federal funds target range, top", .percent, .daily, "FOMC"),
        .init("DFEDTARL", "Federal funds target range, bottom", .percent, .daily, "FOMC"),
        .init("DPCREDIT", "Discount window primary credit rate", .percent, .daily, "Federal Reserve Board"),
        .init("EFFR", "Effective federal funds rate", .percent, .daily, "NY Fed"),
        .init("SOFR", "Secured Overnight Financing Rate", .percent, .daily, "NY Fed"),
        .init("SOFR1", "SOFR, 1st percentile", .percent, .daily, "NY Fed"),
        .init("SOFR25", "SOFR, 25th percentile", .percent, .daily, "NY Fed"),
        .init("SOFR75", "SOFR, 75th percentile", .percent, .daily, "NY Fed"),
        .init("SOFR99", "SOFR, 99th percentile", .percent, .daily, "NY Fed"),
        .init("TGCR", "Tri-party general collateral rate", .percent, .daily, "NY Fed"),
        .init("BGCR", "Broad general collateral rate", .percent, .daily, "NY Fed"),
        .init("DGS2", "2-year Treasury yield (constant maturity)", .percent, .daily, "H.15"),
        .init("DGS10", "10-year Treasury yield (constant maturity)", .percent, .daily, "H.15"),
        // Banks and the economy
        .init("TLAACBW027SBOG", "Total assets, all commercial banks (SA)", .billionsOfDollars, .weekly, "H.8"),
        .init("GDP", "Nominal GDP (SAAR)", .billionsOfDollars, .quarterly, "BEA"),
        // Markets
        .init("SP500", "S&P 500, close", .index, .daily, "S&P Dow Jones Indices via FRED"),
        .init("NASDAQCOM", "Nasdaq Composite, close", .index, .daily, "Nasdaq via FRED"),
        .init("BTC-USD", "Bitcoin, close", .dollars, .daily, "exchange close (Yahoo-style)"),
        .init("ETH-USD", "Ether, close", .dollars, .daily, "exchange close (Yahoo-style)"),
    ]
}
