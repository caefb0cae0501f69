// swift-tools-version: 6.1
// libFuzzer targets for actornet's parsers and renderer. Built only by `make fuzz` (sanitizer flags), which links
// the project root as `.deps/actornet` so the dependency has a fixed name.
import PackageDescription

let fuzzFlags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "ActorNetFuzz",
    dependencies: [.package(path: ".deps/actornet")],
    targets: [
        .executableTarget(name: "FuzzNetworkFile", dependencies: [.product(name: "ActorNet", package: "actornet")], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzCSV", dependencies: [.product(name: "ActorNet", package: "actornet")], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzGraphML", dependencies: [.product(name: "ActorNet", package: "actornet")], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzIATI", dependencies: [.product(name: "ActorNet", package: "actornet")], swiftSettings: fuzzFlags),
        .executableTarget(name: "FuzzRender", dependencies: [
            .product(name: "ActorNet", package: "actornet"), .product(name: "ActorNetRender", package: "actornet"),
        ], swiftSettings: fuzzFlags),
    ]
)
