import ActorNetTestSupport
import Foundation

/// Path of a file in this test target's `Fixtures` folder.
func fixture(_ name: String) -> String { fixturePath(name, in: .module) }
