internal import CGraphviz
import Foundation
import Synchronization

/// The one door to libgvc/libcgraph. Graphviz keeps global state (plugin tables, lexer, error buffer) and is not
/// thread-safe, so every call into it runs inside `GraphvizLibrary.withLock`, on one process-wide context.
enum GraphvizLibrary {
    /// The context, created on first use and kept for the process (plugins are loaded once).
    private struct Context: @unchecked Sendable { let pointer: OpaquePointer? }
    private static let lock = Mutex<Context?>(nil)

    /// Runs `body` with exclusive access to Graphviz and its context; Graphviz's messages are captured for it.
    static func withLock<T, E: Error>(_ body: (OpaquePointer?) throws(E) -> T) throws(E) -> T {
        try lock.withLock { (context: inout Context?) throws(E) -> T in
            if context == nil {
                _ = agseterrf(captureGraphvizMessage)
                context = Context(pointer: gvContext())
            }
            GraphvizMessages.buffer.removeAll()
            agreseterrors()
            resetRandomState()
            return try body(context!.pointer)
        }
    }

    /// Puts C's two random generators back in the state a fresh process starts with, before every call.
    ///
    /// Why: sfdp's coarsening draws from `rand()` before it seeds it (`srand(123)` comes later, in the embedding),
    /// so each layout started from wherever the previous one left the generator: the Somalia network got 8, 9 or
    /// 10 names depending on which layouts ran earlier in the process. neato seeds `drand48` itself; resetting it
    /// too costs nothing. The state is the one `dot` on the command line starts from (`srand(1)`, a zero `seed48`),
    /// so a layout here matches the command line's.
    private static func resetRandomState() {
        srand(1)
        var zero: [UInt16] = [0, 0, 0]
        _ = zero.withUnsafeMutableBufferPointer { seed48($0.baseAddress!) }
    }

    /// The Graphviz version the renderer links against, e.g. `2.43.0`.
    static var version: String {
        withLock { gvc in
            guard let gvc, let text = gvcVersion(gvc) else { return "unknown" }
            return String(cString: text)
        }
    }
}

/// Messages Graphviz reported during the current locked call (errors and warnings). Only touched under the lock.
enum GraphvizMessages {
    nonisolated(unsafe) static var buffer: [String] = []
}

/// `agseterrf` callback: a plain C function pointer, so it writes to the lock-guarded global buffer.
private let captureGraphvizMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text {
        let message = String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
        if !message.isEmpty { GraphvizMessages.buffer.append(message) }
    }
    return 0
}
