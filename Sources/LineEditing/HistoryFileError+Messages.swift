import Foundation

// All wording about the history file: the one message generator of LineEditing.

extension HistoryFileError {
    /// The one warning a session gives when its history cannot be saved.
    static func notSavedWarning(path: String, _ error: Error) -> String {
        "fedsh: history will not be saved to \(path): \(describe(error)); keeping it for this session only"
    }

    /// Why a history file could not be used, in words: a refusal, or the system's error.
    static func describe(_ error: Error) -> String {
        if let error = error as? HistoryFileError {
            switch error.refusal {
            case .notRegularFile: return "it is not a regular file"
            case .tooLarge(let limit): return "it is larger than \(limit >> 20) MiB, more than a history file holds"
            case nil: return String(cString: strerror(error.code))
            }
        }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        return error.localizedDescription
    }
}
