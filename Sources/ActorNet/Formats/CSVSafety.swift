/// Spreadsheet formula-injection guard: text that a spreadsheet would run as a formula is written with a leading
/// `'`, and the guard is removed again on reading, so round-trips are lossless.
///
/// A guard goes at the start of every *segment* of a cell: its start, and after every `;`. A spreadsheet whose
/// list separator is `;` (the default in Spanish and many other locales) splits a line at each `;`, quoted or not,
/// so a list cell `a;=HYPERLINK(…)` would put a formula in a cell of its own. The first segment is left alone when
/// the whole cell is a number (`-1.5`); later segments are guarded whenever they start with a trigger. A segment
/// that already starts with `'` and a trigger (or a second `'`) gets one more `'`, so `unguard` can tell a guard
/// from data: `unguard(guarded(x)) == x` for every text. Header cells are guarded and un-guarded like the rest.
enum CSVSafety {
    /// First bytes that make a spreadsheet read a cell as a formula: `=`, `+`, `-`, `@`, tab, CR.
    static let triggers: [UInt8] = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]
    static let guardMark = UInt8(ascii: "'")
    static let segmentSeparator = UInt8(ascii: ";")

    /// `cell` with a `'` put before every segment that starts with a trigger (or with `'` and a trigger or `'`).
    static func guarded(_ cell: String) -> String {
        guard let first = cell.utf8.first else { return cell }
        guard triggers.contains(first) || first == guardMark || cell.utf8.contains(segmentSeparator) else {
            return cell
        }
        let bytes = Array(cell.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var atSegmentStart = true
        for (index, byte) in bytes.enumerated() {
            if atSegmentStart {
                atSegmentStart = false
                let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                let escapesGuard = byte == guardMark && next.map { triggers.contains($0) || $0 == guardMark } == true
                let startsFormula = triggers.contains(byte) && (index > 0 || Double(cell) == nil)
                if escapesGuard || startsFormula { out.append(guardMark) }
            }
            out.append(byte)
            if byte == segmentSeparator { atSegmentStart = true }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Undoes `guarded`: drops the `'` that starts a segment when a trigger or another `'` follows it.
    static func unguard(_ cell: String) -> String {
        guard needsUnguarding(cell.utf8) else { return cell }
        let bytes = Array(cell.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var atSegmentStart = true
        for (index, byte) in bytes.enumerated() {
            if atSegmentStart {
                atSegmentStart = false
                if byte == guardMark, index + 1 < bytes.count,
                    triggers.contains(bytes[index + 1]) || bytes[index + 1] == guardMark
                {
                    continue
                }
            }
            out.append(byte)
            if byte == segmentSeparator { atSegmentStart = true }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether some segment of these bytes starts with `'` (cheap test before `unguard` makes a string).
    static func needsUnguarding<Bytes: Collection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var atSegmentStart = true
        for byte in bytes {
            if atSegmentStart && byte == guardMark { return true }
            atSegmentStart = byte == segmentSeparator
        }
        return false
    }
}
