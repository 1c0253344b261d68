import FedLanguage
@testable import FedShell
import Foundation
import Testing

/// Files the catalogue sources: made once, shared by the cases (tests run in parallel).
private let files: ScratchFolder = {
    let folder = try! ScratchFolder()
    try! FileManager.default.createDirectory(atPath: folder.path("folder.fed"), withIntermediateDirectories: true)
    try! folder.write("binary.fed", bytes: Array("set purchases 45B/month\n".utf8) + [0, 1, 2, 0xFF])
    try! folder.write("latin1.fed", bytes: Array("note caf".utf8) + [0xE9] + [0x0A])
    try! folder.write("self.fed", "set rate_cut 50bp\nsource self.fed\n")
    try! folder.write("fails-late.fed", "set rate_cut 50bp\nset nosuch 1\n")
    try! folder.write("no-newline.fed", "set rate_cut 50bp")
    try! folder.write("empty.fed", "")
    try! folder.write("existing.fed", "# kept\n")
    try! folder.write("secret_key", "-----BEGIN OPENSSH PRIVATE KEY-----\n")
    // Bad data files for `data import` (docs/DATA.md §2).
    try! FileManager.default.createDirectory(atPath: folder.path("folder.csv"), withIntermediateDirectories: true)
    try! folder.write("empty.csv", "")
    try! folder.write("no-header.csv", "2025-12-03,1\n2025-12-10,2\n")
    try! folder.write("unknown-header.csv", "when,how much\n2025-12-10,2\n")
    try! folder.write("not-csv.csv", bytes: [0x50, 0x4B, 0x03, 0x04, 0, 0, 0xFF])
    try! folder.write("not-numeric.csv", "observation_date,WALCL\n2025-12-03,1\n2025-12-10,lots\n")
    try! folder.write("out-of-order.csv", "observation_date,WALCL\n2025-12-10,1\n2025-12-03,2\n")
    try! folder.write("duplicate.csv", "observation_date,WALCL\n2025-12-03,1\n2025-12-03,2\n")
    try! folder.write("mixed.csv", "observation_date,WALCL\n2025-11-19,1\n2025-11-26,1\n2025-12-03,1\n2025-12-04,1\n")
    try! folder.write("good.csv", "observation_date,WALCL\n2025-12-03,1\n2025-12-10,2\n")
    try! folder.write("huge.csv", "observation_date,WALCL\n")
    let huge = try! FileHandle(forWritingTo: folder.url.appendingPathComponent("huge.csv"))
    try! huge.truncate(atOffset: 100_000_000)
    try! huge.close()
    _ = mkfifo(folder.path("pipe.csv"), 0o600)
    return folder
}()

/// One bad input and the words its error must contain.
struct BadInput: CustomTestStringConvertible, Sendable {
    let line: String
    let message: String
    var testDescription: String { String(line.prefix(60)).debugDescription }
    init(_ line: String, _ message: String) { self.line = line; self.message = message }
}

