import Foundation
import Testing
@testable import LineEditing

@Suite struct PlainLineReaderTests {
    private func lines(from bytes: [UInt8]) throws -> [LineReadResult] {
        let folder = try TemporaryFolder()
        try folder.write(bytes, to: "input")
        let descriptor = open(folder.file("input"), O_RDONLY)
        defer { close(descriptor) }
        let reader = PlainLineReader(descriptor: descriptor)
        var results: [LineReadResult] = []
        while true {
            let result = reader.readLine(prompt: "ignored> ")
            results.append(result)
            if result == .endOfInput || results.count > 100 { return results }
        }
    }

    @Test func linesAndEndOfInput() throws {
        #expect(try lines(from: Array("one\ntwo\n".utf8)) == [.line("one"), .line("two"), .endOfInput])
    }

    @Test func lastLineWithoutNewline() throws {
        #expect(try lines(from: Array("one\nlast".utf8)) == [.line("one"), .line("last"), .endOfInput])
    }

    @Test func crlfLineEndings() throws {
        #expect(try lines(from: Array("one\r\ntwo\r\n".utf8)) == [.line("one"), .line("two"), .endOfInput])
    }

    @Test func emptyLinesAreKept() throws {
        #expect(try lines(from: Array("\n\nx\n\n".utf8)) == [.line(""), .line(""), .line("x"), .line(""), .endOfInput])
    }

    @Test func emptyInput() throws {
        #expect(try lines(from: []) == [.endOfInput])
    }

    @Test func megabyteLine() throws {
        let long = String(repeating: "é", count: 524_288) // 1 MiB of UTF-8
        #expect(try lines(from: Array((long + "\nafter\n").utf8)) == [.line(long), .line("after"), .endOfInput])
    }

    @Test func readsFromAPipeInPieces() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let reader = PlainLineReader(descriptor: ends[0])
        let writer = ends[1]
        let thread = Thread {
            for piece in ["par", "tial\nnext", " line\n", "end"] {
                _ = piece.withCString { write(writer, $0, strlen($0)) }
                usleep(5_000)
            }
            close(writer)
        }
        thread.start()
        #expect(reader.readLine(prompt: "") == .line("partial"))
        #expect(reader.readLine(prompt: "") == .line("next line"))
        #expect(reader.readLine(prompt: "") == .line("end"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
        close(ends[0])
    }
}
