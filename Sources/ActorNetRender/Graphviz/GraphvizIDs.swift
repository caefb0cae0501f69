internal import CGraphviz
import Foundation

/// An object-ID discipline for cgraph that numbers named objects in the order they are created.
///
/// Why: cgraph's default discipline uses the address of each interned name as the object's ID, and keeps
/// subgraphs in a dictionary ordered by ID. In a process where other code has used the heap first (ours: Swift
/// and Foundation, whose hashing is seeded per run), those addresses come in a different order on every run, so
/// clusters were laid out in a different order and the same DOT gave a different SVG from one run to the next
/// (Graphviz issues #1614, #1767). With IDs that follow creation order, the same DOT always gives the same drawing.
///
/// Named objects get even IDs 2, 4, 6…, anonymous ones odd IDs 1, 3, 5… — the parity cgraph's default uses, which
/// `print` relies on. Every call happens under `GraphvizLibrary`'s lock; the state is per root graph.
enum GraphvizIDs {
    /// Names and IDs of one root graph and its subgraphs.
    final class Table {
        var ids: [[UInt8]: IDTYPE] = [:]
        var names: [UnsafeMutablePointer<CChar>] = []
        var nextAnonymous: IDTYPE = 1

        deinit { for name in names { free(name) } }
    }

    /// Our discipline at a stable address (cgraph keeps the pointer for the graph's life).
    nonisolated(unsafe) static let disciplinePointer: UnsafeMutablePointer<Agiddisc_t> = {
        let id = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        id.initialize(to: discipline)
        return id
    }()

    static let discipline = Agiddisc_t(
        open: { _, _ in Unmanaged.passRetained(Table()).toOpaque() },
        map: { state, _, name, id, create in
            guard let state, let id else { return 0 }
            let table = Unmanaged<Table>.fromOpaque(state).takeUnretainedValue()
            guard let name else {
                id.pointee = table.nextAnonymous
                table.nextAnonymous += 2
                return 1
            }
            let key = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)).bindMemory(to: UInt8.self))
            if let known = table.ids[key] {
                id.pointee = known
            } else if create != 0, let copy = strdup(name) {
                table.names.append(copy)
                let new = IDTYPE(table.names.count) * 2
                table.ids[key] = new
                id.pointee = new
            } else {
                id.pointee = 0  // not found (as the default discipline answers a lookup of an unknown name)
            }
            return 1
        },
        alloc: { _, _, _ in 0 },
        free: { _, _, _ in },  // names live until the root graph closes
        print: { state, _, id in
            guard let state, id > 0, id % 2 == 0 else { return nil }
            let table = Unmanaged<Table>.fromOpaque(state).takeUnretainedValue()
            let index = Int(id / 2) - 1
            return table.names.indices.contains(index) ? table.names[index] : nil
        },
        close: { state in
            guard let state else { return }
            Unmanaged<Table>.fromOpaque(state).release()
        },
        idregister: { _, _, _ in })

    /// Parses `dot` into a root graph that uses this discipline (cgraph's memory and I/O disciplines otherwise).
    /// Call under the Graphviz lock.
    static func read(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        var bytes = Array(dot.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> UnsafeMutablePointer<Agraph_t>? in
            guard let base = buffer.baseAddress, let file = fmemopen(base, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            var disc = Agdisc_t(mem: actornet_default_mem_disc(), id: disciplinePointer, io: actornet_default_io_disc())
            return agread(file, &disc)
        }
    }
}