/// Every kind of bad input a class can type or a script can hold: each fails with its own
/// message and leaves the session exactly as it was.
@Suite struct BadInputCatalogueTests {
    static let deep = "print " + String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300)

    static let cases: [BadInput] = [
        // Unknown names
        BadInput("set nosuch 1", "unknown variable 'nosuch'"),
        BadInput("set purchses 45B/month", "unknown variable 'purchses'"),
        BadInput("unset nosuch", "unknown variable 'nosuch'"),
        BadInput("use nosuch", "unknown preset 'nosuch'"),
        BadInput("print nosuchname", "unknown name 'nosuchname'"),
        BadInput("show nosuch", "unknown name 'nosuch'"),
        BadInput("frobnicate", "unknown command 'frobnicate'"),
        BadInput("help nosuch", "no help on 'nosuch'"),
        BadInput("set start nowhere", "'nowhere' is not a value of start"),
        BadInput("eval --nope", "unknown option '--nope' for eval"),
        // Wrong units and kinds
        BadInput("set purchases 45bp", "purchases needs dollars per month, like 45B/month, not 45bp"),
        BadInput("set purchases 45", "purchases needs a unit"),
        BadInput("set purchases \"text\"", "purchases needs dollars per month"),
        BadInput("print 45B + 3 months", "cannot add $45B and 3 months"),
        BadInput("print $45bp", "'$' cannot go before an amount in 'bp'"),
        BadInput("print 45Q", "unknown unit 'Q'"),
        BadInput("assert 45B", "assert needs a condition"),
        // Out of range, negative, not whole
        BadInput("set purchases -5B/month", "purchases = -$5B/month is out of range"),
        BadInput("set draws 0", "draws = 0 is out of range"),
        BadInput("set draws 100001", "draws = 100001 is out of range"),
        BadInput("set draws -3", "draws = -3 is out of range"),
        BadInput("set draws 1.5", "draws must be a whole number"),
        BadInput("set horizon -1 month", "horizon = -1 month is out of range"),
        BadInput("history -1", "history needs a whole number of entries"),
        BadInput("history 0", "history needs a whole number of entries"),
        BadInput("history abc", "history needs a whole number of entries"),
        // NaN, infinities, huge and tiny numbers
        BadInput("set purchases nan", "unknown name 'nan'"),
        BadInput("set purchases inf", "unknown name 'inf'"),
        BadInput("set purchases 1e400B/month", "number too large"),
        BadInput("set rate_cut 1e400", "number too large"),
        BadInput("print 1e400", "number too large"),
        BadInput("print -1e400", "number too large"),
        BadInput("print 1e308 * 10", "result is too large"),
        BadInput("print 1e308 * 1e308", "result is too large"),
        BadInput("print 1 / 0", "division by zero"),
        BadInput("print 10 months / 0 months", "division by zero"),
        BadInput("history 1e400", "history needs a whole number of entries"),
        // Syntax: unterminated, unbalanced, deep
        BadInput("print \"unterminated", "unterminated string"),
        BadInput("print \"bad \\q escape\"", "unknown escape '\\q' in string"),
        BadInput("print (1 + 2", "expected ')' to close the '(' at column 7"),
        BadInput("print 1 + 2)", "unexpected ')' after the print command"),
        BadInput("print 1 +", "expected a value, found end of line"),
        BadInput(deep, "expression is too deeply nested (more than 256 levels)"),
        BadInput("print " + String(repeating: "-", count: 5_000) + "1", "too deeply nested"),
        BadInput("print 1 < 2 < 3", "unexpected '<' after the print command"),
        BadInput("set", "set needs a name and a value"),
        BadInput("let = 5", "let needs a name, '=' and a value"),
        BadInput("let 5 = 5", "let needs a name, '=' and a value"),
        BadInput("let x =", "let needs a name, '=' and a value"),
        BadInput("set purchases 45B/month extra", "unexpected 'extra' after the set command"),
        BadInput("quit now", "unexpected 'now' after the quit command"),
        BadInput("save", "save needs a file path"),
        BadInput("print 2026-13", "invalid month 13 in date"),
        // Control bytes and bad text (as the lenient stdin decoder delivers them)
        BadInput("set purchases \u{1}45B/month", "unexpected control character U+0001"),
        BadInput("set purchases \u{1B}[A", "unexpected control character"),
        BadInput("set rate_cut 5\u{FFFD}0bp", "a byte that is not UTF-8"),
        BadInput("print 1 \u{0} 2", "unexpected control character"),
        BadInput("!ls", "unexpected character '!'"),
        BadInput("system ls", "unknown command 'system'"),
        BadInput("set purchases " + String(repeating: "9", count: 1 << 20), "number too large"),
        // Failed model checks and commands with nothing to do
        BadInput("assert 1 == 2", "assertion failed"),
        BadInput("assert purchases == 0B/month", "assertion failed"),
        // Files
        BadInput("source \(files.path("missing.fed"))", "no such file"),
        BadInput("source \(files.path("folder.fed"))", "folder.fed is a folder, not a script"),
        BadInput("source \(files.path("binary.fed"))", "binary.fed is not a text file (it contains NUL bytes)"),
        BadInput("source \(files.path("latin1.fed"))", "latin1.fed is not UTF-8 text"),
        BadInput("source \(files.path("self.fed"))", "a script cannot source itself"),
        BadInput("source \(files.path("fails-late.fed"))", "stopped at an error; nothing it did was kept"),
        BadInput("save \(files.path("existing.fed"))", "existing.fed already exists"),
        BadInput("save \(files.path("folder.fed"))", "folder.fed is a folder"),
        BadInput("save --force \(files.path("folder.fed"))", "folder.fed is a folder"),
        BadInput("save \(files.path("no-such-folder/x.fed"))", "no such folder"),
        BadInput("source", "source needs a file path"),
        BadInput("source \(files.path("secret_key"))", "source reads only fedsh scripts (.fed files)"),
        BadInput("save --force /dev/null", "/dev/null is a character device: fedsh writes only regular files"),
        BadInput("record --force /dev/full", "this command writes .md, .html or .htm files, not /dev/full"),
        BadInput("record handout.txt", "this command writes .md, .html or .htm files, not handout.txt"),
        BadInput("export paths.json/", "paths.json/ ends in '/', so it names a folder, not a file"),
        // Parameter overrides outside their domains (the reliability review of Dec 2026, C2 and H1)
        BadInput("param demand_scale 0", "demand_scale = 0 is outside its domain 0.5 … 50 bp"),
        BadInput("param demand_decay 100", "demand_decay = 100 is outside its domain 0.05 … 1 1/pp"),
        BadInput("param liquidity_lag -1", "liquidity_lag = −1 is outside its domain 0 … 24 months"),
        BadInput("param tga_miss 1e18", "tga_miss = 1000000000000000000 is outside its domain −1000 … 1000 $B"),
        BadInput("param rrp_spill 1e18", "rrp_spill"),
        BadInput("param ten_year_duration 0", "ten_year_duration = 0 is outside its domain 1 … 10 years"),
        BadInput("param btc_beta -1e308", "btc_beta"),
        BadInput("param srf_take_up -1e18", "srf_take_up"),
        BadInput("param currency_growth_miss 2147483648", "currency_growth_miss"),
        BadInput("param btc_beta 1e9999", "number too large"),
        // Parser mismatches of the reliability review (issue 11): a clear error, never a silent 0 or rounding
        BadInput("param btc_beta =", "expected a value after '=' in param btc_beta"),
        BadInput("param btc_beta = ;print 1", "expected a value after '=' in param btc_beta"),
        BadInput("set draws 100000.0000001", "draws = 100000.0000001 is out of range"),
        BadInput("set draws 2000.0000001", "draws must be a whole number"),
        BadInput("set seed 7.5", "seed must be a whole number"),
        BadInput("print 1e-9999", "number too small to hold"),
        BadInput("let tiny = 1e-330", "number too small to hold"),
        BadInput("set rate_cut 1e-9999bp", "number too small to hold"),
        BadInput("print 1e-300 * 1e-300", "result is too small to hold"),
        BadInput("print 1e-300 / 1e300", "result is too small to hold"),
        BadInput("print 45B -> bp", "cannot show $45B in bp"),
        BadInput("print qt or 1", "'or' needs a condition on each side"),
        // Terminal controls in strings (S1)
        BadInput("print \"\u{1B}]2;PWNED\u{7}\"", "a string may not hold U+001B"),
        BadInput("let title = \"\u{1B}[2J\"", "a string may not hold U+001B"),
        BadInput("print \"\u{7}\"", "a string may not hold U+0007"),
        BadInput("print \"abc\u{202E}def\"", "a string may not hold U+202E"),
        BadInput("print \"a\u{200B}b\"", "a string may not hold U+200B"),
        BadInput("print \"\u{9B}31m\"", "a string may not hold U+009B"),
        // Data files and series
        BadInput("data import \(files.path("empty.csv"))", "empty.csv: is empty"),
        BadInput("data import \(files.path("no-header.csv"))", "no-header.csv:1:1: has no header row"),
        BadInput(
            "data import \(files.path("unknown-header.csv"))", "has a header fedsh does not know: 'when,how much'"),
        BadInput("data import \(files.path("not-csv.csv"))", "not-csv.csv: is not a CSV text file"),
        BadInput("data import \(files.path("not-numeric.csv"))", "not-numeric.csv:3:12: 'lots' is not a number"),
        BadInput(
            "data import \(files.path("out-of-order.csv"))", "out-of-order.csv:3:1: 2025-12-03 comes after 2025-12-10"),
        BadInput("data import \(files.path("duplicate.csv"))", "duplicate.csv:3:1: 2025-12-03 appears twice"),
        BadInput(
            "data import \(files.path("mixed.csv"))", "mixed.csv:5:1: two observations 1 day apart in a weekly series"),
        BadInput("data import \(files.path("huge.csv"))", "huge.csv: is 100 MB; data files are at most 16 MB"),
        BadInput("data import \(files.path("folder.csv"))", "folder.csv: is a folder, not a data file"),
        BadInput("data import \(files.path("pipe.csv"))", "pipe.csv: is not a regular file"),
        BadInput("data import \(files.path("missing.csv"))", "missing.csv: no such file"),
        BadInput(
            "data import \(files.path("good.csv")) --sha256 00ff", "good.csv: has changed since the script was saved"),
        BadInput("data import \(files.path("good.csv")) --md5 00ff", "unknown option '--md5' for data"),
        BadInput("data show NOSUCH", "no series NOSUCH"),
        BadInput("data show WRESBAL 2025-01", "'..' between two dates"),
        BadInput("data show WRESBAL 2025-01..12", "'12' is not a date"),
        BadInput("data forget WALCL", "WALCL is not an imported series"),
        BadInput("data frob", "data frob"),
        BadInput("set start 2030-01-01", "the data end on 2025-12-10"),
        BadInput("set start 2001-01-03", "has no observation on or before 2001-01-03"),
        BadInput("set start 2025-02-30", "'2025-02-30' is not a date"),
        BadInput("set start 2025-12-40", "invalid day 40 in date"),
    ]

    @Test func catalogueIsLarge() { #expect(Self.cases.count >= 60) }

    @Test(arguments: cases)
    func failsWithItsMessageAndKeepsTheState(input: BadInput) throws {
        let (session, output) = quietSession()
        session.run(SourceText(text: "set purchases 45B/month\nlet mine = 3%"))
        let before = session.state
        let undoDepth = session.undoStack.count
        let (failed, stateKept) = session.runKeepingInvariant(input.line)
        #expect(failed)
        #expect(stateKept)
        #expect(session.state == before)
        #expect(session.undoStack.count == undoDepth)
        #expect(
            output.text.contains("error: " + input.message) || output.text.contains(input.message),
            "\(output.text.suffix(600))")
    }

    @Test func undoWithNothingToUndo() {
        let (session, output) = quietSession()
        let before = session.state
        #expect(!session.run(SourceText(text: "undo")).succeeded)
        #expect(output.text.contains("error: nothing to undo"))
        #expect(session.state == before)
    }

    @Test func notesCannotSendTerminalControls() {
        let (session, output) = quietSession()
        session.run(SourceText(text: "note a\u{1B}[2J\u{7}\u{1B}[31m\u{9B}" + String(repeating: "x", count: 1 << 20)))
        #expect(output.text.hasPrefix("  │ a^[[2J^G^[[31m\u{FFFD}xxx"))
        #expect(!output.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func savingOverAFileNeverChangesIt() throws {
        let (session, _) = quietSession()
        session.run(SourceText(text: "save \(files.path("existing.fed"))"))
        #expect(try String(contentsOfFile: files.path("existing.fed"), encoding: .utf8) == "# kept\n")
    }

    @Test(arguments: ["", " ", "\t", "   \t  ", "\r", "# only a comment", ";"])
    func emptyAndBlankLinesDoNothing(line: String) {
        let (session, output) = quietSession()
        let before = session.state
        session.run(SourceText(text: line))
        #expect(session.state == before)
        #expect(!output.text.contains("error:") || line == ";", "\(output.text)")
    }

    @Test func scriptWithoutFinalNewlineRunsItsLastLine() {
        let (session, output) = quietSession()
        #expect(session.run(SourceText(text: "source \(files.path("no-newline.fed"))")).succeeded, "\(output.text)")
        #expect(session.run(SourceText(text: "source \(files.path("empty.fed"))")).succeeded, "\(output.text)")
        #expect(session.run(SourceText(text: "assert rate_cut == 50bp")).succeeded, "\(output.text)")
    }
}
