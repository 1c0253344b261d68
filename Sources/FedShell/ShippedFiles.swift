import Foundation

/// Where the files shipped with fedsh are (`lessons`, `examples`, the `data` snapshot), so the
/// binary finds them wherever it runs from: installed, `<prefix>/share/fedsh/NAME` beside
/// `<prefix>/bin/fedsh` (what `scripts/install` lays out), or `<bin>/NAME`; in the source tree it
/// was built from, the nearest folder above the binary holding `Package.swift` and `NAME/`.
/// Symbolic links to the binary are followed first.
package enum ShippedFiles {
    /// The candidate folders for `name`, in order; only the source tree's is checked for existence.
    package static func folders(named name: String, executable: URL? = Bundle.main.executableURL) -> [URL] {
        guard let executable else { return [] }
        let binFolder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        var folders = [
            binFolder.deletingLastPathComponent().appendingPathComponent("share/fedsh/\(name)", isDirectory: true),
            binFolder.appendingPathComponent(name, isDirectory: true),
        ]
        var folder = binFolder
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent(name, isDirectory: true)
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
               isFolder(candidate) {
                folders.append(candidate)
                break
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return folders
    }

    /// The first of `folders(named:)` that exists, or nil.
    package static func folder(named name: String, executable: URL? = Bundle.main.executableURL) -> URL? {
        folders(named: name, executable: executable).first(where: isFolder)
    }

    static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }
}
