/// The `claims` table as text: each claim, the article's figures, what the model computes with its
/// band, the verdict and the rule behind it, and context lines; wrapped to the width.
struct ClaimsText {
    /// A claim with its verdict, ready to print.
    struct Row {
        let claim: Claim
        let verdict: ClaimVerdict
        let modelLine: String?
        let claimedLine: String?
        let context: [String]
    }

    let rows: [Row]
    let header: String
    let width: Int

    var text: String {
        var lines = TextWrap.wrap(header, width: width, indent: "  ")
        lines.append("")
        for row in rows {
            let label = row.claim.number.leftPadded(3) + ". "
            let indent = String(repeating: " ", count: label.count)
            lines += TextWrap.wrap(row.claim.text, width: width, firstIndent: label, indent: indent)
            func field(_ name: String, _ text: String) {
                let head = indent + name.rightPadded(9)
                lines += TextWrap.wrap(
                    text, width: width, firstIndent: head, indent: String(repeating: " ", count: head.count))
            }
            field("article", row.claim.articleFigures)
            if let model = row.modelLine { field("model", model) }
            if let claimed = row.claimedLine { field("claimed", claimed) }
            if case .notJudged(let reason) = row.claim.test { field("why", reason) }
            field("verdict", row.verdict.rawValue + (row.verdict == .cannotBeJudged ? "" : ": " + row.verdict.reason))
            for context in row.context { field("context", context) }
            lines.append("")
        }
        for rule in ClaimVerdict.rules { lines += TextWrap.wrap(rule, width: width, indent: "  ") }
        return lines.joined(separator: "\n") + "\n"
    }
}
