import Foundation

/// A map from ids to positions for the per-tie lookups of validation: open addressing with linear probing over a
/// power-of-two slot array, and a cheap seeded hash of the id's UTF-8 bytes.
///
/// Why not `[String: Int]`: on a 500k-tie file the two lookups per tie through `Hasher` (SipHash-1-3, seeded per
/// lookup) were a quarter of the loading time. The seed is random per process, so a file cannot be crafted to
/// collide; results never depend on it (positions are given by the caller, not by the table's order).
///
/// Ids that are small integers written canonically (`0`, `17`, `99999`: ASCII digits, no sign, no leading zero,
/// at most 7 digits), as NetworkX, igraph, Pajek and database exports write them, skip hashing: they index a
/// direct array. For such ids string equality is number equality, so the answers are the same; on a 100k-actor
/// file the array fits in cache where the hashed table does not, and lookups cost a few nanoseconds instead of two
/// cache misses.
///
/// - Complexity: expected O(1 + length of id) per lookup or insertion; the table doubles at 1/2 load.
struct IDTable {
    private struct Entry {
        var id: String
        var value: Int
    }

    /// Entries in insertion order, contiguous, so a successful lookup touches one slot and one entry.
    private var entries: [Entry] = []
    /// Per slot: the high 32 bits of the id's hash, then entry index + 1 (0: empty). Probes compare the hash half
    /// before touching an entry.
    private var slots: [UInt64]
    private var mask: Int
    /// Value + 1 per canonical integer id held directly (0: absent), indexed by the integer.
    private var direct: [Int32] = []
    private var directCount = 0
    private static let seed = UInt64.random(in: .min ... .max) | 1

    init(minimumCapacity: Int = 8) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        entries.reserveCapacity(minimumCapacity)
    }

    var count: Int { entries.count + directCount }

    /// Every id, in no particular order.
    var ids: [String] { entries.map(\.id) + direct.indices.filter { direct[$0] != 0 }.map(String.init) }

    subscript(id: String) -> Int? {
        if let number = Self.canonicalInteger(id), number < direct.count, direct[number] != 0 {
            return Int(direct[number]) - 1
        }
        return probe(id).entry.map { entries[$0].value }
    }

    /// Records `value` for `id` unless the id is already present; returns the value now recorded for it.
    @discardableResult
    mutating func insert(_ id: String, _ value: Int) -> Int {
        let number = Self.canonicalInteger(id)
        if let number, number < direct.count, direct[number] != 0 { return Int(direct[number]) - 1 }
        let (slot, found, hash) = probe(id)  // an integer id may sit here, having once been too large for the array
        if let found { return entries[found].value }
        // An integer id goes to the direct array when that stays within a few times the ids held (or 2^20): a
        // lone huge number must not allocate megabytes. Lookups try the array first, then the hashed entries.
        if let number, value < Int(Int32.max), number < max(1 << 20, 8 * (count + 1)) {
            if number >= direct.count {
                var size = max(1024, direct.count)
                while size <= number { size <<= 1 }
                direct += [Int32](repeating: 0, count: size - direct.count)
            }
            direct[number] = Int32(value + 1)
            directCount += 1
            return value
        }
        entries.append(Entry(id: id, value: value))
        slots[slot] = Self.tag(hash) | UInt64(entries.count)
        if entries.count * 2 > slots.count { grow() }
        return value
    }

    /// The slot holding `id` and its entry, or the empty slot where it would go; and the id's hash.
    @inline(__always)
    private func probe(_ id: String) -> (slot: Int, entry: Int?, hash: UInt64) {
        let hash = Self.hash(id), tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let content = slots[slot]
            if content == 0 { return (slot, nil, hash) }
            if content & 0xFFFF_FFFF_0000_0000 == tag {
                let entry = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
                if entries[entry].id == id { return (slot, entry, hash) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The value of an id written as a canonical non-negative integer of at most 7 digits; nil otherwise.
    @inline(__always)
    static func canonicalInteger(_ id: String) -> Int? {
        let utf8 = id.utf8
        guard utf8.count <= 7, let first = utf8.first, first >= 0x30, first <= 0x39,
            first != 0x30 || utf8.count == 1
        else { return nil }
        var value = 0
        for byte in utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    @inline(__always)
    private static func tag(_ hash: UInt64) -> UInt64 { hash & 0xFFFF_FFFF_0000_0000 }

    private mutating func grow() {
        let size = slots.count * 2
        let old = slots
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for content in old where content != 0 {
            let entry = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
            var slot = Int(truncatingIfNeeded: Self.hash(entries[entry].id)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = content
        }
    }

    /// Eight bytes at a time, each word mixed with the seed by a 64×64→128-bit multiply folded to 64 bits
    /// (the wyhash mixing step); the length is mixed in last. Ids equal as Swift strings (canonical equivalence:
    /// `á` precomposed or as `a` + accent, the Kelvin sign and `K`) hash alike: non-ASCII ids are hashed in NFC.
    @inline(__always)
    static func hash(_ id: String) -> UInt64 {
        var id = id
        let (hash, ascii) = id.withUTF8 { hashBytes($0) }
        if ascii { return hash }
        var composed = id.precomposedStringWithCanonicalMapping
        return composed.withUTF8 { hashBytes($0).hash }
    }

    @inline(__always)
    private static func hashBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
        var state = seed
        var word: UInt64 = 0, shift: UInt64 = 0, high: UInt8 = 0
        for byte in bytes {
            high |= byte
            word |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                state = mix(state ^ word, 0xA076_1D64_78BD_642F)
                word = 0
                shift = 0
            }
        }
        state = mix(state ^ word, 0xE703_7ED1_A0B4_28DB)
        return (mix(state ^ UInt64(bytes.count), 0x8EBC_6AF0_9C88_C6E3), high < 0x80)
    }

    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
