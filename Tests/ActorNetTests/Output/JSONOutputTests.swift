import Foundation
import Testing

@testable import ActorNet

/// JSON output never traps on a non-finite number (issue 12 item 12: `analyze --format json` died with "Invalid
/// number value (inf/nan) in JSON write" on a weight of 5e-324).
@Suite struct JSONOutputTests {
    @Test func nonFiniteNumbersAreWrittenAsNullAtAnyDepth() {
        let missing: Double? = nil
        let object: [String: Any] = [
            "count": 3, "flag": true, "value": 2.5, "infinite": Double.infinity, "name": "a/b",
            "nested": ["list": [Double.nan, 1.5, -Double.infinity] as [Any], "float": Float.infinity] as [String: Any],
            "missing": missing as Any, "present": Double?.some(0.25) as Any,
        ]
        #expect(
            JSONOutput.text(object) == """
                {
                  "count" : 3,
                  "flag" : true,
                  "infinite" : null,
                  "missing" : null,
                  "name" : "a/b",
                  "nested" : {
                    "float" : null,
                    "list" : [
                      null,
                      1.5,
                      null
                    ]
                  },
                  "present" : 0.25,
                  "value" : 2.5
                }
                """)
    }

    @Test func topLevelNonFiniteNumberIsNull() {
        #expect(JSONOutput.text(Double.nan) == "null")
        #expect(JSONOutput.text([Double.infinity]) == "[\n  null\n]")
    }

    /// `convert` writes networks through `OrderedTree`: a non-finite number becomes `null` in JSON and YAML's
    /// `.inf`/`.nan` (both refused by the readers by name), never `inf`, which is not JSON.
    @Test func orderedTreeWritesNonFiniteNumbersAsNullInJSONAndByNameInYAML() {
        let tree = OrderedTree.map([
            ("a", .number(.infinity)), ("b", .number(-.infinity)), ("c", .number(.nan)),
            ("d", .number(2)),
        ])
        #expect(tree.json() == "{\n  \"a\": null,\n  \"b\": null,\n  \"c\": null,\n  \"d\": 2\n}")
        #expect(tree.yaml == "a: .inf\nb: -.inf\nc: .nan\nd: 2\n")
    }
}
