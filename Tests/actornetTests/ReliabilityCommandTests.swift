import ActorNetTestSupport
import Foundation
import Testing

@Suite struct ReliabilityCommandTests {
    /// Ctrl-C during a long analysis: exit 130, the existing output untouched, no temporary file left.
    @Test func interruptLeavesOutputsUntouched() throws {
        let dir = try scratchFolder("reliability")
        var rows = "source,target\n"
        var state: UInt64 = 7
        for i in 0..<8_000 {
            for _ in 0..<5 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                rows += "a\(i),a\(Int(state >> 33) % 8_000)\n"
            }
        }
        try Data(rows.utf8).write(to: URL(fileURLWithPath: dir + "/big.csv"))
        try Data("previous".utf8).write(to: URL(fileURLWithPath: dir + "/out.csv"))
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = [
            "analyze", dir + "/big.csv", "--measures", "betweenness", "--format", "csv", "-o", dir + "/out.csv",
            "--quiet",
        ]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        #expect(process.isRunning, "analysis finished too early to interrupt")
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(try String(contentsOfFile: dir + "/out.csv", encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["big.csv", "out.csv"])
    }

    @Test func fullDetailRenderOfAHugeNetworkIsRefusedWithAHint() throws {
        let dir = try scratchFolder("reliability")
        let rows = "source,target\n" + (1..<6_001).map { "hub,a\($0)" }.joined(separator: "\n") + "\n"
        try Data(rows.utf8).write(to: URL(fileURLWithPath: dir + "/star.csv"))
        let refused = try CLI.run(["render", dir + "/star.csv", "-o", dir + "/star.svg"])
        #expect(refused.status == 65)
        #expect(
            refused.stderr.contains(
                "6001 actors is too many for a full-detail diagram (limit 5000); draw --aggregate sector-level"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/star.svg"))
        #expect(try CLI.run(["render", dir + "/star.csv", "--aggregate", "level", "-o", dir + "/agg.svg"]).status == 0)
    }
}
