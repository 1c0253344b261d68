import Foundation
import Testing
@testable import LineEditing

@Suite struct HistoryStoreTests {
    @Test func eachCommandIsAppendedAtOnce() throws {
        let folder = try TemporaryFolder()
        let store = HistoryStore(path: folder.file("history"))
        store.add("set rate 5")
        #expect(try folder.read("history") == "set rate 5\n")
        store.add("  show  ")
        #expect(try folder.read("history") == "set rate 5\nshow\n")
        #expect(store.entries == ["set rate 5", "show"])
        #expect(store.warning == nil)
    }

    @Test func consecutiveDuplicatesAndEmptyLinesAreDropped() throws {
        let folder = try TemporaryFolder()
        let store = HistoryStore(path: folder.file("history"))
        #expect(store.add("show"))
        #expect(!store.add("show "))
        #expect(!store.add("   "))
        #expect(store.add("save"))
        #expect(store.add("show"))
        #expect(store.entries == ["show", "save", "show"])
        #expect(try folder.read("history") == "show\nsave\nshow\n")
    }

    @Test func entriesSurviveARestart() throws {
        let folder = try TemporaryFolder()
        HistoryStore(path: folder.file("history")).add("first")
        let reopened = HistoryStore(path: folder.file("history"))
        reopened.add("second")
        #expect(reopened.entries == ["first", "second"])
    }

    @Test func fileIsTrimmedPastTwiceTheCapacity() throws {
        let folder = try TemporaryFolder()
        let store = HistoryStore(path: folder.file("history"), capacity: 3)
        for number in 1...6 { store.add("command \(number)") }
        #expect(try folder.read("history").split(separator: "\n").count == 6)
        store.add("command 7")
        #expect(try folder.read("history") == "command 5\ncommand 6\ncommand 7\n")
        #expect(store.entries == ["command 5", "command 6", "command 7"])
        #expect(!FileManager.default.fileExists(atPath: folder.file("history.tmp-\(getpid())")))
    }

    @Test func anOversizedFileIsTrimmedWhenOpened() throws {
        let folder = try TemporaryFolder()
        try folder.write(Array((1...10).map { "line \($0)\n" }.joined().utf8), to: "history")
        let store = HistoryStore(path: folder.file("history"), capacity: 4)
        #expect(store.entries == ["line 7", "line 8", "line 9", "line 10"])
        #expect(try folder.read("history") == "line 7\nline 8\nline 9\nline 10\n")
    }

    @Test func garbageLinesAreSkipped() throws {
        let folder = try TemporaryFolder()
        var bytes = Array("good one\n".utf8)
        bytes += [0x66, 0x00, 0x67, 0x0A]          // a NUL inside
        bytes += [0xFF, 0xFE, 0x41, 0x0A]          // invalid UTF-8
        bytes += Array("\n   \nwindows line\r\nlast without newline".utf8)
        try folder.write(bytes, to: "history")
        let store = HistoryStore(path: folder.file("history"))
        #expect(store.entries == ["good one", "windows line", "last without newline"])
        #expect(store.warning == nil)
    }

    @Test(arguments: ["plain", "back\\slash", "two\nlines", "cr\rin", "trailing\\", "\\n literally"])
    func escapingRoundTrips(entry: String) {
        let encoded = HistoryStore.encode(entry)
        #expect(!encoded.contains("\n"))
        #expect(HistoryStore.decode(line: Array(encoded.utf8)) == entry)
    }

    @Test func multiLineEntryIsOneLineInTheFile() throws {
        let folder = try TemporaryFolder()
        HistoryStore(path: folder.file("history")).add("a\nb")
        #expect(try folder.read("history") == "a\\nb\n")
        #expect(HistoryStore(path: folder.file("history")).entries == ["a\nb"])
    }

    @Test func missingFoldersAreCreated() throws {
        let folder = try TemporaryFolder()
        let store = HistoryStore(path: folder.file("state/fedsh/history"))
        store.add("x")
        #expect(try folder.read("state/fedsh/history") == "x\n")
        #expect(store.warning == nil)
    }

    @Test func unusablePathGivesOneWarningAndKeepsHistoryInMemory() throws {
        let folder = try TemporaryFolder()
        try folder.write(Array("a file".utf8), to: "blocker")
        // A path under a regular file fails even for root, unlike permission bits.
        let store = HistoryStore(path: folder.file("blocker/history"))
        let warning = try #require(store.takeWarning())
        #expect(warning.contains("blocker/history"))
        #expect(store.takeWarning() == nil)
        store.add("still works")
        #expect(store.entries == ["still works"])
    }

