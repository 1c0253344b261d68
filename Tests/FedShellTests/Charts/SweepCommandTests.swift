import FedLanguage
import Testing
@testable import FedShell

/// `sweep` through the session: the table on known inputs, its chart, and errors that change nothing.
struct SweepCommandTests {
    static func session(width: Int = 80, cancelled: Bool = false) -> (Session, TranscriptOutput) {
        let output = TranscriptOutput()
        var options = Session.Options()
        options.terminalWidth = width
        if cancelled { options.isCancelled = { true } }
        return (Session(output: output, options: options), output)
    }

    /// The table rows: lines that start with a value of the swept variable.

    @Test func purchasesSweepGivesFourRowsWithRisingReserves() throws {
        let (session, output) = Self.session()
        let before = session.state
        #expect(
            session.run(SourceText(text: "sweep purchases 0..150B/month step 50B/month show reserves, regime"))
                .succeeded)
        let text = output.text
        #expect(text.contains("central values at month 12"))
        #expect(text.contains("bands: use compare"))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("/month  ") }
        #expect(rows.count == 4)
        let reserves = rows.compactMap { row -> Double? in
            guard let cell = row.split(separator: " ").first(where: { $0.hasPrefix("$") && $0.hasSuffix("T") }) else {
                return nil
            }
            return Double(cell.dropFirst().dropLast())
        }
        #expect(reserves.count == 4)
        #expect(reserves == reserves.sorted() && Set(reserves).count == 4)
        let marked = rows.filter { $0.contains("◀ ample→abundant") }
        #expect(marked.count == 1)
        #expect(marked.first?.contains("$100B/month") == true)
        #expect(text.contains("┊ ample→abundant"))
        #expect(text.contains("purchases ($B/month)"))
        #expect(session.state == before)
        #expect(session.results == nil)
    }

    @Test func defaultOutputsAndNormalisedChart() {
        let (session, output) = Self.session()
        #expect(session.run(SourceText(text: "sweep rate_cut 0..50bp step 25bp")).succeeded)
        for name in ["reserves", "regime", "sofr_spread", "btc"] { #expect(output.text.contains(name)) }
        #expect(output.text.contains("normalised"))
    }

    @Test func descendingSweepAndPlainZero() {
        let (session, output) = Self.session()
        #expect(session.run(SourceText(text: "sweep purchases 100B/month..0 step 50B/month show reserves")).succeeded)
        let rows = output.text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("/month  ") }
        #expect(rows.first?.contains("$100B/month") == true)
        #expect(rows.last?.contains("$0/month") == true)
    }

    @Test(arguments: [40, 60, 120])
    func everyLineFitsTheWidth(width: Int) {
        let (session, output) = Self.session(width: width)
        #expect(
            session.run(
                SourceText(
                    text:
                        """
                            sweep purchases 0..150B/month step 10B/month show reserves, regime, sofr_spread, \
                            sofr_peak, btc, spx, y2, y10
                            """
                )
            ).succeeded)
        for line in output.text.split(separator: "\n")
        where !line.hasPrefix("sweep ") && !line.hasPrefix("central values") {
            #expect(line.count <= width, "\(line)")
        }
    }

    @Test(arguments: [
        ("sweep purchse 0..150B/month step 50B/month", "unknown variable 'purchse'"),
        ("sweep purchases 0..150B/month step 0B/month", "the step must be more than zero"),
        ("sweep purchases 0..150B/month step -5B/month", "the step must be more than zero"),
        ("sweep purchases 0..1000B/month step 0.5B/month", "at most 1001"),
        ("sweep purchases 0..6000B/month step 1000B/month", "out of range"),
        ("sweep rate_cut -300bp..0 step 25bp", "out of range"),
        ("sweep instrument 0..1 step 1", "cannot sweep instrument"),
        ("sweep qt 0..1 step 1", "cannot sweep qt"),
        ("sweep purchases 0..150B step 50B/month", "pace per month"),
        ("sweep purchases 0..150B/month step 50B/month show reservs", "unknown output 'reservs'"),
        ("sweep horizon 1..12 step 0.5", "whole numbers"),
        ("sweep draws 100..1000 step 100", "sweeping draws shows nothing"),
    ])
    func errorsLeaveTheStateUnchanged(command: String, message: String) {
        let (session, output) = Self.session()
        session.run(SourceText(text: "set purchases 45B/month"))
        let before = session.state
        #expect(!session.run(SourceText(text: command)).succeeded)
        #expect(output.text.contains(message), "\(output.text)")
        #expect(session.state == before)
    }

    @Test func cancellationStopsTheSweep() {
        let (session, output) = Self.session(cancelled: true)
        #expect(!session.run(SourceText(text: "sweep purchases 0..150B/month step 50B/month")).succeeded)
        #expect(output.text.contains("cancelled"))
        #expect(!output.text.contains("$150B/month"))
    }

    @Test func longSweepsShowEveryRowAndRepeatTheHeader() {
        let (session, output) = Self.session()
        #expect(session.run(SourceText(text: "sweep purchases 0..100B/month step 1B/month show reserves")).succeeded)
        let rows = output.text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains("/month  ") }
        #expect(rows.count == 101)
        let headers = output.text.split(separator: "\n").filter { $0.hasPrefix("  purchases") }
        #expect(headers.count == 3)
    }
}

@Test func aDescendingSweepChartsLeftToRight() {
    let output = TranscriptOutput()
    let session = Session(output: output)
    session.run(SourceText(text: "sweep purchases 90B/month..0 step 15B/month show reserves"))
    let lines = output.text.split(separator: "\n")
    let axis = lines.first { $0.contains("0") && $0.contains("90") && !$0.contains("$") && !$0.contains("sweep") }
    #expect(axis != nil, "the x axis shows the whole range:\n\(output.text)")
}
