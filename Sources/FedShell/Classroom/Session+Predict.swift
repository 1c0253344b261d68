import FedLanguage
import FedModel

extension Session {
    /// `predict OUT up|down|VALUE`: records a guess that the next `eval` reveals.
    func predict(_ name: Name, guess: Expression, statement: Statement, source: SourceText) throws(Diagnostic) {
        guard let target = Output(rawValue: name.text) else { throw .unknownOutput(name) }
        let parsed = try predictionGuess(guess, for: target, source: source)
        let text = source.text(in: guess.range).trimmingCharacters(in: .whitespaces)
        // In a lesson with a person at the terminal, the class makes the prediction.
        if !source.origin.isTyped, let ask = options.ask {
            switch ask(
                "your prediction for \(target.rawValue): up, down or a value (Enter keeps the lesson's '\(text)'): ")
            {
            case .stop:
                classroom.stoppedAtPause = true
                return
            case .line(let typed) where !typed.isEmpty:
                let asked = SourceText(
                    origin: .prompt, name: "<prediction>", text: "predict \(target.rawValue) \(typed)")
                if runLine(asked).failures == 0 { return }
            case .line: break
            }
        }
        classroom.predictions.removeAll { $0.output == target }
        classroom.predictions.append(.init(output: target, guess: parsed, text: text))
        output.confirm("prediction noted: \(target.rawValue) \(text) (the next eval reveals it)\n")
    }

    /// After an `eval` report: each prediction beside the model's answer; then they are cleared.
    func revealPredictions(_ results: Results, previous: Results?) {
        guard !classroom.predictions.isEmpty else { return }
        output.write(PredictionReveal(results: results, predictions: classroom.predictions, previous: previous,
                                      width: options.terminalWidth).text)
        classroom.predictions.removeAll()
    }

    private func predictionGuess(_ guess: Expression, for output: Output, source: SourceText) throws(Diagnostic)
        -> ClassroomState.Prediction.Guess
    {
        if case .name(let word) = guess.kind, state.userVariables[word] == nil {
            let direction: ClassroomState.Prediction.Guess? =
                ["up", "higher", "rise"].contains(word)
                ? .up
                : ["down", "lower", "fall"].contains(word) ? .down : nil
            if let direction {
                guard output != .regime else { throw .predictionKind(guess.range, output: output) }
                return direction
            }
            if let regime = ReserveRegime(rawValue: word) {
                guard output == .regime else { throw .predictionKind(guess.range, output: output) }
                return .regime(regime)
            }
        }
        let value = try evaluate(guess, source)
        if output == .regime {
            guard case .word(let word) = value, let regime = ReserveRegime(rawValue: word) else {
                throw .predictionKind(guess.range, output: output)
            }
            return .regime(regime)
        }
        guard let quantity = value.quantity, let number = output.unitPresentation.number(quantity) else {
            throw .predictionKind(guess.range, output: output)
        }
        return .value(number)
    }
}
