/// A cell's stored value as the text a CSV export would hold: numbers in their shortest round-trip form (`0.7`,
/// `2023`), booleans `true`/`false`, serial dates in date-formatted cells as ISO dates (`2024-03-15`, with the
/// time when it is not midnight).
enum XLSXCellValue {
    /// Excel's built-in number formats that show dates or times (ECMA-376 part 1, 18.8.30; 27–36 and 50–58 are
    /// the East Asian date formats).
    static func isBuiltInDateFormat(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// Whether a custom format code shows a date or time: it has a `d`, `m`, `y`, `h` or `s` outside quoted text,
    /// escaped characters and `[…]` sections (colours, conditions, locales; `[h]` elapsed hours count too).
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        var bracketText = ""
        for character in code.lowercased() {
            if escaped {
                escaped = false
                continue
            }
            switch character {
            case "\"": quoted.toggle()
            case "\\" where !quoted: escaped = true
            case "[" where !quoted:
                bracket = true
                bracketText = ""
            case "]" where !quoted && bracket:
                bracket = false
                if ["h", "hh", "m", "mm", "s", "ss"].contains(bracketText) { return true }
            case "d", "m", "y", "h", "s":
                if bracket { bracketText.append(character) } else if !quoted { return true }
            default: if bracket { bracketText.append(character) }
            }
        }
        return false
    }

    /// The number's text: whole numbers without a decimal point, others in shortest round-trip form.
    static func numberText(_ value: Double) -> String { OrderedTree.numberText(value) }

    /// The ISO date (and time, when not midnight) of a serial day number. In the 1900 system serial 1 is
    /// 1900-01-01 and Excel counts a 29 February 1900 that never was (serial 60), so from serial 61 on the days are
    /// counted from 1899-12-30; in the 1904 system serial 0 is 1904-01-01. Nil for serials outside years 1–9999.
    static func dateText(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = serial.rounded(.down)
        var seconds = ((serial - days) * 86_400).rounded()
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        // Days since 1970-01-01 of the serial's date.
        let epochOffset: Double = date1904 ? -24_107 : (days < 61 ? -25_568 : -25_569)
        let (year, month, day) = civilDate(daysSince1970: Int(days + epochOffset))
        guard year >= 1 else { return nil }
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        if seconds > 0 {
            let whole = Int(seconds)
            text += "T\(pad(whole / 3600, 2)):\(pad(whole / 60 % 60, 2)):\(pad(whole % 60, 2))"
        }
        return text
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// Year, month, day of a count of days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
    static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
