// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "actornet",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ActorNet", targets: ["ActorNet"]),
        .library(name: "ActorNetAnalysis", targets: ["ActorNetAnalysis"]),
        .library(name: "ActorNetRender", targets: ["ActorNetRender"]),
        .executable(name: "actornet", targets: ["actornet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Model and file formats: pure Swift, no C.
        .target(
            name: "ActorNet",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "ActorNetAnalysis", dependencies: ["ActorNet"]),
        // The only place Graphviz enters; imported `internal` so no C type leaks.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "ActorNetRender", dependencies: ["ActorNet", "ActorNetAnalysis", "CGraphviz"]),
        // The HTML/Markdown report: composes analysis and diagrams; HTML through Plot (escaping by construction).
        .target(
            name: "ActorNetReport",
            dependencies: [
                "ActorNet", "ActorNetAnalysis", "ActorNetRender", .product(name: "Plot", package: "Plot"),
            ]),
        // `actornet serve`: the workshop server. The only place Hummingbird enters.
        .target(
            name: "ActorNetServe",
            dependencies: [
                "ActorNet", "ActorNetAnalysis", "ActorNetRender", "ActorNetReport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .executableTarget(
            name: "actornet",
            dependencies: [
                "ActorNet", "ActorNetAnalysis", "ActorNetRender", "ActorNetReport", "ActorNetServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What every test target shares: the package's paths, fixtures, scratch folders, golden files. A plain
        // target (not a test target), so test targets can depend on it; no product exports it.
        .target(name: "ActorNetTestSupport", path: "Tests/ActorNetTestSupport"),
        .testTarget(
            name: "ActorNetTests", dependencies: ["ActorNet", "ActorNetTestSupport"], resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ActorNetAnalysisTests", dependencies: ["ActorNet", "ActorNetAnalysis", "ActorNetTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        // Golden files are read from the source tree (so ACTORNET_UPDATE_GOLDEN=1 can rewrite them), not bundled.
        .testTarget(
            name: "ActorNetRenderTests",
            dependencies: ["ActorNet", "ActorNetAnalysis", "ActorNetRender", "ActorNetTestSupport"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "ActorNetReportTests",
            dependencies: ["ActorNet", "ActorNetAnalysis", "ActorNetReport", "ActorNetTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ActorNetServeTests",
            dependencies: ["ActorNet", "ActorNetServe", "ActorNetTestSupport"]
        ),
        .testTarget(
            name: "actornetTests", dependencies: ["ActorNet", "ActorNetTestSupport"], exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
