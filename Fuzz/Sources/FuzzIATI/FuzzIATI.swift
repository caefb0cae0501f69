import ActorNet
import Foundation

/// IATI activity import, flows and participation.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var options = IATIImporter.Options()
    options.ties = .both
    let importer = IATIImporter(options: options)
    if (try? importer.read(data: Data(bytes: bytes, count: count), name: "fuzz.xml")) != nil {
        _ = importer.network(files: ["fuzz.xml"], name: "fuzz")
    }
    return 0
}
