import ActorNet
import Foundation
import Testing

func fixturePath(_ name: String) -> String {
    Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!.path
}

func loadFixtureNetwork(_ name: String) throws -> Network {
    try NetworkFile.load(fixturePath(name)).network
}

/// |a − b| ≤ tolerance · max(|a|, |b|), with an absolute floor for values at zero.
func close(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(abs(a), abs(b)) + 1e-13
}

/// An example network in the package's `Networks/` folder.
func examplePath(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Networks/\(name).yaml").path
}
