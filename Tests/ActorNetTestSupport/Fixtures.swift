import Foundation

/// The path of a file in the `Fixtures` folder a test target copies into its resource bundle.
///
/// Each target passes its own `Bundle.module` (that accessor exists once per target, so it cannot be named here):
/// one line in the target's `Support.swift`.
public func fixturePath(_ name: String, in bundle: Bundle) -> String {
    guard let url = bundle.url(forResource: "Fixtures/" + name, withExtension: nil) else {
        preconditionFailure("no fixture `\(name)` in \(bundle.bundlePath)/Fixtures")
    }
    return url.path
}
