import Foundation

/// What a publisher's `@ref` says about an organisation (docs/iati-import.md, "Identity").
struct IATIOrganisationRef: Sendable, Hashable {
    /// The normalised ref; a CRS channel code, bare or as `XM-DAC-<code>`, becomes `XM-DAC-<code>`.
    let value: String
    /// The CRS channel code the ref names, when it names one organisation of that list.
    let crsChannel: String?

    /// Refs that identify no one: placeholders, and CRS channel *category* codes (`12000` "Recipient Government").
    static let placeholders: Set<String> = [
        "n/a", "na", "n.a.", "0", "-", "--", "none", "null", "nil", "unknown",
        "not applicable", "tbd", "xx", "x", "?", "nan", "no ref", "not available",
    ]

    /// Registers whose numbers are all digits and lose leading zeros in some publishers' hands (`XI-DUNS-83510842`
    /// and `XI-DUNS-083510842` are one number).
    static let numericRegisters: Set<String> = ["XI-DUNS", "US-EIN", "GB-CHC", "GB-COH", "NL-KVK", "NO-BRC"]

    /// Nil for an empty ref, a placeholder or a category code (the caller counts which).
    init?(normalising raw: String) {
        var text = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        text = text.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
        text = text.replacingOccurrences(of: " - ", with: "-").replacingOccurrences(of: "--", with: "-")
        guard !text.isEmpty, !Self.placeholders.contains(text.lowercased()) else { return nil }
        let parts = text.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        // The registration-agency prefix is upper case (`xm-dac-41122`, `Gb-Chc-1`).
        if parts.count >= 2, parts[0].count == 2, parts[0].allSatisfy(\.isLetter),
            parts[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        {
            let agency = parts[0].uppercased() + "-" + parts[1].uppercased()
            if parts.count == 3, IATICodelists.registrationAgencies[agency] != nil {
                var number = parts[2]
                if Self.numericRegisters.contains(agency), number.allSatisfy(\.isNumber) {
                    number = String(number.drop { $0 == "0" })
                    if number.isEmpty { return nil }
                }
                text = agency + "-" + number
            }
        }
        let code = text.hasPrefix("XM-DAC-") ? String(text.dropFirst(7)) : text
        if code.count == 5, code.allSatisfy(\.isNumber), let channel = IATICodelists.crsChannels[code] {
            if channel.isCategory { return nil }
            self.value = "XM-DAC-" + code
            self.crsChannel = code
        } else {
            self.value = text
            self.crsChannel = nil
        }
    }

    /// Whether `raw` is a CRS channel category code rather than an organisation's ref.
    static func isCategoryCode(_ raw: String) -> Bool {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let code = text.hasPrefix("XM-DAC-") ? String(text.dropFirst(7)) : text
        return IATICodelists.crsChannels[code]?.isCategory == true
    }

    /// The registration agency of the ref's prefix (`GB-CHC` of `GB-CHC-202918`).
    var agency: (code: String, entry: IATICodelists.RegistrationAgency)? {
        let parts = value.split(separator: "-", maxSplits: 2)
        guard parts.count == 3 else { return nil }
        let code = String(parts[0] + "-" + parts[1])
        return IATICodelists.registrationAgencies[code].map { (code, $0) }
    }

    /// The country the ref places the organisation in: its registration agency's country, else a two-letter prefix
    /// that is a country code (`US-GOV-1`); never `XM`, `XI`, `XR` or a code that is not a country (`AC-54`).
    var country: String? {
        if let agency, agency.entry.country.count == 2, IATICodelists.countryNames[agency.entry.country] != nil {
            return agency.entry.country
        }
        guard agency == nil, value.count > 3 else { return nil }
        let prefix = String(value.prefix(2))
        guard value.dropFirst(2).first == "-", IATICodelists.countryNames[prefix] != nil else { return nil }
        return prefix
    }
}