    @Test func directoryInPlaceOfTheFileGivesAWarning() throws {
        let folder = try TemporaryFolder()
        let store = HistoryStore(path: folder.path)
        #expect(store.warning != nil)
        #expect(store.add("kept"))
    }

    @Test(.enabled(if: geteuid() != 0, "root ignores permission bits"))
    func readOnlyFileGivesAWarning() throws {
        let folder = try TemporaryFolder()
        try folder.write(Array("old\n".utf8), to: "history")
        chmod(folder.file("history"), 0o400)
        let store = HistoryStore(path: folder.file("history"))
        #expect(store.warning != nil)
        #expect(store.entries == ["old"])
        store.add("new")
        #expect(store.entries == ["old", "new"])
    }

    @Test(.enabled(if: geteuid() != 0, "root ignores permission bits"))
    func unwritableFolderGivesAWarning() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("locked"), withIntermediateDirectories: false)
        chmod(folder.file("locked"), 0o500)
        defer { chmod(folder.file("locked"), 0o700) }
        let store = HistoryStore(path: folder.file("locked/history"))
        #expect(store.warning != nil)
    }

    @Test func memoryOnlyStoreHasNoWarning() {
        let store = HistoryStore(path: nil)
        store.add("x")
        #expect(store.entries == ["x"] && store.warning == nil)
    }
}

@Suite struct HistoryLocationTests {
    @Test func explicitPathWins() {
        #expect(
            HistoryStore.resolvedPath(explicitPath: "/x/h", environment: ["FEDSH_HISTORY": "/y", "HOME": "/home/u"])
                == "/x/h")
    }

    @Test func environmentVariableComesNext() {
        #expect(HistoryStore.resolvedPath(environment: ["FEDSH_HISTORY": "/y/h", "XDG_STATE_HOME": "/s"]) == "/y/h")
    }

    @Test func xdgStateHomeIsUsedWhenAbsolute() {
        #expect(
            HistoryStore.resolvedPath(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/home/u"]) == "/s/fedsh/history")
        #expect(
            HistoryStore.resolvedPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"])
                == "/home/u/.local/state/fedsh/history")
    }

    @Test func homeIsTheFallback() {
        #expect(HistoryStore.resolvedPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/fedsh/history")
        #expect(HistoryStore.resolvedPath(environment: [:]) == nil)
    }

    @Test func noLocationGivesAWarning() {
        let store = HistoryStore(environment: [:])
        #expect(store.path == nil && store.warning != nil)
    }

    @Test func environmentInitializerWritesToTheResolvedFile() throws {
        let folder = try TemporaryFolder()
        let store = HistoryStore(environment: ["XDG_STATE_HOME": folder.path])
        store.add("here")
        #expect(try folder.read("fedsh/history") == "here\n")
    }
}

/// History refuses what is not a regular file, and files larger than a history holds
/// (the reliability review of Dec 2026, R3 and S4).
struct HistoryStoreSafetyTests {
    @Test func fifoIsNeitherReadNorReplaced() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.file("history")
        #expect(mkfifo(fifo, 0o600) == 0)
        let store = HistoryStore(path: fifo)
        #expect(store.takeWarning()?.contains("it is not a regular file") == true)
        store.add("set seed 1")
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func hugeFileIsNotRead() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("history")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, off_t(HistoryStore.maximumFileSize + 1)) == 0)
        let store = HistoryStore(path: path)
        #expect(store.entries.isEmpty)
        #expect(store.takeWarning()?.contains("larger than 16 MiB") == true)
    }

    @Test func devNullMeansNoHistoryWithoutAWarning() {
        let store = HistoryStore(path: "/dev/null")
        store.add("set seed 1")
        #expect(store.takeWarning() == nil)
        #expect(store.entries == ["set seed 1"])
    }
}

/// The fast path of `normalized` (a line that starts and ends with visible ASCII) must trim exactly
/// as trimming whitespace characters from both ends does.
struct HistoryNormalizationTests {
    static func reference(_ line: String) -> String {
        String(line.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    @Test(arguments: [
        "show", "  show ", "show\t", "\u{00A0}set purchases 45B/month\u{2003}", "", "   ", "\r\n", "a\r\n",
        "é", "e\u{0301}", "x\u{0301} ", " \u{0301}x", "plot spx\u{200B}", "\u{3000}quit\u{3000}", "💵 45B", "~", "a b",
    ])
    func trimsAsTheCharacterWalkDoes(_ line: String) {
        #expect(HistoryStore.normalized(line) == Self.reference(line))
    }
}
