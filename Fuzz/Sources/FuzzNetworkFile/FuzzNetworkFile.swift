import ActorNet
import Foundation

/// YAML and JSON network loading: any bytes must give a network or diagnostics, never a crash.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? NetworkFile.parse(text, format: .yaml, file: "fuzz.yaml")
    _ = try? NetworkFile.parse(text, format: .json, file: "fuzz.json")
    return 0
}
