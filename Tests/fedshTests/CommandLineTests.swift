import Foundation
import Testing

/// fedsh as scripts, `-c` and pipes use it: output, exit status and `file:line:col` errors, with
/// standard output and standard error told apart.
@Suite struct CommandLineTests {
    /// Line 4 fails at column 8 (`maybe`); line 5 must not run unless `--keep-going`.
    static let failingScript = """
        set purchases 45B/month

        show purchases
        set qt maybe
        note after the error
        """

    @Test func scriptRunsAndExitsZero() throws {
        let folder = try TemporaryFolder()
        try folder.write("plan.fed", "# a plan\nset purchases 45B/month\nshow purchases\n")
        let result = try PipedProcess.fedsh(["plan.fed"], directory: folder.url)
        #expect(result.status == 0, "\(result)")
        // Into a pipe, the confirmation goes to standard error: standard output is only results.
        #expect(result.standardOutput == "* purchases  $45B/month  (default $0/month)\n", "\(result)")
        #expect(result.standardError == "purchases = $45B/month (was $0/month)\n", "\(result)")
    }

    @Test func repeatedCommandOptionsRunInOrderAsLinesOfOneInput() throws {
        let folder = try TemporaryFolder()
        let result = try PipedProcess.fedsh(
            ["-c", "set purchases 40B/month", "-c", "print purchases", "-c", "print nope"],
            directory: folder.url)
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput == "$40B/month\n", "\(result)")
        #expect(result.standardError.contains("-c:3:7: error: unknown name 'nope'"), "\(result)")
    }

    @Test func clearWritesNoControlCodesIntoAPipe() throws {
        let folder = try TemporaryFolder()
        let result = try PipedProcess.fedsh(["-c", "clear; print 1"], directory: folder.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "1\n", "\(result)")
    }

    @Test func dataCommandsWriteOnlyTheirDocumentIntoAPipe() throws {
        let folder = try TemporaryFolder()
        let line = "set draws 50; set start 2025-06-18; backtest 2025-06-18 months 1 --csv -"
        let backtest = try PipedProcess.fedsh(["-c", line], directory: folder.url)
        #expect(backtest.status == 0, "\(backtest)")
        let lines = backtest.standardOutput.split(separator: "\n")
        let header = "start,conditional,calibrated,output,month,day,realised,central,p10,p90,inside"
        #expect(lines.first.map(String.init) == header, "\(backtest)")
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("2025-06-18,") }, "\(backtest)")
        // The start's confirmation goes to standard error, like every set.
        #expect(backtest.standardError.contains("start = 2025-06-18"), "\(backtest)")
        let calibrate = try PipedProcess.fedsh(["-c", "calibrate --svg -"], directory: folder.url)
        #expect(calibrate.status == 0, "\(calibrate)")
        #expect(calibrate.standardOutput.hasPrefix("<?xml"), "\(calibrate)")
        #expect(calibrate.standardOutput.hasSuffix("</svg>\n"), "\(calibrate)")
    }

    @Test func failingScriptStopsAtTheFirstErrorWithFileLineColumn() throws {
        let folder = try TemporaryFolder()
        try folder.write("lesson.fed", Self.failingScript)
        let result = try PipedProcess.fedsh(["lesson.fed"], directory: folder.url)
        #expect(result.status != 0, "\(result)")
        #expect(
            result.standardError.hasPrefix(
                "purchases = $45B/month (was $0/month)\nlesson.fed:4:8: error: qt needs on or off, not maybe\n"),
            "\(result)")
        #expect(result.standardError.contains("  set qt maybe\n         ^~~~~"), "\(result)")
        #expect(result.standardOutput.contains("* purchases  $45B/month"), "the lines before the error ran: \(result)")
        #expect(!result.standardOutput.contains("after the error"), "the line after the error ran: \(result)")
    }

    @Test func keepGoingRunsLaterLinesAndStillFails() throws {
        let folder = try TemporaryFolder()
        try folder.write("lesson.fed", Self.failingScript)
        let result = try PipedProcess.fedsh(["--keep-going", "lesson.fed"], directory: folder.url)
        #expect(result.status != 0, "\(result)")
        #expect(result.standardError.contains("lesson.fed:4:8: error:"), "\(result)")
        #expect(result.standardOutput.contains("│ after the error"), "\(result)")
    }

    @Test func severalFilesRunInOrderInOneSession() throws {
        let folder = try TemporaryFolder()
        try folder.write("one.fed", "set purchases 45B/month\nnote first\n")
        try folder.write("two.fed", "note second\nshow purchases\n")
        let result = try PipedProcess.fedsh(["one.fed", "two.fed"], directory: folder.url)
        #expect(result.status == 0, "\(result)")
        let output = result.standardOutput
        let first = try #require(output.range(of: "│ first"), "\(result)")
        let second = try #require(output.range(of: "│ second"), "\(result)")
        #expect(first.upperBound <= second.lowerBound, "\(result)")
        // The second file sees what the first one set.
        #expect(output.contains("* purchases  $45B/month  (default $0/month)"), "\(result)")
    }

    @Test func laterFileDoesNotRunAfterAFailingOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("bad.fed", "set purchse 45B/month\n")
        try folder.write("good.fed", "note should not run\n")
        let result = try PipedProcess.fedsh(["bad.fed", "good.fed"], directory: folder.url)
        #expect(result.status != 0, "\(result)")
        #expect(result.standardError.hasPrefix("bad.fed:1:5: error: unknown variable 'purchse'"), "\(result)")
        #expect(!result.standardOutput.contains("should not run"), "\(result)")
    }

    @Test func commandStringRunsEachStatement() throws {
        let result = try PipedProcess.fedsh(["-c", "set purchases 45B/month; show purchases"])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "* purchases  $45B/month  (default $0/month)\n", "\(result)")
        #expect(result.standardError == "purchases = $45B/month (was $0/month)\n", "\(result)")
        let quiet = try PipedProcess.fedsh(["-q", "-c", "set purchases 45B/month; show purchases"])
        #expect(quiet.standardOutput == result.standardOutput, "\(quiet)")
        #expect(quiet.standardError.isEmpty, "-q drops confirmations: \(quiet)")
    }

    @Test func commandStringErrorExitsOneWithColumn() throws {
        let result = try PipedProcess.fedsh(["-c", "set purchse 45B/month"])
        #expect(result.status == 1, "\(result)")
        #expect(result.standardError.hasPrefix("-c:1:5: error: unknown variable 'purchse'\n"), "\(result)")
        #expect(result.standardError.contains("did you mean 'purchases'?"), "\(result)")
        #expect(result.standardOutput.isEmpty, "\(result)")
    }

    @Test func commandStringErrorInASecondStatementAndLine() throws {
        // `set purchases 45B/month; set qt maybe`: `maybe` starts at column 33.
        let sameLine = try PipedProcess.fedsh(["-c", "set purchases 45B/month; set qt maybe"])
        #expect(sameLine.status == 1, "\(sameLine)")
        #expect(
            sameLine.standardError.hasPrefix(
                "purchases = $45B/month (was $0/month)\n-c:1:33: error: qt needs on or off, not maybe"), "\(sameLine)")

        let secondLine = try PipedProcess.fedsh(["-c", "show purchases\nset purchse 1\nnote not reached"])
        #expect(secondLine.status == 1, "\(secondLine)")
        #expect(secondLine.standardError.hasPrefix("-c:2:5: error: unknown variable 'purchse'"), "\(secondLine)")
        #expect(!secondLine.standardOutput.contains("not reached"), "\(secondLine)")
    }

    @Test func quitInACommandStringEndsWithZero() throws {
        let result = try PipedProcess.fedsh(["-c", "note before; quit; note after"])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("│ before"), "\(result)")
        #expect(!result.standardOutput.contains("after"), "\(result)")
    }

    @Test func pipedCommandsRunWithoutPromptOrBanner() throws {
        let result = try PipedProcess.fedsh([], input: "set purchases 45B/month\n\nshow purchases\n")
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "* purchases  $45B/month  (default $0/month)\n", "\(result)")
        #expect(!result.standardOutput.contains("fedsh>"), "\(result)")
        #expect(!result.standardOutput.contains("Fed liquidity scenario shell"), "\(result)")
        #expect(result.standardError == "purchases = $45B/month (was $0/month)\n", "\(result)")
    }

    @Test func pipedCommandsWithoutFinalNewlineOrWithCRLF() throws {
        let result = try PipedProcess.fedsh([], input: "set purchases 45B/month\r\nshow purchases")
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput.contains("* purchases  $45B/month"), "\(result)")
    }

    @Test func pipedErrorStopsWithStdinLineAndColumn() throws {
        // Line 2 is blank: it still counts.
        let result = try PipedProcess.fedsh([], input: "set purchases 10B/month\n\nset bogus 1\nnote not reached\n")
        #expect(result.status != 0, "\(result)")
        #expect(
            result.standardError.hasPrefix(
                "purchases = $10B/month (was $0/month)\n<stdin>:3:5: error: unknown variable 'bogus'\n"), "\(result)")
        #expect(!result.standardOutput.contains("not reached"), "\(result)")
    }

    @Test func pipedKeepGoingRunsLaterLinesAndStillFails() throws {
        let result = try PipedProcess.fedsh(["--keep-going"], input: "set bogus 1\nnote reached\n")
        #expect(result.status != 0, "\(result)")
        #expect(result.standardError.hasPrefix("<stdin>:1:5: error:"), "\(result)")
        #expect(result.standardOutput.contains("│ reached"), "\(result)")
    }

    @Test func echoPrintsEachCommandOnceBeforeItsOutput() throws {
        let expected = """
            fedsh> set purchases 10B/month
            purchases = $10B/month (was $0/month)
            fedsh> show purchases
            * purchases  $10B/month  (default $0/month)

            """
        let piped = try PipedProcess.fedsh(["--echo"], input: "set purchases 10B/month\nshow purchases\n")
        #expect(piped.status == 0, "\(piped)")
        #expect(piped.standardOutput == expected, "stdin: \(piped)")

        let folder = try TemporaryFolder()
        try folder.write("plan.fed", "set purchases 10B/month\nshow purchases\n")
        let file = try PipedProcess.fedsh(["--echo", "plan.fed"], directory: folder.url)
        #expect(file.status == 0, "\(file)")
        #expect(file.standardOutput == expected, "file: \(file)")

        let string = try PipedProcess.fedsh(["--echo", "-c", "set purchases 10B/month\nshow purchases"])
        #expect(string.status == 0, "\(string)")
        #expect(string.standardOutput == expected, "-c: \(string)")
    }

    @Test func machineOutputIsCleanInAPipe() throws {
        let json = try PipedProcess.fedsh(["-c", "use cabana; eval --json"])
        #expect(json.status == 0, "\(json)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(object["fedsh"] as? String == "0.1")
        #expect(object["scenario"] as? String == "cabana")
        #expect(json.standardError.hasPrefix("using cabana"), "\(json)")
        for command in ["sweep purchases 0..45B/month step 15B/month --json", "compare cabana --json", "param --json",
                        "sensitivity reserves --json", "show all --json", "export - --json"] {
            let result = try PipedProcess.fedsh(["-q", "-c", "set purchases 10B/month; " + command])
            #expect(result.status == 0, "\(command): \(result)")
            let parsed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
            #expect(parsed?["fedsh"] as? String == "0.1", "\(command): \(result)")
        }
        let csv = try PipedProcess.fedsh(["-c", "sweep purchases 0..30B/month step 15B/month show btc --csv"])
        #expect(csv.standardOutput.hasPrefix("purchases,text,regime,btc\n0,$0/month,ample,"), "\(csv)")
        #expect(csv.standardOutput.split(separator: "\n").count == 4, "\(csv)")
    }

    @Test func exitSetsTheStatus() throws {
        #expect(try PipedProcess.fedsh(["-c", "exit 3; note never"]).status == 3)
        #expect(try PipedProcess.fedsh([], input: "note a\nexit 4\nnote b\n").status == 4)
        let folder = try TemporaryFolder()
        try folder.write("s.fed", "print 1\nexit 5\n")
        #expect(try PipedProcess.fedsh(["s.fed"], directory: folder.url).status == 5)
        #expect(try PipedProcess.fedsh(["-c", "print \"done\""]).standardOutput == "done\n")
    }

    @Test func dashIsStandardInputAndOutput() throws {
        let script = try PipedProcess.fedsh(["-"], input: "set purchases 10B/month\nprint purchases\n")
        #expect(script.status == 0, "\(script)")
        #expect(script.standardOutput == "$10B/month\n", "\(script)")
        let sourced = try PipedProcess.fedsh(["-c", "source -; print purchases"], input: "set purchases 20B/month\n")
        #expect(sourced.standardOutput == "$20B/month\n", "\(sourced)")
        let folder = try TemporaryFolder()
        let svg = try PipedProcess.fedsh(["-c", "plot reserves --svg -"], directory: folder.url)
        #expect(svg.standardOutput.hasPrefix("<?xml"), "\(svg)")
        #expect(svg.standardOutput.hasSuffix("</svg>\n"), "only the SVG: \(svg)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("-").path), "no file named -")
    }

    @Test func versionAndHelp() throws {
        let version = try PipedProcess.fedsh(["--version"])
        #expect(version.status == 0, "\(version)")
        #expect(version.standardOutput == "0.1\n", "\(version)")

        let help = try PipedProcess.fedsh(["--help"])
        #expect(help.status == 0, "\(help)")
        for flag in [
            "--command", "--interactive", "--echo", "--keep-going", "--history-file", "--no-history", "--color",
        ] {
            #expect(help.standardOutput.contains(flag), "--help does not mention \(flag): \(help)")
        }
    }

    @Test func unknownFlagIsAUsageError() throws {
        let result = try PipedProcess.fedsh(["--no-such-flag"])
        #expect(result.status != 0, "\(result)")
        #expect(result.standardError.contains("--no-such-flag"), "\(result)")
    }

    @Test func missingScriptFileSaysSoAndFails() throws {
        let folder = try TemporaryFolder()
        try folder.write("later.fed", "note should not run\n")
        let result = try PipedProcess.fedsh(["missing.fed", "later.fed"], directory: folder.url)
        #expect(result.status != 0, "\(result)")
        #expect(result.standardError.contains("missing.fed"), "\(result)")
        #expect(result.standardError.contains("no such file"), "\(result)")
        #expect(!result.standardOutput.contains("should not run"), "\(result)")
    }

    /// `fedsh <(…)`: the script is a pipe, which has no size to read up front.
    @Test func scriptFromAPipeRuns() throws {
        let result = try PipedProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", #"printf 'note from a pipe\n' | "$0" /dev/stdin"#, FedshProcess.binary.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.standardOutput == "  │ from a pipe\n", "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
    }

    /// An endless file is refused at the size limit rather than read forever.
    @Test func endlessScriptIsRefused() throws {
        let result = try PipedProcess.fedsh(["/dev/zero"], timeout: 60)
        #expect(!result.timedOut, "\(result)")
        #expect(result.status != 0, "\(result)")
        #expect(result.standardError.contains("/dev/zero is too large for a script"), "\(result)")
    }

    /// `fedsh … | head -1`: the reader leaves early. fedsh must end quietly (status 0, or killed by
    /// SIGPIPE), never with a crash report. The output is far bigger than a pipe's buffer, so
    /// fedsh is still writing when head closes the pipe.
    @Test func closedOutputPipeEndsQuietly() throws {
        let commands = Array(repeating: "help", count: 400).joined(separator: "; ")
        let script = """
            { { "$0" -c "$1"; echo "fedsh-status=$?" >&3; } | head -1; } 3>&1
            """
        let result = try PipedProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script, FedshProcess.binary.path, commands])
        #expect(!result.timedOut, "\(result)")
        #expect(result.standardOutput.hasPrefix("the scenario:\n"), "\(result)")
        let status = result.standardOutput.components(separatedBy: "fedsh-status=").last?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "0" || status == "141", "\(result)")
        for crash in ["Fatal error", "Backtrace", "Crash", "Illegal instruction", "Segmentation"] {
            #expect(!result.standardError.contains(crash), "\(result)")
        }
        #expect(result.standardError.isEmpty, "\(result)")
    }

    @Test func closedOutputPipeWhileReadingStdin() throws {
        let input = Array(repeating: "help\n", count: 400).joined()
        let script = #"{ { printf '%s' "$1" | "$0"; echo "fedsh-status=$?" >&3; } | head -1; } 3>&1"#
        let result = try PipedProcess.run(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script, FedshProcess.binary.path, input])
        #expect(!result.timedOut, "\(result)")
        let status = result.standardOutput.components(separatedBy: "fedsh-status=").last?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(status == "0" || status == "141", "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
    }
}

/// Where the locale has no Unicode, reports are written in ASCII; with it, as designed.
@Test func reportsFallBackToASCIIWithoutAUnicodeLocale() throws {
    let ascii = try FedshProcess.run(["-c", "set draws 200; eval"], environment: ["LANG": "C"])
    #expect(ascii.status == 0)
    #expect(ascii.output.unicodeScalars.allSatisfy { $0.isASCII }, "\(ascii.output)")
    #expect(ascii.output.contains("p10 ... p90"))
    let unicode = try FedshProcess.run(["-c", "set draws 200; eval"])
    #expect(unicode.output.contains("p10 … p90"))
}
