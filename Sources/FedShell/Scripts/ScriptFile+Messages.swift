import Foundation

// All wording for file problems (reading scripts, writing saves, exports, handouts, the journal).
// An operating-system error is given as strerror says it, lower-cased, in every message alike.

extension ScriptFile.Problem {
    package var message: String {
        switch self {
        case .noSuchFile(let url): "no such file: \(shown(url))"
        case .scriptIsAFolder(let url): "\(shown(url)) is a folder, not a script"
        case .tooLarge(let url, let limit): "\(shown(url)) is too large for a script (more than \(limit >> 20) MiB)"
        case .containsNul(let url): "\(shown(url)) is not a text file (it contains NUL bytes)"
        case .notUTF8(let url): "\(shown(url)) is not UTF-8 text"
        case .cannotRead(let url, let code): "cannot read \(shown(url)): \(Self.reason(code))"
        case .noSuchFolder(let url): "no such folder: \(shown(url))"
        case .targetIsAFolder(let url): "\(shown(url)) is a folder"
        case .alreadyExists(let url, _): "\(shown(url)) already exists"
        case .cannotWriteIn(let url, let code): "cannot write in \(shown(url)): \(Self.reason(code))"
        case .cannotWrite(let url, let code): "cannot write \(shown(url)): \(Self.reason(code))"
        case .cannotReplace(let url, let code): "cannot replace \(shown(url)): \(Self.reason(code))"
        case .danglingLink(let url): "\(shown(url)) is a link to a file that does not exist"
        case .notRegularFile(let url, let mode): "\(shown(url)) is \(Self.kind(mode)): fedsh writes only regular files"
        }
    }

    package var help: String? {
        switch self {
        case .targetIsAFolder(let url): "give a file name, such as \(shown(url.appendingPathComponent("session.fed")))"
        case .alreadyExists(let url, let command?): "use '\(command) --force \(shown(url))' to replace it"
        case .alreadyExists: "add --force to replace it"
        case .danglingLink: "remove the link or give another name"
        case .notRegularFile: "give the name of a file"
        default: nil
        }
    }

    private func shown(_ url: URL) -> String { ScriptFile.displayPath(url) }

    /// An error number as words: "no space left on device".
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)).lowercased() }

    private static func kind(_ mode: mode_t) -> String {
        switch mode {
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
