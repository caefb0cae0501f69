import Foundation

/// The order of an object's keys in `JSONSerialization`'s `sortedKeys` output: Foundation compares keys with
/// `compare(_:options: [.numeric, .caseInsensitive, .forcedOrdering], locale: NSLocale.system)`, so `x9` sorts
/// before `x10`, `b` before `B`, `_` before `1`. The same comparison is used here (not a copy of its rules), so the
/// order is Foundation's by construction; it is slow, so each distinct key sequence is sorted once.
enum JSONKeyOrder {
    static let locale = NSLocale.system as Locale

    /// Whether `first` comes before `second`.
    static func precedes(_ first: String, _ second: String) -> Bool {
        first.compare(
            second, options: [.numeric, .caseInsensitive, .forcedOrdering],
            range: first.startIndex..<first.endIndex, locale: locale) == .orderedAscending
    }

    /// The positions of `keys` in output order.
    static func order(of keys: [String]) -> [Int] {
        keys.indices.sorted { precedes(keys[$0], keys[$1]) }
    }
}

/// Output orders already computed, by key sequence in encoding order. Rows of a table encode the same keys in the
/// same order, so the first entry almost always matches (an array comparison: the key strings usually share
/// storage, as they come from the same `CodingKey` literals).
struct JSONKeyOrderCache {
    private var entries: [(keys: [String], order: [Int])] = []

    mutating func order(of keys: [String]) -> [Int] {
        if let index = entries.firstIndex(where: { $0.keys == keys }) {
            if index > 0 { entries.swapAt(0, index) }  // the most recent first
            return entries[0].order
        }
        let order = JSONKeyOrder.order(of: keys)
        entries.insert((keys, order), at: 0)
        if entries.count > 64 { entries.removeLast() }
        return order
    }
}
