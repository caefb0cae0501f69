import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

/// Path of a file in this test target's `Fixtures` folder.
func fixturePath(_ name: String) -> String { fixturePath(name, in: .module) }

func loadFixtureNetwork(_ name: String) throws -> Network {
    try NetworkFile.load(fixturePath(name)).network
}

/// |a − b| ≤ tolerance · max(|a|, |b|), with an absolute floor for values at zero.
func close(_ a: Double, _ b: Double, relative tolerance: Double) -> Bool {
    abs(a - b) <= tolerance * max(abs(a), abs(b)) + 1e-13
}

/// An example network in the package's `Networks/` folder.
func examplePath(_ name: String) -> String { PackagePaths.example(name) }
