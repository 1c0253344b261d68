import FedLanguage
import Foundation

extension Session {
    /// `lesson list` (or `lesson`) lists the shipped lessons; `lesson NAME` runs one like `source`:
    /// it changes the state, and `undo` takes back the whole lesson.
    func lesson(_ name: Name?, statement: Statement) throws(Diagnostic) {
        let lessons = LessonLibrary.lessons(in: options.lessonFolders)
        guard !lessons.isEmpty else {
            throw .noLessons(name?.range ?? statement.keywordRange, searched: options.lessonFolders.map(\.path))
        }
        guard let name, name.text != "list" else {
            listLessons(lessons)
            return
        }
        let wanted = name.text.lowercased()
        // `lesson 1` as `lesson list` numbers them, `lesson balance-sheet`, or `lesson 01-balance-sheet`.
        guard let lesson = lessons.first(where: {
            $0.name == wanted || String(format: "%02d-%@", $0.number, $0.name) == wanted || Int(wanted) == $0.number
        }) else {
            throw .unknownLesson(name, lessons: lessons.map(\.name))
        }
        output.recorder?.offerTitle(lesson.title)
        try runScript(at: PathArgument(lesson.url.path, range: name.range), shipped: true)
    }

    private func listLessons(_ lessons: [LessonLibrary.Lesson]) {
        let width = lessons.map(\.name.count).max() ?? 0
        var text = "lessons (run one with 'lesson NAME'; each takes 10–20 minutes):\n"
        for lesson in lessons {
            text +=
                String(lesson.number).leftPadded(4) + "  " + lesson.name.rightPadded(width) + "  " + lesson.title + "\n"
        }
        output.write(TextWrap.fit(text, width: options.terminalWidth))
    }
}
