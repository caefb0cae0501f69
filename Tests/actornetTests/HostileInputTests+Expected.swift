/// What each file of Fixtures/hostile does to the CLI (`validate`, or `import-iati` for `*iati.xml`), exactly:
/// paths are relative to the corpus folder, the scratch folder is `OUT/`. Built by running the CLI on each file and
/// checked against what the file is meant to test (NOTES.md); `everyCorpusFileHasAnExpectedOutcome` keeps the table
/// and the folder in step.
extension HostileInputTests {
    enum Outcome: Equatable, CustomStringConvertible {
        /// Exit 0 with this standard output and these lines on standard error.
        case read(String, warnings: [String] = [])
        /// This exit status, these lines on standard error and nothing (or this) on standard output.
        case refused(status: Int32, errors: [String], stdout: String = "")

        var description: String {
            switch self {
            case .read(let stdout, let warnings): "read: \(stdout.debugDescription) warnings: \(warnings)"
            case .refused(let status, let errors, let stdout):
                "exit \(status): \(errors) stdout: \(stdout.debugDescription)"
            }
        }
    }

    static let expected: [String: Outcome] = [
        "alias-chain.yaml": .refused(
            status: 65,
            errors: [
                "alias-chain.yaml:144:7: error: aliases expand the document to more values than it has bytes (alias "
                    + "bomb?)"
            ]),
        "anchors-bomb.yaml": .refused(
            status: 65,
            errors: [
                "anchors-bomb.yaml:4:45: error: aliases expand the document to more values than it has bytes (alias "
                    + "bomb?)"
            ]),
        "bad-weights.csv": .refused(
            status: 65,
            errors: [
                "bad-weights.csv:2:3: error: field `weight`: `NaN` is not finite; weights must be finite numbers > 0",
                "bad-weights.csv:3: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now 2",
                "bad-weights.csv:3:3: error: field `weight`: `inf` is not finite; weights must be finite numbers > 0",
                "bad-weights.csv:4: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now 3",
                "bad-weights.csv:4:3: error: field `weight`: `-1` is not > 0; a weight is the tie's strength",
                "bad-weights.csv:5: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now 4",
                "bad-weights.csv:5:3: error: field `weight`: `0` is not > 0; a weight is the tie's strength",
                "bad-weights.csv:6: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now 5",
                "bad-weights.csv:6:3: error: field `weight`: `1e999` is not finite; weights must be finite numbers > 0",
                "bad-weights.csv:7: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now 6",
                "bad-weights.csv:7:3: error: field `weight`: `1e308` is above 1e250, the largest weight accepted: "
                    + "strengths and the network's total weight are sums of weights and must stay finite",
                "bad-weights.csv:8: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now 7",
                "bad-weights.csv:8:3: error: field `weight`: `heavy` is not a number",
                "bad-weights.csv:9: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now 8",
                "bad-weights.csv:9:4: error: row has 4 fields but the header has 3",
            ]),
        "bad-weights.yaml": .refused(
            status: 65,
            errors: [
                "bad-weights.yaml:3:30: error: field `weight`: `.nan` is not finite; weights must be finite numbers > "
                    + "0",
                "bad-weights.yaml:4:5: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now "
                    + "2",
                "bad-weights.yaml:4:30: error: field `weight`: `.inf` is not finite; weights must be finite numbers > "
                    + "0",
                "bad-weights.yaml:5:5: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now "
                    + "3",
                "bad-weights.yaml:5:30: error: field `weight`: `-1` is not > 0; a weight is the tie's strength",
                "bad-weights.yaml:6:5: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now "
                    + "4",
                "bad-weights.yaml:6:30: error: field `weight`: `0` is not > 0; a weight is the tie's strength",
                "bad-weights.yaml:7:5: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now "
                    + "5",
                "bad-weights.yaml:7:30: error: field `weight`: `1e999` is not finite; weights must be finite numbers "
                    + "> 0",
                "bad-weights.yaml:8:5: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now "
                    + "6",
                "bad-weights.yaml:8:30: error: field `weight`: `1e308` is above 1e250, the largest weight accepted: "
                    + "strengths and the network's total weight are sums of weights and must stay finite",
                "bad-weights.yaml:9:5: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, now "
                    + "7",
                "bad-weights.yaml:9:30: error: field `weight`: `NaN` is not finite; weights must be finite numbers > 0",
                "bad-weights.yaml:10:5: warning: duplicate tie `a` \u{2013} `b` (other) merged by summing weights, "
                    + "now 8",
                "bad-weights.yaml:10:30: error: field `weight`: `heavy` is not a number",
            ]),
        "billion-laughs-iati.xml": .refused(
            status: 65,
            errors: [
                "billion-laughs-iati.xml:3: error: malformed XML: entity loop or expansion too "
                    + "large"
            ]),
        "billion-laughs.graphml": .refused(
            status: 65, errors: ["billion-laughs.graphml:3: error: malformed XML: entity loop or expansion too large"]),
        "bom-only.csv": .refused(
            status: 65, errors: ["bom-only.csv:1: error: empty CSV file: expected a header line (from,to,\u{2026})"]),
        "bom-only.graphml": .refused(
            status: 65, errors: ["bom-only.graphml:1: error: not a GraphML document: no <graphml> element"]),
        "bom-only.json": .refused(
            status: 65, errors: ["bom-only.json:1: error: malformed JSON: Unexpected end of file during JSON parse."]),
        "bom-only.yaml": .refused(
            status: 65, errors: ["bom-only.yaml:1: error: empty file: expected a network with `actors`"]),
        "brackets-in-text.yaml": .read("brackets-in-text.yaml: valid: 2 actors, 1 tie, 0 projects\n"),
        "cdata-comment-iati.xml": .read(
            "OUT/out.yaml\n",
            warnings: [
                "import-iati: 1 activities read, 1 kept; 3 organisations, 1 ties, 1 projects",
                "warning: Donor <!-- reports activities but takes part in none of them (a secondary publisher?): "
                    + "leave it out with --exclude-reporting-org",
                "quality: 0 of 3 actors with unspecified sector (0 %), 2 with unspecified level (67 %)",
                "quality: 0 merged groups, 0 candidate groups left for review, 0 pseudo-organisations dropped, 1 "
                    + "isolates",
                "quality: classified by iati-type 3",
            ]),
        "cdata-comment.graphml": .read("cdata-comment.graphml: valid: 4 actors, 3 ties, 0 projects\n"),
        "crlf.csv": .read("crlf.csv: valid: 2 actors, 1 tie, 0 projects\n"),
        "crlf.graphml": .read("crlf.graphml: valid: 2 actors, 1 tie, 0 projects\n"),
        "crlf.json": .read("crlf.json: valid: 2 actors, 1 tie, 0 projects\n"),
        "crlf.yaml": .read("crlf.yaml: valid: 2 actors, 1 tie, 0 projects\n"),
        "dangling.csv": .refused(
            status: 65,
            errors: [
                "dangling.csv:2:2: error: tie field `to` names unknown actor `b`",
                "dangling.actors.csv:2: warning: isolated actor `a`: no ties",
            ]),
        "deep-block.yaml": .refused(
            status: 65, errors: ["deep-block.yaml:2:1023: error: nesting deeper than 512 levels"]),
        "deep-flow.yaml": .refused(status: 65, errors: ["deep-flow.yaml:1:10: error: nesting deeper than 512 levels"]),
        "deep.json": .refused(status: 65, errors: ["deep.json:1:523: error: nesting deeper than 512 levels"]),
        "duplicate-ids.yaml": .refused(
            status: 65,
            errors: [
                "duplicate-ids.yaml:1:24: error: duplicate actor id `a` (first defined at duplicate-ids.yaml:1:15)"
            ]),
        "duplicate-keys.json": .refused(
            status: 65, errors: ["duplicate-keys.json:4:2: error: duplicate key `name` (first at line 1)"]),
        "empty.csv": .refused(
            status: 65, errors: ["empty.csv:1: error: empty CSV file: expected a header line (from,to,\u{2026})"]),
        "empty.graphml": .refused(
            status: 65, errors: ["empty.graphml:1: error: not a GraphML document: no <graphml> element"]),
        "empty.json": .refused(
            status: 65, errors: ["empty.json:1: error: malformed JSON: Unexpected end of file during JSON parse."]),
        "empty.yaml": .refused(
            status: 65, errors: ["empty.yaml:1: error: empty file: expected a network with `actors`"]),
        "fuzz-bracket-names.yaml": .read("fuzz-bracket-names.yaml: valid: 2 actors, 1 tie, 0 projects\n"),
        "fuzz-comment-crash-iati.xml": .refused(
            status: 65,
            errors: [
                "fuzz-comment-crash-iati.xml:8: error: not UTF-8 text (byte 0x92 at offset 537); save the file as "
                    + "UTF-8 (Latin-1/Windows-1252 exports are common)"
            ]),
        "fuzz-empty-names.yaml": .read("fuzz-empty-names.yaml: valid: 2 actors, 1 tie, 0 projects\n"),
        "fuzz-invalid-utf8-iati.xml": .refused(
            status: 65,
            errors: [
                "fuzz-invalid-utf8-iati.xml:35: error: not UTF-8 text (byte 0xFF at offset 1903); save the file as "
                    + "UTF-8 (Latin-1/Windows-1252 exports are common)"
            ]),
        "fuzz-processing-instruction-iati.xml": .refused(
            status: 65, errors: ["fuzz-processing-instruction-iati.xml:2: error: malformed XML: XML error 68"]),
        "json-as-iati.xml": .refused(
            status: 65,
            errors: [
                "json-as-iati.xml:1: error: not XML (this looks like JSON); an IATI activity file is XML "
                    + "(`<iati-activities>`)"
            ]),
        // A CSV that is not UTF-8 is read as Windows-1252, as Spanish-locale Excel saves it (issue 16).
        "latin1.csv": .read(
            "latin1.csv: valid: 2 actors, 1 tie, 0 projects, 1 warning\n",
            warnings: [
                "latin1.csv: warning: not UTF-8 text: read as Windows-1252; check the accents, or save it as UTF-8"
            ]),
        "latin1.graphml": .refused(
            status: 65,
            errors: [
                "latin1.graphml:2: error: not UTF-8 text (byte 0xE9 at offset 87); save the file as UTF-8 "
                    + "(Latin-1/Windows-1252 exports are common)"
            ]),
        "latin1.json": .refused(
            status: 65,
            errors: [
                "latin1.json:1: error: not UTF-8 text (byte 0xE9 at offset 33); save the file as UTF-8 "
                    + "(Latin-1/Windows-1252 exports are common)"
            ]),
        "latin1.yaml": .refused(
            status: 65,
            errors: [
                "latin1.yaml:3: error: not UTF-8 text (byte 0xE9 at offset 38); save the file as UTF-8 "
                    + "(Latin-1/Windows-1252 exports are common)"
            ]),
        "malformed-iati.xml": .refused(
            status: 65,
            errors: ["malformed-iati.xml:3: error: malformed XML: closing tag does not match the open element"]),
        "payload-ids.csv": .read("payload-ids.csv: valid: 6 actors, 3 ties, 0 projects\n"),
        "payloads.json": .read("payloads.json: valid: 13 actors, 12 ties, 0 projects\n"),
        "truncated.csv": .refused(
            status: 65, errors: ["truncated.csv:2: error: no ties: the file has a header but no rows"]),
        "truncated.graphml": .refused(
            status: 65,
            errors: [
                "truncated.graphml:2: error: node without an `id`",
                "truncated.graphml:2: error: malformed XML: `>` expected",
            ]),
        "truncated.json": .refused(
            status: 65, errors: ["truncated.json:1: error: malformed JSON: Unexpected end of file during JSON parse."]),
        "truncated.yaml": .refused(
            status: 65,
            errors: [
                "truncated.yaml:5:1: error: malformed YAML: while parsing a flow node did not find expected node "
                    + "content"
            ]),
        "unterminated-quote.csv": .refused(
            status: 65,
            errors: [
                "unterminated-quote.csv:2: error: malformed CSV: the quote that opens a field on this line is never "
                    + "closed, so the field would run to the end of the file"
            ]),
        "utf16-declared-be.graphml": .read("utf16-declared-be.graphml: valid: 4 actors, 3 ties, 0 projects\n"),
        "utf16-declared-iati.xml": .read(
            "OUT/out.yaml\n",
            warnings: [
                "import-iati: 1 activities read, 1 kept; 3 organisations, 1 ties, 1 projects",
                "warning: Donor <!-- reports activities but takes part in none of them (a secondary publisher?): "
                    + "leave it out with --exclude-reporting-org",
                "quality: 0 of 3 actors with unspecified sector (0 %), 2 with unspecified level (67 %)",
                "quality: 0 merged groups, 0 candidate groups left for review, 0 pseudo-organisations dropped, 1 "
                    + "isolates",
                "quality: classified by iati-type 3",
            ]),
        "utf16-declared-le.graphml": .read("utf16-declared-le.graphml: valid: 4 actors, 3 ties, 0 projects\n"),
        "utf16-declared-no-bom.graphml": .read("utf16-declared-no-bom.graphml: valid: 4 actors, 3 ties, 0 projects\n"),
        "utf16-no-bom.csv": .refused(
            status: 65,
            errors: ["utf16-no-bom.csv:1: error: the file contains a NUL byte: binary data or UTF-16 without a BOM"]),
        "utf16.csv": .read("utf16.csv: valid: 2 actors, 1 tie, 0 projects\n"),
        "utf16.graphml": .read("utf16.graphml: valid: 2 actors, 1 tie, 0 projects\n"),
        "utf16.json": .read("utf16.json: valid: 2 actors, 1 tie, 0 projects\n"),
        "utf16.yaml": .read("utf16.yaml: valid: 2 actors, 1 tie, 0 projects\n"),
        "xxe-iati.xml": .read(
            "OUT/out.yaml\n",
            warnings: [
                "import-iati: 1 activities read, 1 kept; 2 organisations, 0 ties, 1 projects",
                "warning: A reports activities but takes part in none of them (a secondary publisher?): leave it out "
                    + "with --exclude-reporting-org",
                "quality: 2 of 2 actors with unspecified sector (100 %), 2 with unspecified level (100 %)",
                "quality: 0 merged groups, 0 candidate groups left for review, 0 pseudo-organisations dropped, 2 "
                    + "isolates",
                "quality: classified by unspecified 2",
            ]),
        "xxe.graphml": .read("xxe.graphml: valid: 2 actors, 1 tie, 0 projects\n"),
    ]
}
