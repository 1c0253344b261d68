import Crypto
import Foundation

/// The SHA-256 of a data file, as `save` writes it beside `data import` so a replay with a changed
/// file refuses instead of giving other numbers.
package enum FileDigest {
    /// Lower-case hex of the SHA-256 of `data`.
    package static func sha256(_ data: Data) -> String {
        SHA256.hash(data: data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }
}
