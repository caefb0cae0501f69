import ActorNetTestSupport
import Foundation
import Testing

@Suite struct ReportCommandTests {
    @Test func htmlAndMarkdownReports() throws {
        let dir = try scratchFolder("report")
        let chile = PackagePaths.example("chile")
        let html = try CLI.run(["report", chile, "-o", dir + "/chile.html"])
        #expect(html.status == 0, "\(html.stderr)")
        let text = try String(contentsOfFile: dir + "/chile.html", encoding: .utf8)
        #expect(text.contains("lang=\"es\""))  // the network's language is Spanish
        #expect(text.contains("Socios complementarios"))
        let english = try CLI.run(["report", chile, "--lang", "en", "--format", "md", "-o", dir + "/md/chile.md"])
        #expect(english.status == 0, "\(english.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir + "/md").sorted()
        #expect(
            files.contains("chile.md") && files.contains("chile-network.svg")
                && files.contains("chile-sector-level.svg"))
        let markdown = try String(contentsOfFile: dir + "/md/chile.md", encoding: .utf8)
        #expect(markdown.contains("## Complementary partners"))
    }

    /// End to end on a real import, in Portuguese: the page as the CLI writes it (the date line aside), its four
    /// figures beside it, and the path on standard output. The summaries are checked section by section in
    /// ActorNetReportTests; this is the whole text, so that any change shows as a diff of the golden file.
    @Test func markdownReportOfARealImportInPortuguese() throws {
        let dir = try scratchFolder("report-usaid")
        let usaid = PackagePaths.file("Tests/ActorNetRenderTests/Fixtures/usaid-bo.json")
        let result = try CLI.run(["report", usaid, "--lang", "pt", "--format", "md", "-o", dir + "/usaid-bo.md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == dir + "/usaid-bo.md\n")
        #expect(result.stderr == "")
        let text = try String(contentsOfFile: dir + "/usaid-bo.md", encoding: .utf8)
            .replacing(#/Gerado: \d{4}-\d{2}-\d{2}/#, with: "Gerado: DATA")
        #expect(text == (try GoldenFile("Tests/actornetTests/Golden/usaid-bo-report-pt.md").expected(text)))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == [
                "usaid-bo-ego-1-US-GOV-1.svg", "usaid-bo-ego-2-US-GOV-11.svg", "usaid-bo-network.svg",
                "usaid-bo-sector-level.svg", "usaid-bo.md",
            ])
    }

    /// Headless Chromium, when installed (`make browser`); nil otherwise.
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .first(where: FileManager.default.isExecutableFile(atPath:))

    /// A real browser: headless Chromium loads the page, logs no JavaScript error, and takes a screenshot (into the
    /// scratch folder: `scripts/report-screenshot.sh`, run by `make demo`, makes Output/report-screenshot.png).
    /// Without Chromium the test is reported as skipped, not passed.
    @Test(.enabled(if: chromium != nil, "Chromium is not installed: `make browser` installs it"))
    func chromiumLoadsTheReportWithoutErrors() throws {
        let chromium = try #require(Self.chromium)
        let dir = try scratchFolder("report")
        let report = dir + "/chile.html"
        #expect(try CLI.run(["report", PackagePaths.example("chile"), "-o", report]).status == 0)
        func browser(_ arguments: [String]) throws -> (Int32, String, String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments =
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--enable-logging=stderr",
                    "--v=0",
                ]
                + arguments + ["file://" + report]
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, output, errors)
        }
        let (status, dom, log) = try browser(["--dump-dom"])
        #expect(status == 0)
        #expect(dom.contains("id=\"partners\""))
        let consoleLines = log.split(separator: "\n").filter { $0.contains("CONSOLE") || $0.contains("Uncaught") }
        #expect(consoleLines.isEmpty, "JavaScript messages: \(consoleLines)")
        let screenshot = dir + "/report-screenshot.png"
        let (shotStatus, _, _) = try browser(["--window-size=1280,2400", "--screenshot=\(screenshot)"])
        #expect(shotStatus == 0)
        let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]) && png.count > 50_000)
    }
}
