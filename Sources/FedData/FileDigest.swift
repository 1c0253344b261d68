import Foundation

/// Fingerprints a data file's bytes for `data import --sha256`: lower-case hex of its SHA-256.
/// The fedsh executable passes swift-crypto's SHA-256 in; FedData and FedShell link no crypto
/// library of their own, so the fuzz target (built with swiftc alone) builds without one.
package typealias FileDigest = @Sendable (Data) -> String
