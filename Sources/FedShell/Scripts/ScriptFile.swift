import FedLanguage
import Foundation

/// Reading and writing script files: the only file I/O the session does.
package enum ScriptFile {
    static let maximumSize = 16 << 20

    /// Resolves a path typed in a command: relative paths are taken from `base` (the folder of the
    /// script being run) or the current directory.
    /// A leading `~` is the user's home folder as $HOME names it (not the password database's).
    package static func resolve(_ path: String, relativeTo base: URL?) -> URL {
        var expanded = path
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty,
           path == "~" || path.hasPrefix("~/") {
            expanded = home + path.dropFirst()
        } else {
            expanded = (path as NSString).expandingTildeInPath
        }
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
        let folder = base ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        return folder.appendingPathComponent(expanded).standardizedFileURL
    }

    /// A path for messages: relative to the current directory when it is inside it.
    /// Control, bidi and zero-width characters in a file name are made visible (`TextSanitizer`).
    package static func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath
        let path = url.path
        return TextSanitizer.visible(path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path)
    }

    /// Reads a script as UTF-8 text; refuses folders, binary files and files too large to be scripts.
    package static func read(_ url: URL) throws(Failure) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw Failure(.noSuchFile(url))
        }
        if isFolder.boolValue { throw Failure(.scriptIsAFolder(url)) }
        let data = try contents(of: url)
        if data.count > maximumSize { throw Failure(.tooLarge(url, limit: maximumSize)) }
        if data.contains(0) { throw Failure(.containsNul(url)) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(.notUTF8(url))
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The bytes of `url`, read to its end or to one byte past `maximumSize`. Plain reads, so a
    /// pipe works too (`fedsh <(…)`); a failure names its real cause.
    private static func contents(of url: URL) throws(Failure) -> Data {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw readFailure(url, code: errno) }
        defer { close(descriptor) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while data.count <= maximumSize {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw readFailure(url, code: errno)
            }
            data.append(contentsOf: chunk[0..<count])
        }
        return data
    }

    private static func readFailure(_ url: URL, code: Int32) -> Failure {
        Failure(.cannotRead(url, code: code))
    }

    /// Writes atomically: a temporary file in the same folder, flushed, then moved into place.
    /// Without `replace`, an existing file is never touched (the move is a hard link, which fails
    /// if the name is taken, so there is no window in which another file could be clobbered).
    /// `command` names the command for the "already exists" advice (`save` → "use 'save --force FILE'").
    ///
    /// With `replace`, only a regular file is ever replaced: a device, FIFO, socket or folder is
    /// refused, and a symlink is written through (its target, which must be a regular file, is
    /// replaced; the link stays).
    package static func write(_ text: String, to requested: URL, replace: Bool,
                              command: String? = nil) throws(Failure) {
        let url = try writableTarget(requested)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw Failure(.noSuchFolder(folder))
        }
        var targetIsFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &targetIsFolder), targetIsFolder.boolValue {
            throw Failure(.targetIsAFolder(url))
        }
        if !replace, FileManager.default.fileExists(atPath: url.path) {
            throw Failure(.alreadyExists(url, command: command))
        }
        removeStaleTemporaries(for: url)
        var temporary = folder.appendingPathComponent(temporaryName(for: url, process: getpid()))
        var descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        // A name left by a dead process that had this id is never reused: another random part.
        for _ in 0..<8 where descriptor < 0 && errno == EEXIST {
            temporary = folder.appendingPathComponent(temporaryName(for: url, process: getpid()))
            descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard descriptor >= 0 else { throw Failure(.cannotWriteIn(folder, code: errno)) }
        if let code = writeAll(text, to: descriptor) {
            close(descriptor)
            unlink(temporary.path)
            throw Failure(.cannotWrite(url, code: code))
        }
        fsync(descriptor)
        close(descriptor)
        defer { unlink(temporary.path) }
        if replace {
            guard rename(temporary.path, url.path) == 0 else {
                throw Failure(.cannotReplace(url, code: errno))
            }
        } else if link(temporary.path, url.path) != 0 {
            let code = errno
            if code == EEXIST {
                throw Failure(.alreadyExists(url, command: command))
            }
            throw Failure(.cannotWrite(url, code: code))
        }
        syncFolder(folder)
    }

    /// `.NAME.PID.RANDOM.tmp` beside the file: one process's own temporary for one save, never the
    /// name of another process's (the process id) or of another save of this one (the random part).
    static func temporaryName(for url: URL, process: pid_t) -> String {
        ".\(url.lastPathComponent).\(process).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// A save cut off by `kill -9` or a closed terminal leaves its temporary behind: the next save of
    /// the same file removes those whose process is gone (a live one may be another fedsh saving now).
    /// Only our own regular files of exactly that shape are touched; the saved file itself never is.
    static func removeStaleTemporaries(for url: URL) {
        let folder = url.deletingLastPathComponent()
        let prefix = "." + url.lastPathComponent + "."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let middle = name.dropFirst(prefix.count).dropLast(".tmp".count).split(separator: ".")
            guard middle.count == 2, let process = pid_t(middle[0]), process > 0, UInt32(middle[1]) != nil else {
                continue
            }
            guard kill(process, 0) != 0, errno == ESRCH else { continue }
            let path = folder.appendingPathComponent(name).path
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == getuid() else {
                continue
            }
            unlink(path)
        }
    }

    /// Flushes the folder's entry for a renamed or linked file, so a crash just after cannot lose the name.
    private static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The file a write replaces: the path itself, or a symlink's target. Refuses anything but a
    /// regular file or a name not taken yet.
    static func writableTarget(_ url: URL) throws(Failure) -> URL {
        var status = stat()
        guard lstat(url.path, &status) == 0 else { return url }
        var target = url
        if status.st_mode & S_IFMT == S_IFLNK {
            target = realPath(url)
            guard stat(target.path, &status) == 0 else {
                throw Failure(.danglingLink(url))
            }
        }
        let kind = status.st_mode & S_IFMT
        guard kind == S_IFREG || kind == S_IFDIR else { throw Failure(.notRegularFile(url, mode: kind)) }
        return target
    }

    /// Writes all of `text` to a descriptor, resuming after partial writes and interruptions;
    /// returns the error number when a write fails.
    static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if result < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += result
        }
        return nil
    }
}
