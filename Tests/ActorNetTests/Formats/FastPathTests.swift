import Foundation
import Testing
import Yams

@testable import ActorNet

/// The fast paths of issue 14 (IATI import speed) give exactly what the slow paths they skip gave.
@Suite struct FastPathTests {
    static let texts = [
        "", " ", "\n  \t", "UNICEF", " UNICEF ", "\n    Bogotá\n  ", "\u{A0}NBSP\u{A0}", "x\u{2028}", "\u{85}y",
        "\u{3000}日本\u{3000}", "e\u{301} ", " \u{301}", "\r\n", "a b", "\u{2003}\u{2003}",
    ]

    @Test func elementTextIsTrimmedAsFoundationTrims() {
        for text in Self.texts {
            #expect(
                IATIActivityReader.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines),
                "\(text.debugDescription)")
        }
    }

    @Test func isoDatesAsTheRegularExpressionSays() {
        let candidates = [
            "2024", "2024-01", "2024-12-31", "2024-13", "2024-00", "2024-01-32", "2024-01-00",
            "2024-1-01", "202", "20245", "2024-01-01T00", "abcd", "2024/01", "٢٠٢٤", "٢٠٢٤-01",
            "2024-0١", "",
        ]
        for text in candidates {
            let expected = text.wholeMatch(of: /\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?/) != nil
            #expect(isISODate(text) == expected, "\(text)")
        }
    }

    @Test func yamlQuotesWhatTheResolverWouldReadAsAnotherType() {
        let candidates = [
            "yes", "Yes", "YES", "yES", "no", "No", "Norway", "NO", "on", "ON", "On", "oN", "off",
            "Off", "true", "True", "TRUE", "tRUE", "false", "FALSE", "null", "Null", "NULL", "nULL",
            "~", "<<", "=", "1", "01", "1.5", ".5", ".inf", "-.inf", ".nan", "0x1F", "2024-01-01",
            "1:20", "+1", "-", "yes\n", "no\u{2028}", "Nairobi", "nan", "n", "y", "Y", "Osaka",
            "Ñandú", "tête", "x", "", "72050", "10", "0123", "089", "99999999999999999999999", "2021-10-01",
            "2021-1-01", "2021-10-1", "2021-10-01x", "20211001", "0", "2021/10/01",
        ]
        for text in candidates {
            let plain = Node(text)
            let quoted = Resolver.default.resolveTag(of: plain) != .str || text.isEmpty
            let yaml = OrderedTree.map([("k", .string(text))]).yaml
            #expect(yaml.hasPrefix("k: \"") == quoted, "\(text.debugDescription): \(yaml)")
        }
    }
}
