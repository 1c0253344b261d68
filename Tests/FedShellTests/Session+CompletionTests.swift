import Foundation
import Testing
@testable import FedLanguage
@testable import FedModel
@testable import FedShell

// Completion: Session+Completion.swift.

private func complete(_ line: String, in shell: Harness = Harness()) -> (replacing: Int, candidates: [String]) {
    shell.session.completions(lineBeforeCursor: line)
}

@Test func commandWordsAtTheStart() {
    #expect(Set(complete("").candidates) == Set(CommandSyntax.allWords))
    #expect(complete("se") == (2, ["sensitivity", "set"]))
    #expect(complete("sh").candidates == ["show"])
    #expect(complete("s").candidates == CommandSyntax.allWords.filter { $0.hasPrefix("s") }.sorted())
    #expect(complete("set qt on; u").candidates == ["undo", "unset", "use"])
    #expect(complete("ex").candidates == ["exit", "explain", "export"])
}

@Test func variablesAfterSet() {
    #expect(Set(complete("set ").candidates) == Set(ScenarioVariable.catalog.map(\.name)))
    #expect(complete("set pur") == (3, ["purchase_months", "purchase_rule", "purchase_start", "purchases"]))
    #expect(complete("set qt on; set ra").candidates == ["rate_cut"])
}

@Test func userVariablesAfterUnset() {
    let shell = Harness()
    shell.succeed("let extra = 5B/month")
    #expect(complete("unset ex", in: shell).candidates == ["expected_cut", "extra"])
}

@Test(arguments: [
    ("set instrument ", ["bills", "coupons", "short-coupons"]),
    ("set instrument c", ["coupons"]),
    ("set qt ", ["off", "on"]),
    ("set schedule ", ["flat", "front-loaded"]),
    ("set start ", ["dec-2025", "sep-2019"]),
])
func choiceValuesAfterTheirVariable(_ line: String, _ expected: [String]) {
    #expect(complete(line).candidates == expected)
}

@Test func presetsAfterUse() {
    #expect(complete("use ").candidates == Preset.all.map(\.name).sorted())
    #expect(complete("use q").candidates == ["qe-coupons", "qt-continues"])
}

@Test func helpTopics() {
    #expect(complete("help to").candidates == ["total_assets", "tour"])
    #expect(complete("help cab").candidates == ["cabana"])
    #expect(Set(complete("help ").candidates) == Set(HelpText.topics))
}

@Test func outputsAndFlagsWhereTheyBelong() {
    #expect(complete("show sofr").candidates == ["sofr_peak", "sofr_peak_date", "sofr_spread"])
    #expect(complete("eval -").candidates == ["--csv", "--json"])
    #expect(complete("save --").candidates == ["--force", "--minimal"])
    #expect(complete("print bt").candidates == ["btc"])
    #expect(complete("assert regime == am").candidates == ["ample"])
}

@Test(arguments: ["save", "source"])
func fileNamesAfterSaveAndSource(_ command: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("lesson1.fed", "set qt on\n")
    try folder.write("lesson2.fed", "set qt on\n")
    try folder.write("notes.txt", "")
    try folder.write(".hidden.fed", "")
    try folder.write("lessons/inner.fed", "")
    let prefix = folder.url.path + "/"
    let shell = Harness()
    let typed = prefix + "les"
    let result = complete("\(command) \(typed)", in: shell)
    #expect(result.replacing == typed.count)
    #expect(result.candidates == [prefix + "lesson1.fed", prefix + "lesson2.fed", prefix + "lessons/"])
    #expect(complete("\(command) \(prefix)").candidates.contains(prefix + "notes.txt"))
    #expect(!complete("\(command) \(prefix)").candidates.contains(prefix + ".hidden.fed"))
    #expect(complete("\(command) \(prefix).h").candidates == [prefix + ".hidden.fed"])
    #expect(complete("\(command) \(prefix)lessons/").candidates == [prefix + "lessons/inner.fed"])
    #expect(complete("\(command) \(prefix)nothing").candidates.isEmpty)
}

@Test func fileNamesAreTakenFromTheRunningScriptsFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("part.fed", "")
    let shell = Harness()
    shell.session.sourceStack.append(folder.url.appendingPathComponent("main.fed"))
    #expect(complete("source pa", in: shell).candidates == ["part.fed"])
}

@Test func toolArgumentsComplete() {
    #expect(complete("scenario ").candidates == ["delete", "diff", "list", "save", "use"])
    #expect(complete("compare cab").candidates == ["cabana"])
    #expect(complete("param btc_").candidates == ["btc_beta"])
    #expect(complete("plot reser").candidates == ["reserve_ratio", "reserves"])
    #expect(complete("sweep purch").candidates == ["purchase_months", "purchase_start", "purchases"])
    #expect(complete("sweep purchases 0..90B/month st").candidates == ["step"])
    #expect(complete("sweep purchases 0..90B/month step 15B/month show bt").candidates == ["btc"])
    #expect(complete("predict btc ").candidates == ["down", "up"])
    #expect(complete("glossary so").candidates == ["sofr"])
    #expect(complete("lesson ").candidates.contains("list"))
    #expect(complete("lesson ").candidates.contains("balance-sheet"))
}
