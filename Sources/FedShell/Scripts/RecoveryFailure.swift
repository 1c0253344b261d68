import FedLanguage
import Foundation

/// Why `--recover` could not restore the last session: data only; `Diagnostic.recovery` words it.
package enum RecoveryFailure: Error, Sendable {
    /// Why there is no journal to replay, as far as its folder tells.
    package enum Absence: Sendable {
        /// The last session left a note that it could not write its journal.
        case couldNotWrite(note: String)
        case folderNotWritable(folder: String)
        case endedCleanly(previousJournal: String)
        case unknown
    }

    /// FEDSH_JOURNAL is empty.
    case journalTurnedOff
    case notRegularFile(path: String)
    case noJournal(path: String, Absence)
    /// The journal could not be read.
    case unreadable(ScriptFile.Failure)
    /// The journal holds a command a journal never records (a tampered or foreign file).
    case foreignCommand(String, journal: String)
    case stoppedAtError(journal: String)
}

extension Diagnostic {
    /// The one wording of recovery failures.
    package static func recovery(_ failure: RecoveryFailure) -> Diagnostic {
        switch failure {
        case .journalTurnedOff:
            return Diagnostic(message: "no session to recover: the journal is turned off (FEDSH_JOURNAL is empty)")
        case .notRegularFile(let path):
            return Diagnostic(message: "no session to recover: \(path) is not a regular file",
                              help: "point FEDSH_JOURNAL at a file")
        case .noJournal(let path, let absence):
            let help = switch absence {
            case .couldNotWrite(let note):
                "the last session could not write its journal (\(note) says why), so it cannot be recovered"
            case .folderNotWritable(let folder):
                "the folder \(folder) is not writable, so no journal could be written there"
            case .endedCleanly(let previous):
                "the last session ended cleanly; its journal is \(previous)"
            case .unknown:
                "no session here has ended cleanly either: either none changed anything, or its journal could not "
                    + "be written (a full disk, no permission)"
            }
            return Diagnostic(message: "no session to recover: there is no journal at \(path)", help: help)
        case .unreadable(let failure):
            return Diagnostic(message: failure.message, help: failure.help)
        case .foreignCommand(let command, let journal):
            return Diagnostic(message: "could not recover the last session: its journal holds '\(command)', "
                                  + "which a journal never records",
                              help: "the journal is \(journal); nothing was restored")
        case .stoppedAtError(let journal):
            return Diagnostic(message: "could not recover the last session: its journal stopped at an error",
                              help: "the journal is \(journal); nothing was restored")
        }
    }

    /// The journal could not be written (said once a session): the session cannot be recovered.
    package static func journalNotWritten(_ failure: ScriptFile.Failure) -> Diagnostic {
        Diagnostic(severity: .warning, message: "cannot write the session journal: \(failure.message); "
                       + "this session cannot be recovered after a crash")
    }

    /// The note a session leaves when its journal cannot be written, so `--recover` can say why.
    package static func journalFailureNote(process: Int32, _ failure: ScriptFile.Failure) -> String {
        "# fedsh (pid \(process)) could not write its journal: \(failure.message)\n"
    }

    /// A line on standard input past the length cap.
    package static func standardInputLineTooLong(_ name: String, line: Int, limitMiB: Int) -> Diagnostic {
        Diagnostic(message: "\(name):\(line): a line longer than \(limitMiB) MiB; standard input is not read further",
                   help: "standard input takes fedsh commands, one per line, as a script file does")
    }
}
