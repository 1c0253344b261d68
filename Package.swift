// swift-tools-version:6.0
import PackageDescription

// Imports point one way: fedsh → FedShell → FedLanguage, FedData, FedModel; FedData → FedModel;
// fedsh → LineEditing → CEditLine.
let package = Package(
    name: "fedsh",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fedsh", targets: ["fedsh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // Markdown to HTML for `record FILE.html` handouts.
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        .target(name: "FedModel"),
        .target(name: "FedLanguage"),
        // The shipped snapshot: data/ at the top of the repository is a link to Sources/FedData/Snapshot.
        .target(name: "FedData", dependencies: ["FedModel", .product(name: "CSV", package: "CSV.swift")],
                resources: [.copy("Snapshot")]),
        .target(name: "FedShell", dependencies: ["FedModel", "FedLanguage", "FedData", .product(name: "Ink", package: "Ink")]),
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .target(name: "CTerminalInput"),
        .target(name: "LineEditing", dependencies: ["CEditLine", "CTerminalInput"]),
        .executableTarget(
            name: "fedsh",
            dependencies: [
                "FedShell", "LineEditing",
                // SHA-256 for `data import --sha256`, passed into the session (FedData links no crypto).
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "fedsh-bench", dependencies: ["FedShell", "FedModel", "FedLanguage", "FedData"],
                          path: "Sources/FedshBenchmark"),
        .testTarget(name: "FedModelTests", dependencies: ["FedModel"], exclude: ["Golden"]),
        .testTarget(name: "FedLanguageTests", dependencies: ["FedLanguage"]),
        .testTarget(name: "FedDataTests", dependencies: ["FedData"], resources: [.copy("Fixtures")]),
        .testTarget(name: "FedShellTests", dependencies: ["FedShell", "FedData", .product(name: "Crypto", package: "swift-crypto")], exclude: ["Golden", "FuzzRegressions"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "fedshTests", dependencies: ["fedsh"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
