import Foundation

/// Finds the shipped lessons: scripts named `NN-name.fed` whose first comment line is the title.
///
/// Folders, in order (the first lesson of a name wins): `$FEDSH_LESSONS`, then the shipped
/// `lessons` folders (`ShippedFiles`: beside the binary, or the source tree it was built from).
enum LessonLibrary {
    /// One lesson script.
    struct Lesson: Equatable {
        let number: Int
        let name: String
        let title: String
        let url: URL
    }

    static func defaultFolders(executable: URL? = Bundle.main.executableURL,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> [URL] {
        var folders: [URL] = []
        if let explicit = environment["FEDSH_LESSONS"], !explicit.isEmpty {
            folders.append(URL(fileURLWithPath: (explicit as NSString).expandingTildeInPath, isDirectory: true))
        }
        return folders + ShippedFiles.folders(named: "lessons", executable: executable)
    }

    /// Every lesson in the folders, by number then name; a name found twice keeps the first.
    static func lessons(in folders: [URL]) -> [Lesson] {
        var found: [String: Lesson] = [:]
        for folder in folders where ShippedFiles.isFolder(folder) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in names.sorted() {
                guard let lesson = lesson(file, in: folder), found[lesson.name] == nil else { continue }
                found[lesson.name] = lesson
            }
        }
        return found.values.sorted { ($0.number, $0.name) < ($1.number, $1.name) }
    }

    /// `01-balance-sheet.fed` → lesson 1, `balance-sheet`.
    private static func lesson(_ file: String, in folder: URL) -> Lesson? {
        guard file.hasSuffix(".fed") else { return nil }
        let stem = file.dropLast(4)
        let digits = stem.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let number = Int(digits), stem.dropFirst(digits.count).first == "-" else { return nil }
        let name = String(stem.dropFirst(digits.count + 1)).lowercased()
        guard !name.isEmpty else { return nil }
        let url = folder.appendingPathComponent(file)
        return Lesson(number: number, name: name, title: title(of: url), url: url)
    }

    /// A script's title: its first line when that is a comment.
    static func title(of url: URL) -> String {
        guard let text = try? ScriptFile.read(url) else { return "" }
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") { return trimmed.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces) }
            if !trimmed.isEmpty { break }
        }
        return ""
    }
}
