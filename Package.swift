// swift-tools-version:6.0
import PackageDescription

// Imports point one way: fedsh → FedShell → FedLanguage, FedModel; fedsh → LineEditing → CEditLine.
let package = Package(
    name: "fedsh",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "fedsh", targets: ["fedsh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "FedModel"),
        .target(name: "FedLanguage"),
        .target(name: "FedShell", dependencies: ["FedModel", "FedLanguage"]),
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
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "fedsh-bench", dependencies: ["FedShell", "FedModel", "FedLanguage"],
                          path: "Sources/FedshBenchmark"),
        .testTarget(name: "FedModelTests", dependencies: ["FedModel"], exclude: ["Golden"]),
        .testTarget(name: "FedLanguageTests", dependencies: ["FedLanguage"]),
        .testTarget(name: "FedShellTests", dependencies: ["FedShell"], exclude: ["Golden", "FuzzRegressions"]),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(name: "fedshTests", dependencies: ["fedsh"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
