import FedModel

/// Session state for the classroom commands: the predictions waiting for the next `eval`.
/// Not part of undo: a prediction is a question to the class, not part of the scenario.
struct ClassroomState {
    /// What a student guessed for one output before running the model.
    struct Prediction {
        enum Guess {
            case up
            case down
            /// A number in the output's own unit (billions, %, bp).
            case value(Double)
            case regime(ReserveRegime)
        }

        let output: Output
        let guess: Guess
        /// The guess as typed, for the reveal.
        let text: String
    }

    var predictions: [Prediction] = []
    /// Set when the person stops at a `pause`: the scripts running stop there and keep what they did.
    var stoppedAtPause = false
}
