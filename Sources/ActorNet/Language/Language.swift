import Foundation

/// A language the product speaks: every user-visible string has a value in each (see `Catalogue`).
public enum Language: String, CaseIterable, Sendable, Hashable, Codable {
    case en, es, pt

    /// Reads a `--lang` value, a network file's `language` field or a locale string: `es`, `ES`, `es-CL`,
    /// `es_CL.UTF-8`, `pt_BR`, `português`, `spanish`. Nil for anything else (`C`, `POSIX`, `fr`).
    public init?(parsing text: String) {
        let folded = foldKey(text)
        let tag = folded.split(separator: "-").first.map(String.init) ?? ""
        switch tag {
        case "en", "eng", "english", "ingles": self = .en
        case "es", "spa", "spanish", "espanol", "castellano": self = .es
        case "pt", "por", "portuguese", "portugues": self = .pt
        default: return nil
        }
    }

    /// The rule every verb follows: `--lang`, else the network file's `language`, else `LC_ALL`, else `LANG`,
    /// else English. Unreadable values are skipped, as a locale of `C` is.
    public static func resolve(
        option: Language?, network: String?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Language {
        if let option { return option }
        for candidate in [network, environment["LC_ALL"], environment["LANG"]] {
            if let candidate, let language = Language(parsing: candidate) { return language }
        }
        return .en
    }

    /// The language's own name, for `--help` and messages: English, español, português.
    public var name: String {
        switch self {
        case .en: "English"
        case .es: "español"
        case .pt: "português"
        }
    }
}
