internal import CGraphviz
import Synchronization

/// The one door to libgvc/libcgraph. Graphviz keeps global state (plugin tables, lexer, error buffer) and is not
/// thread-safe, so every call into it runs inside `GraphvizLibrary.withLock`, on one process-wide context.
public enum GraphvizLibrary {
    /// The context, created on first use and kept for the process (plugins are loaded once).
    private struct Context: @unchecked Sendable { let pointer: OpaquePointer? }
    private static let lock = Mutex<Context?>(nil)

    /// Runs `body` with exclusive access to Graphviz and its context.
    static func withLock<T>(_ body: (OpaquePointer?) throws -> T) rethrows -> T {
        try lock.withLock { context in
            if context == nil { context = Context(pointer: gvContext()) }
            return try body(context!.pointer)
        }
    }

    /// The Graphviz version the renderer links against, e.g. `2.43.0`.
    public static var version: String {
        withLock { gvc in
            guard let gvc, let text = gvcVersion(gvc) else { return "unknown" }
            return String(cString: text)
        }
    }
}
