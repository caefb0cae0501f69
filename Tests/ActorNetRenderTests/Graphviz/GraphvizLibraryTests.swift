import Testing

@testable import ActorNetRender

@Suite struct GraphvizLibraryTests {
    @Test func linksLibgvcAndReportsItsVersion() {
        let version = GraphvizLibrary.version
        #expect(version.wholeMatch(of: /\d+\.\d+(\.\d+)?/) != nil, "got \(version)")
    }
}
