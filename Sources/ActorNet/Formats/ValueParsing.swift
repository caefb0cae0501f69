import Foundation

/// Parsing rules shared by every input format, so that YAML, JSON and CSV accept and refuse the same values.

enum WeightProblem: Error {
    case notANumber(String)
    case notFinite(String)
    case notPositive(String)
    /// Finite and > 0 but outside `WeightRange`; the reason says which use would overflow.
    case outOfRange(String, reason: String)

    func message(field: String, _ language: Language = .en) -> String {
        switch self {
        case .notANumber(let text): language.text(.validationNotANumber, ["field": field, "value": text])
        case .notFinite(let text): language.text(.validationNotFinite, ["field": field, "value": text])
        case .notPositive(let text): language.text(.validationNotPositive, ["field": field, "value": text])
        // The range reason is in English in every language today (WeightRange words it).
        case .outOfRange(let text, let reason): "field `\(field)`: `\(text)` \(reason)"
        }
    }
}

/// Accepts `2`, `2.5`, `2,5` (decimal comma), `1e3`; refuses NaN, ±∞ (`1e999` overflows to ∞), ≤ 0, and
/// weights outside `WeightRange` (`5e-324`, `1e308`).
func parseWeight(_ text: String) -> Result<Double, WeightProblem> {
    let trimmed = trimmedSpaces(text)
    guard let number = parseNumber(trimmed) else { return .failure(.notANumber(trimmed)) }
    guard number.isFinite else { return .failure(.notFinite(trimmed)) }
    guard number > 0 else { return .failure(.notPositive(trimmed)) }
    if let reason = WeightRange.problem(number) { return .failure(.outOfRange(trimmed, reason: reason)) }
    return .success(number)
}

/// A decimal number with `.` or a lone decimal `,`; YAML's `.inf`/`.nan` spellings are read so they can be refused.
func parseNumber(_ text: String) -> Double? {
    // Plain decimal text (the usual case) goes straight to `Double`: the checks below would all pass.
    if !text.isEmpty,
        text.utf8.allSatisfy({
            ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2B || $0 == 0x2D || $0 == 0x65 || $0 == 0x45
        })
    {
        return Double(text)
    }
    var trimmed = trimmedSpaces(text)
    switch trimmed.lowercased() {
    case ".nan", "nan": return .nan
    case ".inf", "+.inf", "inf", "infinity", "+inf": return .infinity
    case "-.inf", "-inf", "-infinity": return -.infinity
    default: break
    }
    if !trimmed.contains("."), trimmed.filter({ $0 == "," }).count == 1 {
        trimmed = trimmed.replacingOccurrences(of: ",", with: ".")
    }
    guard !trimmed.isEmpty,
        trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
        let number = Double(trimmed)
    else { return nil }
    return number
}

func parseBool(_ text: String) -> Bool? {
    switch foldKey(text) {
    case "true", "yes", "y", "si", "s", "1", "verdadero", "dirigido", "directed": true
    case "false", "no", "n", "0", "falso", "": false
    default: nil
    }
}

/// `a; b ;c` → `["a", "b", "c"]`; empty parts dropped.
func splitList(_ text: String) -> [String] {
    text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// Upper-cases a two-letter code; nil when it is not two ASCII letters.
func normaliseCountry(_ text: String) -> String? {
    let code = text.trimmingCharacters(in: .whitespaces).uppercased()
    guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    return code
}

func isISODate(_ text: String) -> Bool {
    // ASCII text is checked byte by byte: the regex literal was compiled on every call (22 % of an IATI import).
    if let ascii = isASCIIISODate(text) { return ascii }
    return text.wholeMatch(of: /\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?/) != nil
}

/// `isISODate` for ASCII text (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); nil when `text` is not ASCII, since `\d`
/// also matches other scripts' digits.
private func isASCIIISODate(_ text: String) -> Bool? {
    let bytes = Array(text.utf8)
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    func digits(_ range: Range<Int>) -> Int? {
        var value = 0
        for byte in bytes[range] {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
    let dash = UInt8(ascii: "-")
    guard [4, 7, 10].contains(bytes.count), digits(0..<4) != nil else { return false }
    if bytes.count == 4 { return true }
    guard bytes[4] == dash, let month = digits(5..<7), (1...12).contains(month) else { return false }
    if bytes.count == 7 { return true }
    guard bytes[7] == dash, let day = digits(8..<10) else { return false }
    return (1...31).contains(day)
}

/// `field `kind`: unknown kind `x`; accepted: …`, the accepted names and the closest one (matched over every
/// language's spellings) as a reader of `language` writes them.
func unknownValueMessage<V: Vocabulary>(
    _ type: V.Type, _ value: String, field: String,
    _ language: Language = .en
) -> String {
    let accepted = V.acceptedValues(language).joined(separator: ", ")
    var message = language.text(.validationUnknownValue, ["field": field, "value": value, "accepted": accepted])
    if let closest = V.closestMatch(to: value) {
        message += language.text(.validationClosest, ["closest": closest.spelling(language)])
    }
    return message
}

/// `text` without leading and trailing spaces and tabs; returned as it is (no copy) when there are none.
func trimmedSpaces(_ text: String) -> String {
    guard let first = text.utf8.first, let last = text.utf8.last else { return text }
    let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
    if first != space && first != tab && last != space && last != tab && first < 0x80 && last < 0x80 { return text }
    return text.trimmingCharacters(in: .whitespaces)
}
