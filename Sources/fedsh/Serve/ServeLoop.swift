import FedLanguage
import FedShell
import Foundation
import LineEditing

/// `fedsh --serve`: one session driven by JSON requests on standard input, answered on standard
/// output (see `ServeRequest`). A reader thread takes the requests, so an `interrupt` (or SIGINT,
/// which only sets the interrupt flag) cancels a long `run` while the session and its state live on.
final class ServeLoop: @unchecked Sendable {
    private let session: Session
    private let output: ServeOutput
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
    private let writeLock = NSLock()
    private let queueLock = NSCondition()
    private var queue: [ServeRequest] = []
    private var endOfInput = false

    /// A session whose output is the protocol's; `startup` runs the startup file in it first.
    init(options: Session.Options, startup: (Session) -> Void) {
        output = ServeOutput()
        session = Session(output: output, options: options)
        startup(session)
    }

    /// Answers requests until standard input ends; returns the exit status.
    func run() -> Int32 {
        // The startup file's results are not shown (as at a terminal); its errors go with `ready`.
        send(ServeReady(version: Session.version, startupErrors: output.items.filter { $0.kind == .error }))
        let reader = Thread { [self] in readRequests() }
        reader.start()
        while let request = nextRequest() {
            switch request.type {
            case .run: runCell(request)
            case .complete: complete(request)
            case .interrupt: break
            }
        }
        return 0
    }

    private func runCell(_ request: ServeRequest) {
        let cell = request.cell ?? 0
        InterruptFlag.reset()
        output.reset()
        let text = (request.source ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        let source = SourceText(origin: .notebookCell, name: "cell \(cell)", text: text)
        let outcome = session.run(source)
        if outcome.quitRequested {
            output.write("quit does nothing in a notebook: restart the kernel for a fresh session\n")
        }
        let interrupted = InterruptFlag.isSet
        InterruptFlag.reset()
        send(ServeRunResult(id: request.id, cell: cell, ok: outcome.succeeded, interrupted: interrupted,
                            outputs: output.items))
    }

    private func complete(_ request: ServeRequest) {
        let scalars = Array((request.source ?? "").unicodeScalars)
        let cursor = min(max(request.cursor ?? scalars.count, 0), scalars.count)
        var before = String(String.UnicodeScalarView(scalars[..<cursor]))
        if let newline = before.lastIndex(of: "\n") { before = String(before[before.index(after: newline)...]) }
        let completion = session.completions(lineBeforeCursor: before)
        // Completion counts characters; Jupyter counts code points: the replaced word is counted again.
        let replaced = before.suffix(completion.replacing).unicodeScalars.count
        send(ServeCompletion(id: request.id, matches: completion.candidates, cursorStart: cursor - replaced,
                             cursorEnd: cursor))
    }

    // MARK: Requests

    private func readRequests() {
        let decoder = JSONDecoder()
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            pending.append(contentsOf: buffer[0..<count])
            while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(pending[..<newline])
                pending.removeSubrange(...newline)
                guard !line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) else { continue }
                do {
                    let request = try decoder.decode(ServeRequest.self, from: line)
                    if request.type == .interrupt {
                        InterruptFlag.set()
                        send(ServeAcknowledgement(type: "interrupt", id: request.id))
                    } else {
                        enqueue(request)
                    }
                } catch {
                    send(ServeAcknowledgement(type: "error", message: "not a request: \(Self.describe(error))"))
                }
            }
        }
        queueLock.lock()
        endOfInput = true
        queueLock.signal()
        queueLock.unlock()
    }

    private func enqueue(_ request: ServeRequest) {
        queueLock.lock()
        queue.append(request)
        queueLock.signal()
        queueLock.unlock()
    }

    private func nextRequest() -> ServeRequest? {
        queueLock.lock()
        defer { queueLock.unlock() }
        while queue.isEmpty, !endOfInput { queueLock.wait() }
        return queue.isEmpty ? nil : queue.removeFirst()
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context):
            context.codingPath.isEmpty ? "the line is not JSON"
                : "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has a value fedsh does not know"
        case DecodingError.keyNotFound(let key, _): "it has no '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        default: "\(error)"
        }
    }

    // MARK: Responses

    private func send<Response: Encodable>(_ response: Response) {
        guard var data = try? encoder.encode(response) else { return }
        data.append(UInt8(ascii: "\n"))
        writeLock.lock()
        defer { writeLock.unlock() }
        TerminalOutput.write(String(decoding: data, as: UTF8.self), to: 1)
    }
}

extension ServeLoop {
    /// `fedsh --serve`: a session for a notebook (no terminal, no journal, no history).
    static func serve(initFile: String?, noInit: Bool) -> Int32 {
        var options = Session.Options()
        options.isCancelled = { InterruptFlag.isSet }
        options.terminalWidth = 100
        let loop = ServeLoop(options: options) { session in
            if !noInit { StartupFile.run(explicitPath: initFile, in: session) { _ in } }
        }
        return loop.run()
    }
}
