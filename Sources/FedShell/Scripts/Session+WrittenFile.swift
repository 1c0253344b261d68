import FedLanguage
import Foundation

/// Where a command writes a document named on its line (`--csv FILE`, `--svg FILE`).
enum WrittenFileTarget {
    /// `-`: the document alone on standard output, for a pipe.
    case standardOutput
    /// A file the path policy allows, checked before any work is done; `replace` when `--force` was given.
    case file(URL, replace: Bool)
}

extension Session {
    /// Checks a written file's path before the command works: `-` is standard output; anything else must be
    /// allowed by the path policy (a script writes only inside its folders), have one of `extensions`, and not
    /// name an existing file unless `--force`.
    func writtenFileTarget(_ path: PathArgument, extensions: [String], force: Bool) throws(Diagnostic)
        -> WrittenFileTarget
    {
        if path.path == "-" { return .standardOutput }
        // A folder is the likelier mistake than a wrong extension, so it is named first.
        let resolved = ScriptFile.resolve(path.path, relativeTo: currentFolder)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder), isFolder.boolValue {
            throw .chartPathIsFolder(path, display: ScriptFile.displayPath(resolved))
        }
        let url = try checkedURL(path, for: .write, extensions: extensions)
        if !force, FileManager.default.fileExists(atPath: url.path) {
            throw .chartFileExists(path, display: ScriptFile.displayPath(url))
        }
        return .file(url, replace: force)
    }

    /// Writes `text` to the target: standard output as it is, a file replaced atomically with a confirmation.
    func write(_ text: String, to target: WrittenFileTarget, path: PathArgument, what: String) throws(Diagnostic) {
        switch target {
        case .standardOutput:
            output.write(text)
        case .file(let url, let replace):
            // Checked again as it is written: a file that appeared since the check is not replaced.
            do { try ScriptFile.write(text, to: url, replace: replace) } catch {
                throw .file(error.message, path: path, help: error.help)
            }
            output.confirm("wrote \(what) to \(ScriptFile.displayPath(url))\n")
        }
    }
}
