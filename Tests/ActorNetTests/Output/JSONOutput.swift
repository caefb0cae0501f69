import Foundation

/// The reference for `JSONStreamWriter`: pretty, key-sorted JSON text of a plain dictionary/array tree through
/// Foundation's `JSONSerialization`, as the CLI printed it before issue 13 (the writer must give the same bytes).
///
/// `JSONSerialization` traps on a non-finite number ("Invalid number value (inf/nan) in JSON write"), which killed
/// `analyze --format json` on a weight of 5e-324. Validation now keeps every measure finite, and this writer cannot
/// fail whatever it is given: a non-finite number (at any depth) is written as `null`, as is an absent optional, and
/// a value JSON has no type for is written as its text.
enum JSONOutput {
    static func text(_ object: Any) -> String {
        let options: JSONSerialization.WritingOptions = [
            .prettyPrinted, .sortedKeys, .withoutEscapingSlashes,
            .fragmentsAllowed,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: value(object), options: options) else {
            return "null"  // not reached: every value is made a JSON value first
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// `object` with non-finite numbers and absent optionals replaced by `NSNull`, recursively.
    static func value(_ object: Any) -> Any {
        switch object {
        case let number as Double: return number.isFinite ? number : NSNull()
        case let number as Float: return number.isFinite ? Double(number) : NSNull()
        case let map as [String: Any]: return map.mapValues(value)
        case let list as [Any]: return list.map(value)
        case is String, is Int, is Bool, is NSNull: return object
        default:
            let mirror = Mirror(reflecting: object)
            if mirror.displayStyle == .optional { return mirror.children.first.map { value($0.value) } ?? NSNull() }
            if let integer = object as? any BinaryInteger, let exact = Int(exactly: integer) { return exact }
            return "\(object)"
        }
    }
}
