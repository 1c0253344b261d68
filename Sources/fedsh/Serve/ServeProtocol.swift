import Foundation

/// The `--serve` protocol, one JSON object per line each way (the Jupyter kernel in `jupyter/`
/// speaks it; docs/JUPYTER.md describes it). Requests:
///
///     {"id": 1, "type": "run", "cell": 3, "source": "set purchases 45B/month\nplot reserves"}
///     {"id": 2, "type": "complete", "source": "plot res", "cursor": 8}
///     {"id": 3, "type": "interrupt"}
///
/// Each gets one response with the same `id`. fedsh first writes `{"type": "ready", ...}`.
/// `interrupt` is answered at once, even while a `run` is going; that run then ends `cancelled`.
struct ServeRequest: Decodable {
    enum Kind: String, Decodable {
        case run, complete, interrupt
    }

    var id: Int?
    var type: Kind
    /// The notebook's cell number (`run`): errors say `cell 3, line 2:5`.
    var cell: Int?
    var source: String?
    /// Where the cursor is in `source`, in Unicode code points as Jupyter counts (`complete`).
    var cursor: Int?
}

/// The first line fedsh writes: the protocol is up.
struct ServeReady: Encodable {
    let type = "ready"
    var version: String
    var protocolVersion = 1
    /// Errors in the startup file (`init.fed`), for the client to show.
    var startupErrors: [ServeItem]
}

/// The answer to `run`: what the cell printed, in order, and whether every command succeeded.
struct ServeRunResult: Encodable {
    let type = "result"
    var id: Int?
    var cell: Int
    var ok: Bool
    /// True when the cell was cancelled by an interrupt.
    var interrupted: Bool
    var outputs: [ServeItem]
}

/// One piece of a cell's output: text (reports, notes), an error, or a chart.
struct ServeItem: Encodable {
    enum Kind: String, Encodable {
        case text, error, chart
    }

    var kind: Kind
    /// `text`: the text; `error`: the rendered diagnostic (`cell 3, line 2:5: error: ...` with its caret).
    var text: String
    var error: ServeError?
    /// `chart`: the SVG document, and what it shows.
    var svg: String?
    var title: String?
}

/// An error's parts, for a client that shows them its own way.
struct ServeError: Encodable {
    /// `error`, `warning` or `note`.
    var severity: String
    var message: String
    /// `cell 3, line 2:5`, or nil for an error with no place in the cell.
    var location: String?
    var line: Int?
    var column: Int?
    var endLine: Int?
    var endColumn: Int?
    var suggestion: String?
    var help: String?
}

/// The answer to `complete`: candidates that replace `source[cursorStart..<cursorEnd]`.
struct ServeCompletion: Encodable {
    let type = "completion"
    var id: Int?
    var matches: [String]
    var cursorStart: Int
    var cursorEnd: Int
}

/// The answer to `interrupt`, and to a line that is not a request.
struct ServeAcknowledgement: Encodable {
    var type: String
    var id: Int?
    var message: String?
}
