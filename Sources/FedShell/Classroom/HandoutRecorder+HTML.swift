import Foundation
import Ink

extension HandoutRecorder {
    /// The handout as one self-contained HTML page: Ink's HTML of the Markdown, each chart's SVG
    /// inline in a figure, a small print-friendly style, no outside files.
    func page() -> String {
        var body = MarkdownParser().html(from: markdown)
        for (index, (placeholder, chart)) in inlineCharts.enumerated() {
            let figure = "<figure id=\"chart-\(index + 1)\">" + Self.inlineSVG(chart.svg)
                + "<figcaption>" + Self.escaped(chart.title) + "</figcaption></figure>"
            body = body.replacingOccurrences(of: "<p>\(placeholder)</p>", with: figure)
        }
        let heading = markdown.split(separator: "\n", maxSplits: 1).first
        let title = heading.map { String($0.dropFirst(2)) } ?? "fedsh session"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="fedsh \(Session.version)">
            <title>\(Self.escaped(title))</title>
            <style>
            \(Self.style)
            </style>
            </head>
            <body>
            <main>
            \(body)
            </main>
            </body>
            </html>

            """
    }

    private static let style = """
        body { margin: 0; background: #fff; color: #1d1d1f;
               font: 16px/1.5 "DejaVu Sans", Helvetica, Arial, sans-serif; }
        main { max-width: 56rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 0.5rem; }
        h1 + p { color: #555; font-size: 0.9rem; }
        pre { background: #f5f5f7; border-radius: 6px; padding: 0.6rem 0.8rem; overflow-x: auto;
              font: 13px/1.35 "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        pre code.language-fedsh { color: #0b4f9c; font-weight: bold; }
        pre:has(code.language-fedsh) { background: #eaf1fb; }
        hr { border: 0; border-top: 2px dashed #c7c7cc; margin: 2rem 0 0.5rem; }
        hr + p { color: #8a5a00; margin-top: 0; }
        figure { margin: 1rem 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: 0.85rem; }
        @media print { pre { white-space: pre-wrap; } hr { break-after: avoid; } figure { break-inside: avoid; } }
        """

    /// The SVG element alone (no XML declaration), to sit inside HTML.
    private static func inlineSVG(_ document: String) -> String {
        guard let start = document.range(of: "<svg") else { return "" }
        return String(document[start.lowerBound...])
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
