import FedModel

extension Session {
    /// Monte Carlo's progress as a line for `Options.progress` (nil when nobody listens).
    var monteCarloProgress: (@Sendable (Int, Int) -> Void)? {
        guard let progress = options.progress else { return nil }
        return { done, total in progress(Self.progressLine(done: done, total: total)) }
    }

    /// "Monte Carlo 45% (4,500 of 10,000 draws) — Ctrl-C cancels".
    static func progressLine(done: Int, total: Int) -> String {
        let percent = total > 0 ? done * 100 / total : 100
        return "Monte Carlo \(percent)% (\(grouped(done)) of \(grouped(total)) draws) — Ctrl-C cancels"
    }

    /// 12345 → "12,345".
    private static func grouped(_ number: Int) -> String {
        (number < 0 ? "-" : "") + ReportFormat.groupedThousands(String(number.magnitude))
    }
}
