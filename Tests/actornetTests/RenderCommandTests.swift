import ActorNetTestSupport
import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func defaultOutputIsOutputStemSVG() throws {
        let folder = try scratchFolder("render")
        let result = try CLI.run(["render", fixture("small.yaml")], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Output/small.svg\n")
        let svg = try String(contentsOfFile: folder + "/Output/small.svg", encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("Municipio de Prueba"))
    }

    @Test func formatComesFromTheExtensionAndDashMeansStdout() throws {
        let folder = try scratchFolder("render")
        for (name, magic) in [
            ("d.png", [UInt8]([0x89, 0x50, 0x4E, 0x47])), ("d.pdf", Array("%PDF".utf8)), ("d.dot", Array("graph".utf8)),
        ] {
            let result = try CLI.run(["render", fixture("small.yaml"), "-o", folder + "/" + name])
            #expect(result.status == 0, "\(result.stderr)")
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            #expect(data.starts(with: magic), "\(name)")
        }
        let stdout = try CLI.run(["render", fixture("small.yaml"), "-o", "-", "--format", "dot", "--lang", "es"])
        #expect(stdout.stdout.hasPrefix("graph \"small\" {"))
        #expect(stdout.stdout.contains("Tamaño del nodo"))
        #expect(stdout.stdout.contains("Sociedad civil"))
    }

    /// `--format html` (or `-o x.html`): the interactive map, one page, at natural size unless `--page` is given;
    /// `--landscape` needs a page there too.
    @Test func htmlIsTheInteractiveMap() throws {
        let folder = try scratchFolder("render")
        let result = try CLI.run(["render", fixture("small.yaml"), "--format", "html", "--lang", "es"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Output/small.html\n")
        #expect(result.stderr == "")
        let page = try String(contentsOfFile: folder + "/Output/small.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"es\">\n"))
        #expect(page.contains("<section class=\"actornet-map\" id=\"m-map\" lang=\"es\">"))
        #expect(page.contains("placeholder=\"Buscar actores\""))
        let actors = page.matches(of: #/<g id="m&#45;a[0-9]+" class="node actor /#).count
        #expect(actors == 3)
        let landscape = try CLI.run(["render", fixture("small.yaml"), "-o", folder + "/m.html", "--landscape"])
        #expect(landscape.status == 64)
        let map = folder + "/m.html"
        let paged = try CLI.run(["render", fixture("small.yaml"), "-o", map, "--page", "a4", "--landscape"])
        #expect(paged.status == 0, "\(paged.stderr)")
    }

    /// PNG at --dpi (default 192) of the page: A4 is 841.89 × 595.28 pt in landscape (the small network's better
    /// fit), US letter 792 × 612 pt.
    @Test func pngResolutionFollowsDPI() throws {
        let folder = try scratchFolder("render-dpi")
        for (arguments, size) in [
            ([String](), (2245, 1587)), (["--dpi", "96"], (1123, 794)),
            (["--page", "letter", "--landscape"], (2112, 1632)), (["--portrait", "--dpi", "96"], (794, 1123)),
        ] {
            let path = folder + "/d.png"
            let result = try CLI.run(["render", fixture("small.yaml"), "-o", path] + arguments)
            #expect(result.status == 0, "\(result.stderr)")
            let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == size.0 && height == size.1, "\(arguments): \(width) × \(height)")
        }
        let bad = try CLI.run(["render", fixture("small.yaml"), "-o", "-", "--format", "svg", "--dpi", "5"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--dpi takes a whole number from 36 to 1200"))
    }

    /// `--portrait` and `--landscape` together, or either without a page, is a usage error.
    @Test func portraitAndLandscapeExcludeEachOther() throws {
        let both = try CLI.run(["render", fixture("small.yaml"), "-o", "-", "--portrait", "--landscape"])
        #expect(both.status == 64)
        #expect(both.stdout == "")
        #expect(both.stderr.contains("--portrait and --landscape exclude each other: give one of them"))
        let spanish = try CLI.run([
            "render", fixture("small.yaml"), "-o", "-", "--portrait", "--landscape", "--lang", "es",
        ])
        #expect(spanish.stderr.contains("--portrait y --landscape se excluyen: indique solo uno de los dos"))
        let noPage = try CLI.run(["render", fixture("small.yaml"), "-o", "-", "--portrait", "--page", "none"])
        #expect(noPage.status == 64)
        #expect(noPage.stderr.contains("--portrait needs a page: drop it or give --page"))
    }

    /// The views' DOT is a golden file (`GoldenOutputTests`); here, their errors and notes.
    @Test func viewsAndTheirErrors() throws {
        let focus = try CLI.run(["render", fixture("small.yaml"), "-o", "-", "--format", "dot", "--focus", "nobody"])
        #expect(focus.status == 64)
        #expect(focus.stderr.contains("--focus names no actor: `nobody`"))
        let clusters = try CLI.run([
            "render", fixture("small.yaml"), "-o", "-", "--format", "dot", "--layout", "sfdp", "--cluster-by", "sector",
        ])
        #expect(clusters.stderr.contains("note: layout sfdp cannot draw clusters"))
    }

    @Test func failedRenderLeavesExistingOutputUntouched() throws {
        let folder = try scratchFolder("render")
        let path = folder + "/keep.svg"
        try Data("previous".utf8).write(to: URL(fileURLWithPath: path))
        let badLayout = try CLI.run(["render", fixture("small.yaml"), "-o", path, "--layout", "spring"])
        #expect(badLayout.status == 64)
        let badInput = try CLI.run(["render", fixture("broken.yaml"), "-o", path])
        #expect(badInput.status == 65)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["keep.svg"])
        let unwritable = try CLI.run(["render", fixture("small.yaml"), "-o", "/proc/actornet/x.svg"])
        #expect(unwritable.status == 73)
    }

    @Test func doctorReportsEveryLayoutAndFormat() throws {
        let result = try CLI.run(["doctor"])
        #expect(result.status == 0, "\(result.stderr)")
        for word in [
            "layout dot", "layout neato", "layout fdp", "layout sfdp", "layout circo", "layout twopi",
            "format svg", "format png", "format pdf", "everything renders",
        ] {
            #expect(result.stdout.contains(word), "\(word)")
        }
        #expect(result.stdout.contains("Graphviz library (libgvc) 2."))
    }
}
