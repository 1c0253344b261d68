import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

// show: Session+Show.swift.

@Test func showListsEveryVariableAndStarsTheChangedOnes() {
    let shell = Harness()
    shell.succeed("set purchases 45B/month; set qt on; let extra = 5B/month")
    let printed = shell.succeed("show")
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

@Test func showWithNoChangesHasNoStars() {
    let printed = Harness().succeed("show")
    #expect(!printed.contains("*"))
}

@Test func showNamesOneVariableOrUserVariable() {
    let shell = Harness()
    shell.succeed("set rate_cut 50bp; let extra = 5B/month")
    #expect(shell.succeed("show rate_cut") == "* rate_cut  50bp  (default 25bp)\n")
    #expect(shell.succeed("show purchases") == "  purchases  $0/month\n")
    #expect(shell.succeed("show extra") == "extra = $5B/month\n")
}

@Test func showAnOutputAfterEvalPrintsItsMonthlyPathWithBands() {
    let shell = Harness()
    shell.succeed("set draws 200; use cabana; eval")
    let printed = shell.succeed("show reserves")
    let lines = printed.split(separator: "\n").map(String.init)
    #expect(lines.first == "reserves: reserve balances (the residual of the balance sheet)")
    #expect(lines.count == 14)
    for month in 0...12 {
        let line = lines[month + 1]
        #expect(line.hasPrefix("  month \(String(month).leftPadded(2))  $"), "\(line)")
        #expect(line.contains("   p10–p90 $"), "\(line)")
    }
    #expect(lines[1].hasPrefix("  month  0  $2.961T"))
}

@Test func showRegimeHasNoBands() {
    let shell = Harness()
    shell.succeed("set draws 200; eval")
    let printed = shell.succeed("show regime")
    #expect(printed.contains("  month 12  ample\n"))
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
