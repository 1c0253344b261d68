import Foundation

extension ScriptFile {
    /// Why a file could not be read or written: data only (the file, the error number); worded in
    /// `ScriptFile+Messages.swift`, the file layer's one message generator.
    package enum Problem: Sendable, Equatable {
        case noSuchFile(URL)
        case scriptIsAFolder(URL)
        case tooLarge(URL, limit: Int)
        case containsNul(URL)
        case notUTF8(URL)
        case cannotRead(URL, code: Int32)
        case noSuchFolder(URL)
        /// A write onto a folder's name.
        case targetIsAFolder(URL)
        /// The name is taken and `--force` was not given; `command` names the command for the advice.
        case alreadyExists(URL, command: String?)
        /// The temporary beside the file could not be made.
        case cannotWriteIn(URL, code: Int32)
        case cannotWrite(URL, code: Int32)
        case cannotReplace(URL, code: Int32)
        case danglingLink(URL)
        /// A device, FIFO or socket: `mode` is the `st_mode` file type.
        case notRegularFile(URL, mode: mode_t)
    }

    /// A file problem as thrown: its kind, with the wording the generator gives it.
    package struct Failure: Error {
        package let problem: Problem

        package init(_ problem: Problem) {
            self.problem = problem
        }

        package var message: String { problem.message }
        package var help: String? { problem.help }
    }
}
