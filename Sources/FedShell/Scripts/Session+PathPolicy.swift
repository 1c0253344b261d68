import FedLanguage
import Foundation

/// Scripts stay in their folder: a path in a script (a file, a sourced file, a lesson) may only
/// name something inside the folder tree of a script being run, the working folder or a folder
/// the user allowed (`--allow-path DIR`). A line typed at the prompt, or given with `-c`, is the
/// user's own and may name any path. Paths are compared after resolving symlinks, so a link inside
/// the folder that points out of it is refused too.
extension Session {
    /// What a path is used for, for the message.
    enum PathUse: Equatable {
        case read, write
    }

    /// The path resolved as `ScriptFile.resolve` does, then checked against the folders a running
    /// script may use. Writes go through a symlink to its target, which must be allowed too.
    func checkedURL(_ path: PathArgument, for use: PathUse, extensions: [String] = []) throws(Diagnostic) -> URL {
        // `export x.json/` must not quietly write x.json: a trailing slash names a folder.
        if use == .write, path.path.hasSuffix("/") { throw .pathNamesAFolder(path) }
        let url = ScriptFile.resolve(path.path, relativeTo: currentFolder)
        if !extensions.isEmpty, !extensions.contains(url.pathExtension.lowercased()) {
            throw .wrongFileExtension(path, expected: extensions)
        }
        guard !sourceStack.isEmpty else { return url }
        let real = ScriptFile.realPath(url)
        let folders = scriptFolders
        guard folders.contains(where: { ScriptFile.isInside(real, folder: $0) }) else {
            throw .pathOutsideScriptFolders(path, display: ScriptFile.displayPath(real), use: use,
                                            folders: folders.map(ScriptFile.displayPath))
        }
        return url
    }

    /// The folders a running script may read and write in: each running script's folder, the working
    /// folder and the allowed folders, symlinks resolved.
    var scriptFolders: [URL] {
        var folders = sourceStack.map { ScriptFile.realPath($0.deletingLastPathComponent()) }
        let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        folders.append(ScriptFile.realPath(working))
        folders += options.allowedFolders.map(ScriptFile.realPath)
        var unique: [URL] = []
        for folder in folders where !unique.contains(folder) { unique.append(folder) }
        return unique
    }
}

extension ScriptFile {
    /// The path with every symlink resolved; for a file that does not exist yet, its folder's.
    static func realPath(_ url: URL) -> URL {
        let standard = url.standardizedFileURL
        if let resolved = realpath(standard.path, nil) {
            defer { free(resolved) }
            return URL(fileURLWithPath: String(cString: resolved))
        }
        let folder = standard.deletingLastPathComponent()
        guard folder.path != standard.path, let resolved = realpath(folder.path, nil) else { return standard }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved)).appendingPathComponent(standard.lastPathComponent)
    }

    /// Whether `url` is `folder` or inside it (both already real paths).
    static func isInside(_ url: URL, folder: URL) -> Bool {
        let path = url.path, base = folder.path
        return path == base || path.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }
}
