import ActorNet
import Foundation

/// Ties-CSV loading.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? NetworkFile.parse(text, format: .csv, file: "fuzz.csv")
    return 0
}
