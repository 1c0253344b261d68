/// Session state for the classroom commands (predictions, recording); not part of undo.
struct ClassroomState {}
