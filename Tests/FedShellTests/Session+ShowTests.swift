import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

// show: Session+Show.swift.

@Test func showAllListsEveryVariableAndStarsTheChangedOnes() {
    let shell = Harness()
    shell.succeed("set purchases 45B/month; set qt on; let extra = 5B/month")
    let printed = shell.succeed("show all")
    let lines = printed.split(separator: "\n").map(String.init)
    for variable in ScenarioVariable.catalog {
        let line = lines.first { $0.dropFirst(2).hasPrefix(variable.name + " ") }
        #expect(line != nil, "\(variable.name) missing")
        let changed = ["purchases", "qt"].contains(variable.name)
        #expect(line?.hasPrefix(changed ? "* " : "  ") == true, "\(line ?? "")")
    }
    #expect(printed.contains("* purchases              $45B/month  (default $0/month)"))
    #expect(printed.contains("(* differs from the default)"))
    #expect(printed.contains("your variables:\n  extra = $5B/month\n"))
}

@Test func showListsOnlyWhatDiffersFromTheDefaults() {
    let shell = Harness()
    #expect(shell.succeed("show") == "every variable is at its default ('show all' lists them)\n")
    shell.succeed("set purchases 45B/month; set qt on")
    let printed = shell.succeed("show")
    #expect(
        printed.hasPrefix("* purchases  $45B/month  (default $0/month)\n* qt         on          (default off)\n"),
        "\(printed)")
    #expect(!printed.contains("rate_cut"), "\(printed)")
    #expect(printed.contains("'show all'"))
}

@Test func showWithNoChangesHasNoStars() {
    let printed = Harness().succeed("show all")
    #expect(!printed.contains("*"))
}

@Test func showNamesOneVariableOrUserVariable() {
    let shell = Harness()
    shell.succeed("set rate_cut 50bp; let extra = 5B/month")
    #expect(shell.succeed("show rate_cut") == "* rate_cut  50bp  (default 25bp)\n")
    #expect(shell.succeed("show purchases") == "  purchases  $0/month\n")
    #expect(shell.succeed("show extra") == "  extra = $5B/month\n")
    // Several names: one aligned table.
    #expect(
        shell.succeed("show rate_cut purchases")
            == "* rate_cut   50bp      (default 25bp)\n  purchases  $0/month\n(* differs from the default)\n")
}

@Test func showAnOutputAfterEvalPrintsItsMonthlyPathWithBands() {
    let shell = Harness()
    shell.succeed("set draws 200; use cabana; eval")
    let printed = shell.succeed("show reserves")
    let lines = printed.split(separator: "\n").map(String.init)
    #expect(lines.first == "reserves: reserve balances (the residual of the balance sheet)")
    #expect(lines.count == 15)
    #expect(lines[1] == "  month  reserves          p10 … p90")
    // Every row lines up: the same width, the band's "…" in the same column.
    let rows = lines.dropFirst(2)
    #expect(Set(rows.map(\.count)).count == 1, "\(printed)")
    #expect(Set(rows.map { $0.split(separator: "…")[0].count }).count == 1, "\(printed)")
    #expect(lines[2].hasPrefix("      0   $2.932T"), "\(lines[2])")
    let two = shell.succeed("show reserves btc")
    let header = two.split(separator: "\n").first { $0.hasPrefix("  month") }.map(String.init) ?? ""
    #expect(header.hasSuffix("reserves    btc"), "one table, a column each: \(two)")
    #expect(!two.contains("p10"), "\(two)")
}

@Test func showRegimeHasNoBands() {
    let shell = Harness()
    shell.succeed("set draws 200; eval")
    let printed = shell.succeed("show regime")
    #expect(printed.contains("     12   ample\n"), "\(printed)")
    #expect(!printed.contains("p10"))
}

@Test func showAnOutputBeforeEvalSaysToRunEval() {
    let (outcome, printed) = Harness().run("show btc")
    #expect(outcome.failures == 1)
    #expect(printed.contains("error: 'btc' is an output: run 'eval' first"))
}

@Test func showAnUnknownNameSuggests() {
    let (outcome, printed) = Harness().run("show reserve")
    #expect(outcome.failures == 1)
    #expect(printed.contains("error: unknown name 'reserve'"))
    #expect(printed.contains("did you mean 'reserves'?"))
}
