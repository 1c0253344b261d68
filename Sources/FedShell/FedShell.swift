import FedLanguage
import FedModel
/// The session: placeholder.
package enum FedShellInfo { package static let version = "0.1" }
