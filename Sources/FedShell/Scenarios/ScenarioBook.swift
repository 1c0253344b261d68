/// The scenarios a user has named in this session (undoable, saved by `save`).
struct ScenarioBook: Equatable {}
