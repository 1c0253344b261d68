import FedLanguage
import FedModel

/// The lines an `eval` adds for the class's predictions: each guess beside the model's central
/// answer and its p10–p90 band, whether it was right, and which channel decided it.
struct PredictionReveal {
    let results: Results
    let predictions: [ClassroomState.Prediction]
    /// The eval the class saw before predicting: "up" and "down" are measured from it (same
    /// horizon), else from month 0.
    var previous: Results?
    var width = 80

    var text: String {
        guard !predictions.isEmpty else { return "" }
        return "predictions\n" + predictions.map {
            TextWrap.wrap(line(for: $0), width: width, firstIndent: "  ", indent: "    ").joined(separator: "\n") + "\n"
        }.joined()
    }

    /// What up and down are measured from, and its words.
    private func reference(_ output: Output) -> (value: Double, words: String) {
        if let previous, previous.path.count == results.path.count {
            return (output.value(in: previous.horizon), "the last eval")
        }
        return (output.isMarket ? 0 : output.value(in: results.path[0]), "month 0")
    }

    private var horizonMonth: Int { results.path.count - 1 }

    private func line(for prediction: ClassroomState.Prediction) -> String {
        let output = prediction.output
        let central = output.value(in: results.horizon)
        let said = "\(output.rawValue): you said \(prediction.text); the model says \(answer(output, central))"
        let verdict: String
        switch prediction.guess {
        case .up, .down:
            let change = central - reference(output).value
            let shown = ReportFormat.output(output, abs(change))
            if ReportFormat.output(output, 0) == shown || change == 0 {
                verdict = "too close to call: the central path barely moves"
            } else {
                let right = (change > 0) == (prediction.guess.isUp)
                verdict = (right ? "right" : "wrong") + bandWarning(output)
            }
        case .value(let guess):
            verdict = valueVerdict(output, guess: guess, central: central)
        case .regime(let regime):
            let shares = results.bands.regimeShares[horizonMonth]
            let share = Int(((shares[regime] ?? 0) * 100).rounded())
            verdict =
                (results.horizon.regime == regime ? "right" : "wrong") + " (\(regime.rawValue) in \(share)% of draws)"
        }
        return "\(said): \(verdict), \(decidedBy(output))"
    }

    /// The central value with its band; for levels, the change since month 0 too.
    private func answer(_ output: Output, _ central: Double) -> String {
        var text = ReportFormat.output(output, central)
        if output != .regime {
            let (value, words) = reference(output)
            text += " at month \(horizonMonth), from \(ReportFormat.output(output, value)) at \(words)"
        }
        if output != .regime, let band = results.bands.band(output, month: horizonMonth) {
            text += " (p10–p90 \(ReportFormat.band(output, band)))"
        }
        return text
    }

    private func bandWarning(_ output: Output) -> String {
        guard let band = results.bands.band(output, month: horizonMonth) else { return "" }
        let reference = reference(output).value
        return band.p10 < reference && band.p90 > reference ? " on the central value (the band runs both ways)" : ""
    }

    private func valueVerdict(_ output: Output, guess: Double, central: Double) -> String {
        let distance = ReportFormat.output(output, abs(guess - central)).replacingOccurrences(of: "+", with: "")
        guard let band = results.bands.band(output, month: horizonMonth) else {
            return "\(distance) from the central value"
        }
        let inside = guess >= band.p10 && guess <= band.p90
        return (inside ? "inside the band" : "outside the band") + ", \(distance) from the central value"
    }

    /// The channel with the largest contribution, for prices and yields; reserves and the
    /// regime for the money-market and balance-sheet outputs.
    private func decidedBy(_ output: Output) -> String {
        guard let contributions = contributions(output) else {
            let last = results.horizon
            return
                """
                    decided by reserves and the regime (reserve ratio \
                    \(ReportFormat.plain(last.reserveRatio, decimals: 1, unit: "%")) of bank assets, \
                    \(last.regime.rawValue))
                    """
        }
        let channels = [("surprise", contributions.surprise), ("liquidity", contributions.liquidity),
                        ("duration", contributions.duration), ("funding-stress", contributions.fundingStress)]
        guard let largest = channels.max(by: { abs($0.1) < abs($1.1) }), abs(largest.1) >= 0.005 else {
            return "no channel moved it much"
        }
        return "decided mainly by the \(largest.0) channel (\(ReportFormat.output(output, largest.1)))"
    }

    private func contributions(_ output: Output) -> ChannelContributions? {
        results.horizon.assets.contributions(for: output)
    }
}

extension ClassroomState.Prediction.Guess {
    var isUp: Bool {
        if case .up = self { return true }
        return false
    }
}
