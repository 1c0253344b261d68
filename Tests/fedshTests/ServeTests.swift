import Foundation
import Testing

/// `fedsh --serve`, the notebook kernel's protocol, through the binary: one JSON answer per request.
@Suite struct ServeTests {
    /// Sends `requests` (one a line) and returns the JSON objects fedsh wrote, in order.
    func serve(_ requests: [String]) throws -> [[String: Any]] {
        let result = try PipedProcess.fedsh(["--serve", "--no-init"], input: requests.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result)")
        return try result.standardOutput.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any], "\($0)")
        }
    }

    @Test func runAnswersWithTextErrorsAndChartsInOrder() throws {
        let answers = try serve([
            #"{"id": 1, "type": "run", "cell": 1, "source": "set purchases 45B/month"}"#,
            #"{"id": 2, "type": "run", "cell": 2, "source": "show purchases\nset purchse 1\nnote never"}"#,
            #"{"id": 3, "type": "run", "cell": 3, "source": "plot reserves"}"#,
        ])
        #expect(answers.count == 4)
        #expect(answers[0]["type"] as? String == "ready")
        #expect(answers[1]["ok"] as? Bool == true)
        let second = answers[2]
        #expect(second["id"] as? Int == 2 && second["ok"] as? Bool == false)
        let outputs = try #require(second["outputs"] as? [[String: Any]])
        #expect(outputs.map { $0["kind"] as? String } == ["text", "error"])
        #expect((outputs[0]["text"] as? String)?.contains("* purchases  $45B/month") == true, "the state lives on")
        let error = try #require(outputs[1]["error"] as? [String: Any])
        #expect(error["location"] as? String == "cell 2, line 2:5")
        #expect(error["line"] as? Int == 2 && error["column"] as? Int == 5 && error["severity"] as? String == "error")
        let rendered = outputs[1]["text"] as? String
        #expect(rendered?.hasPrefix("cell 2, line 2:5: error: unknown variable 'purchse'\n") == true)
        let chart = try #require((answers[3]["outputs"] as? [[String: Any]])?.first)
        #expect(chart["kind"] as? String == "chart")
        #expect((chart["svg"] as? String)?.contains("<svg") == true)
    }

    @Test func completeCountsCodePoints() throws {
        let answers = try serve([#"{"id": 7, "type": "complete", "source": "note é\nplot res", "cursor": 15}"#])
        let answer = answers[1]
        #expect(answer["type"] as? String == "completion" && answer["id"] as? Int == 7)
        #expect((answer["matches"] as? [String])?.contains("reserves") == true, "\(answer)")
        #expect(answer["cursorStart"] as? Int == 12 && answer["cursorEnd"] as? Int == 15, "\(answer)")
    }

    @Test func aLineThatIsNotARequestIsAnsweredAndTheLoopGoesOn() throws {
        let run = #"{"id": 1, "type": "run", "cell": 1, "source": "print 1 + 1"}"#
        let answers = try serve(["not json", #"{"type": "shutdown"}"#, run])
        #expect(answers.map { $0["type"] as? String } == ["ready", "error", "error", "result"])
        #expect((answers[1]["message"] as? String)?.contains("not JSON") == true)
        #expect(((answers[3]["outputs"] as? [[String: Any]])?.first?["text"] as? String) == "2\n")
    }

    @Test func startupFileErrorsComeWithReady() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("fedsh"),
                                                withIntermediateDirectories: true)
        try folder.write("fedsh/init.fed", "set purchse 1\n")
        let result = try PipedProcess.fedsh(["--serve"], input: "", environment: ["XDG_CONFIG_HOME": folder.url.path])
        let ready = try #require(JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let errors = try #require(ready["startupErrors"] as? [[String: Any]])
        let path = folder.url.appendingPathComponent("fedsh/init.fed").path
        #expect(errors.count == 1, "\(result)")
        let rendered = errors.first?["text"] as? String
        #expect(rendered?.hasPrefix("\(path):1:5: error: unknown variable 'purchse'") == true, "\(result)")
    }
}
