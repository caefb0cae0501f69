import ActorNet
import Foundation

/// GraphML reading (FoundationXML's XMLParser underneath).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    _ = try? NetworkFile.parse(text, format: .graphml, file: "fuzz.graphml")
    return 0
}
