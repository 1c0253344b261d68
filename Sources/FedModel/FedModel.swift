/// The impact model: placeholder until the model lands.
package enum FedModelInfo { package static let version = "0.1" }
