/// The command language: placeholder until the lexer and parser land.
package enum FedLanguageInfo { package static let version = "0.1" }
