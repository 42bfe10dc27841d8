// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Candor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "candor", targets: ["candor"]),
        .library(name: "CandorCore", targets: ["CandorCore"]),
        .library(name: "CandorStore", targets: ["CandorStore"]),
        .library(name: "CandorWeb", targets: ["CandorWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.115.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.50.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
        .package(url: "https://github.com/pointfreeco/swift-snapshot-testing.git", from: "1.17.0"),
    ],
    targets: [
        // Pure domain: value types, validation, rules. Foundation only, no I/O.
        .target(name: "CandorCore", resources: [.copy("Resources/theme-model.json")]),
        // Fluent models, numbered migrations and the query layer shared by CLI and web.
        .target(
            name: "CandorStore",
            dependencies: [
                "CandorCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Resources/starter-bank.json")]
        ),
        // The Vapor app: configure, routes, controllers, Plot views, middleware.
        .target(
            name: "CandorWeb",
            dependencies: [
                "CandorCore",
                "CandorStore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "Plot", package: "Plot"),
                // NIOSingletons: Swift concurrency on the event loops (WebServer).
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            resources: [.copy("Public")]
        ),
        // Thin command-line shell: one file per subcommand.
        .executableTarget(
            name: "candor",
            dependencies: [
                "CandorCore",
                "CandorStore",
                "CandorWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Times the insight analysis on seeded synthetic answers (Benchmarks/run compares it
        // with a scikit-learn baseline). Build it with `-c release`: debug timings mean nothing.
        .executableTarget(name: "candor-bench", dependencies: ["CandorCore"], path: "Benchmarks/CandorBench"),
        // Scores Candor's reading of answers against the labelled corpus in Benchmarks/Corpus
        // (Benchmarks/quality runs it on the held-out test split, with the floors CI keeps).
        .executableTarget(name: "candor-quality", dependencies: ["CandorCore"], path: "Benchmarks/CandorQuality"),
        .testTarget(name: "CandorCoreTests", dependencies: ["CandorCore"]),
        .testTarget(
            name: "CandorStoreTests",
            dependencies: [
                "CandorStore",
                "CandorCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // Runs the built `candor` binary; depending on it makes SwiftPM build it first.
        .testTarget(name: "CandorCLITests", dependencies: ["candor", "CandorCore"]),
        .testTarget(
            name: "CandorWebTests",
            dependencies: [
                "CandorWeb",
                "CandorStore",
                .product(name: "VaporTesting", package: "vapor"),
                // Pages compared with their reviewed HTML (`PageSnapshotTests`).
                .product(name: "SnapshotTesting", package: "swift-snapshot-testing"),
            ],
            exclude: ["__Snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
