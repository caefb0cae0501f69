import Foundation

/// Organisation names as publishers write them, repaired, made readable, and reduced to a fingerprint that keys
/// organisations without a ref (docs/iati-import.md, "Identity").
enum IATIOrganisationName {
    /// Entities some publishers escape twice (`Bill &amp; Melinda`, `d&apos;Harcourt`), non-breaking spaces,
    /// runs of spaces and quotes around the whole name.
    static func repaired(_ raw: String) -> String {
        if isClean(raw) { return raw }
        var text = raw
        for (entity, character) in [
            ("&amp;", "&"), ("&apos;", "'"), ("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"),
            ("&gt;", ">"),
        ] where text.contains(entity) {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        text = text.replacingOccurrences(of: "\u{A0}", with: " ")
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for quote in ["'", "\""] where text.count > 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    /// Whether `raw` needs no repair: no `&`, no non-ASCII space, no quote at an end, no leading, trailing or
    /// repeated whitespace (the usual case, checked on bytes without making strings).
    static func isClean(_ raw: String) -> Bool {
        var previousSpace = true
        for byte in raw.utf8 {
            if byte == UInt8(ascii: "&") || byte == 0xC2 || byte == 9 || byte == 10 || byte == 13 { return false }
            let space = byte == UInt8(ascii: " ")
            if space && previousSpace { return false }
            previousSpace = space
        }
        guard let first = raw.utf8.first, let last = raw.utf8.last else { return true }
        return !previousSpace && first != UInt8(ascii: "'") && first != UInt8(ascii: "\"")
            && last != UInt8(ascii: "'") && last != UInt8(ascii: "\"")
    }

    /// Particles kept in lower case inside a title-cased name (Spanish, Portuguese, English, French).
    static let particles: Set<String> = [
        "de", "del", "la", "las", "los", "el", "y", "e", "en", "para", "por", "da",
        "do", "das", "dos", "em", "no", "na", "of", "the", "and", "for", "in", "et",
        "des", "du", "le", "a", "o", "al",
    ]

    /// A name written in capitals (ASCII capitals with, often, mis-cased accented letters: `PúBLICA`) in title
    /// case, particles in lower case; other names unchanged. Tokens with a dot or without a vowel (`S.A.`, `BNB`)
    /// stay as written, as does a single short word (`OSE`, `CAF`).
    static func readable(_ name: String) -> String {
        let asciiLower = name.unicodeScalars.contains { $0.value >= 0x61 && $0.value <= 0x7A }
        let asciiUpper = name.unicodeScalars.filter { $0.value >= 0x41 && $0.value <= 0x5A }.count
        guard !asciiLower, asciiUpper >= 4 else { return name }
        let words = name.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count > 1 || name.count > 6 else { return name }
        return words.enumerated().map { index, word -> String in
            let lower = word.lowercased()
            let letters = lower.filter(\.isLetter)
            // "de el" only comes before a proper name (else Spanish writes "del"): República de El Salvador.
            let properArticle = lower == "el" && index > 0 && words[index - 1].lowercased() == "de"
            if index > 0, particles.contains(lower), !properArticle { return lower }
            if word.contains(".") || !letters.contains(where: { "aeiouáéíóúâêôãõàü".contains($0) }) {
                return String(word)
            }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    /// Legal-form words dropped from fingerprints (`Inc`, `Ltd`, `S.A.`, `L.P.` …, folded).
    static let legalForms: Set<String> = [
        "inc", "ltd", "llc", "lp", "l-p", "sa", "s-a", "sas", "s-a-s", "sac", "s-a-c",
        "gmbh", "ag", "plc", "corp", "limited", "the", "co", "s-l", "sl", "e-v", "ev",
    ]

    /// Case, accents, punctuation and legal forms folded, British spellings unified, tokens sorted:
    /// "The World Health Organisation" and "WORLD HEALTH ORGANIZATION" give the same fingerprint.
    static func fingerprint(_ name: String) -> String {
        let tokens = foldKey(repaired(name)).split(separator: "-").map { token -> String in
            let word = String(token)
            switch word {
            case "organisation": return "organization"
            case "organisations": return "organizations"
            case "programme": return "program"
            case "centre": return "center"
            default: return word
            }
        }
        let kept = tokens.filter { !legalForms.contains($0) && $0 != "and" && $0 != "y" && $0 != "e" }
        return (kept.isEmpty ? tokens : kept).sorted().joined(separator: " ")
    }

    /// Ways a name may name an organisation known under another name: itself, without parenthesised parts, the
    /// parenthesised part (`(UNICEF)`), and each side of `/`, ` - `, ` – ` (`WHO/WORLD HEALTH ORGANIZATION`).
    static func variants(_ name: String, splitting: Bool = true) -> [String] {
        let text = repaired(name)
        var out = [text]
        let bare = text.replacingOccurrences(of: #"\s*\([^)]*\)?"#, with: "", options: .regularExpression)
        out.append(bare)
        if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            out.append(String(text[text.index(after: open)..<close]))
        }
        for separator in ["/", " - ", " – ", " — "] where splitting && bare.contains(separator) {
            // A side that is only a country's name qualifies the other ("SIDA - Sweden"): it names no organisation.
            out += bare.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { IATICodelists.countryCodesByName[foldKey($0)] == nil }
        }
        var seen = Set<String>()
        return out.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// The country a name is qualified with, and the short capitals beside it: "SIDA - Sweden" → (SE, "SIDA").
    /// Only names of two sides split by `/` or a dash, or ending in a parenthesised part, one a country's name.
    static func countryQualified(_ name: String) -> (country: String, acronym: String?)? {
        let text = repaired(name)
        var sides: [String] = []
        for separator in ["/", " - ", " – ", " — "] where text.contains(separator) {
            sides = text.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if sides.isEmpty, text.hasSuffix(")"), let open = text.firstIndex(of: "(") {
            sides = [String(text[..<open]), String(text[text.index(after: open)...].dropLast())]
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
        guard sides.count == 2 else { return nil }
        for (side, other) in [(sides[1], sides[0]), (sides[0], sides[1])] {
            guard let country = IATICodelists.countryCodesByName[foldKey(side)] else { continue }
            let capitals = other.count >= 3 && other.count <= 8 && other.allSatisfy { $0.isUppercase && $0.isLetter }
            return (country, capitals ? other : nil)
        }
        return nil
    }

    /// Whether `acronym` abbreviates `name`: its letters are, in order, initials of the name's significant words,
    /// the first and the last among them ("SIDA": Swedish International Development Cooperation Agency, whose
    /// acronym kept the letters of its former name).
    static func abbreviates(_ acronym: String, _ name: String) -> Bool {
        let letters = Array(foldKey(acronym).filter(\.isLetter))
        let initials = Array(
            foldKey(repaired(name)).split(separator: "-").filter { !particles.contains(String($0)) }
                .compactMap(\.first))
        guard letters.count >= 3, letters.first == initials.first, letters.last == initials.last else { return false }
        var remaining = initials[...]
        for letter in letters {
            guard let index = remaining.firstIndex(of: letter) else { return false }
            remaining = remaining[(index + 1)...]
        }
        return true
    }

    /// Pseudo-organisations: folded names that stand for no one organisation.
    static let pseudoNames: Set<String> = [
        "name-withheld", "information-redacted", "unspecified", "other", "others", "nan", "none", "null", "n-a", "na",
        "unknown", "anonymous", "anonimo", "anonyme", "particulier", "miscellaneous", "various", "varios", "otros",
        "developing-country-based-ngo", "developing-country-based-ngo-group", "donor-country-based-ngo",
        "university-college-or-other-teaching-institute", "private-sector-in-third-country",
        "pip-framework-contributors", "who-contingency-fund-for-emergencies", "government", "international-ngo",
        "general-funds", "otra-ong-nacional-pais-donante", "private-donors", "individual-donors", "tbd",
        "gouvernement-du-donneur", "gouvernement-beneficiaire",
    ]

    /// Folded names of the CRS channel categories ("Recipient Government", "Private sector institution"), singular
    /// and plural: a kind of organisation written where an organisation's name belongs.
    static let categoryNames: Set<String> = {
        var names = Set<String>()
        for channel in IATICodelists.crsChannels.values where channel.isCategory {
            let folded = foldKey(channel.name)
            names.insert(folded)
            names.insert(
                folded.split(separator: "-").map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) }
                    .joined(separator: "-"))
        }
        return names
    }()

    /// Whether `name` stands for no one organisation: the list, or the patterns of redacted or withheld names.
    static func isPseudo(_ name: String) -> Bool {
        let folded = foldKey(repaired(name))
        if folded.isEmpty || pseudoNames.contains(folded) || categoryNames.contains(folded) { return true }
        return ["redacted", "withheld", "anonymi", "confidential", "private-donation", "private-donor"]
            .contains { folded.contains($0) }
    }
}
