import FedLanguage
import Foundation

/// Where a command writes a document named on its line (`--csv FILE`, `--svg FILE`).
enum WrittenFileTarget {
    /// `-`: the document alone on standard output, for a pipe.
    case standardOutput
    /// A file the path policy allows, checked before any work is done.
    case file(URL)
}

extension Session {
    /// Checks a written file's path before the command works: `-` is standard output; anything else must be
    /// allowed by the path policy (a script writes only inside its folders), have one of `extensions`, and not
    /// name an existing file unless `--force`.
    func writtenFileTarget(_ path: PathArgument, extensions: [String], force: Bool) throws(Diagnostic)
        -> WrittenFileTarget
    {
        if path.path == "-" { return .standardOutput }
        let url = try checkedURL(path, for: .write, extensions: extensions)
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        if exists, isFolder.boolValue { throw .chartPathIsFolder(path, display: ScriptFile.displayPath(url)) }
        if exists, !force { throw .chartFileExists(path, display: ScriptFile.displayPath(url)) }
        return .file(url)
    }

    /// Writes `text` to the target: standard output as it is, a file replaced atomically with a confirmation.
    func write(_ text: String, to target: WrittenFileTarget, path: PathArgument, what: String) throws(Diagnostic) {
        switch target {
        case .standardOutput:
            output.write(text)
        case .file(let url):
            do { try ScriptFile.write(text, to: url, replace: true) } catch {
                throw .file(error.message, path: path, help: error.help)
            }
            output.confirm("wrote \(what) to \(ScriptFile.displayPath(url))\n")
        }
    }
}
