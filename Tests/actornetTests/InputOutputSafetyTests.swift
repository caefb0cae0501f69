import ActorNetTestSupport
import Foundation
import Testing

/// Issue 12, items 1–7: every file read is protected from the outputs, outputs never land on special files, sets
/// of outputs are written whole or not at all, temporary files never stay behind, standard output failures are
/// reported (exit 74) and a closed pipe ends quietly, inputs are checked before they are read, and messages say
/// what happened.
@Suite struct InputOutputSafetyTests {
    /// small.yaml plus one project, so that `convert` writes all four CSV files.
    static let withProject =
        ((try? String(contentsOfFile: fixture("small.yaml"), encoding: .utf8)) ?? "") + """
            projects:
              - id: p1
                name: Project one
                members:
                  - actor: muni
                  - actor: fund

            """

    /// A folder holding `net.yaml` (with a project) converted to the CSV set `t.csv`.
    private func csvSet() throws -> String {
        let dir = try scratchFolder("io")
        try Self.withProject.write(toFile: dir + "/net.yaml", atomically: false, encoding: .utf8)
        let converted = try CLI.run(["convert", dir + "/net.yaml", dir + "/t.csv"])
        #expect(converted.status == 0, "\(converted.stderr)")
        return dir
    }

    private func contents(_ dir: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: dir + "/" + name, isDirectory: &isDirectory)
            result[name] = isDirectory.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
        }
        return result
    }

    // MARK: 1. Inputs are never overwritten

    @Test func companionFilesReadImplicitlyAreInputs() throws {
        let dir = try csvSet()
        let before = try contents(dir)
        let cases: [([String], String)] = [
            (["convert", dir + "/t.csv", dir + "/t.actors.csv"], "t.actors.csv"),
            (["analyze", dir + "/t.csv", "-o", dir + "/t.actors.csv"], "t.actors.csv"),
            (["report", dir + "/t.csv", "-o", dir + "/t.projects.csv"], "t.projects.csv"),
            (["render", dir + "/t.csv", "--format", "svg", "-o", dir + "/t.network.csv"], "t.network.csv"),
        ]
        for (arguments, name) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 73, "\(arguments)")
            #expect(
                result.stderr == "\(dir)/\(name): error: cannot create output: it is an input of this command "
                    + "(\(dir)/\(name)); choose another output path\n")
            #expect(result.stdout.isEmpty)
        }
        #expect(try contents(dir) == before)
    }

    @Test func convertToACompanionOfItsOwnOutputSetIsRefusedWhenThatCompanionWasRead() throws {
        let dir = try csvSet()
        let before = try contents(dir)
        // t.csv → t2.csv would write t2.actors.csv; --actors names that very file as an input.
        try FileManager.default.copyItem(atPath: dir + "/t.actors.csv", toPath: dir + "/t2.actors.csv")
        let result = try CLI.run(["convert", dir + "/t.csv", dir + "/t2.csv", "--actors", dir + "/t2.actors.csv"])
        #expect(result.status == 73)
        #expect(
            result.stderr == "\(dir)/t2.actors.csv: error: cannot create output: it is an input of this command "
                + "(\(dir)/t2.actors.csv); choose another output path\n")
        #expect(try contents(dir).filter { $0.key != "t2.actors.csv" } == before)
        #expect(!FileManager.default.fileExists(atPath: dir + "/t2.csv"))
    }

    @Test func aliasesFileIsAnInput() throws {
        let dir = try scratchFolder("io")
        let aliases = "GB-CHC-1: acf\n"
        try aliases.write(toFile: dir + "/al.yaml", atomically: false, encoding: .utf8)
        let result = try CLI.run([
            "import-iati", fixture("acfspain-co.xml"), "--aliases", dir + "/al.yaml",
            "-o", dir + "/al.yaml",
        ])
        #expect(result.status == 73)
        #expect(
            result.stderr.hasSuffix(
                "\(dir)/al.yaml: error: cannot create output: it is an input of this command "
                    + "(\(dir)/al.yaml); choose another output path\n"))
        #expect(try String(contentsOfFile: dir + "/al.yaml", encoding: .utf8) == aliases)
    }

    @Test func symlinksAndHardLinksToAnInputAreTheInput() throws {
        let dir = try scratchFolder("io")
        try Self.withProject.write(toFile: dir + "/net.yaml", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.yaml", withDestinationPath: "net.yaml")
        #expect(link(dir + "/net.yaml", dir + "/hard.yaml") == 0)
        for name in ["link.yaml", "hard.yaml"] {
            let result = try CLI.run(["convert", dir + "/net.yaml", dir + "/" + name])
            #expect(result.status == 73)
            #expect(
                result.stderr == "\(dir)/\(name): error: cannot create output: it is an input of this command "
                    + "(\(dir)/net.yaml); choose another output path\n")
        }
        #expect(try String(contentsOfFile: dir + "/net.yaml", encoding: .utf8) == Self.withProject)
    }

    // MARK: 2. Outputs onto special files

    @Test func devicesFIFOsAndDirectoriesAreRefusedAsOutputs() throws {
        let dir = try scratchFolder("io")
        #expect(mkfifo(dir + "/fifo.svg", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: dir + "/folder.svg", withIntermediateDirectories: false)
        let refused = [
            ("/dev/null", "is a device, not a regular file"),
            ("/dev/full", "is a device, not a regular file"),
            (dir + "/fifo.svg", "is a FIFO (named pipe), not a regular file"),
            (dir + "/folder.svg", "is a directory"),
        ]
        for (path, reason) in refused {
            let result = try CLI.run(["render", fixture("small.yaml"), "--format", "svg", "-o", path])
            #expect(result.status == 73, "\(path)")
            #expect(result.stderr == "\(path): error: cannot create output: \(reason)\n")
        }
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(stat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
        #expect(lstat(dir + "/fifo.svg", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/folder.svg").isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["fifo.svg", "folder.svg"])
    }

    @Test func devStdoutIsStandardOutput() throws {
        let dash = try CLI.run(["render", fixture("small.yaml"), "--format", "dot", "-o", "-"])
        let named = try CLI.run(["render", fixture("small.yaml"), "--format", "dot", "-o", "/dev/stdout"])
        #expect(dash.status == 0 && named.status == 0)
        #expect(named.stdout == dash.stdout)
        #expect(named.stdout.hasPrefix("graph "))
        let analysis = try CLI.run(["analyze", fixture("small.yaml"), "--format", "csv", "-o", "/dev/stdout"])
        let plain = try CLI.run(["analyze", fixture("small.yaml"), "--format", "csv"])
        #expect(analysis.status == 0)
        #expect(analysis.stdout == plain.stdout)
        let page = try CLI.run(["report", fixture("small.yaml"), "--lang", "en", "-o", "/dev/stdout"])
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.stdout.hasPrefix("<!DOCTYPE html>"))
        let markdown = try CLI.run(["report", fixture("small.yaml"), "--format", "md", "-o", "-"])
        #expect(markdown.status == 64)
        #expect(
            markdown.stderr.hasPrefix(
                "Error: --format md writes diagram files beside the report: give -o a file name\n"))
        var status = stat()
        #expect(lstat("/dev/stdout", &status) == 0 && status.st_mode & S_IFMT == S_IFLNK)
    }

    @Test func aSymlinkToARegularFileIsWrittenThroughAndStays() throws {
        let dir = try scratchFolder("io")
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: false)
        try "old".write(toFile: dir + "/real/out.dot", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: dir + "/out.dot", withDestinationPath: "real/out.dot")
        let result = try CLI.run(["render", fixture("small.yaml"), "-o", dir + "/out.dot"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/out.dot") == "real/out.dot")
        #expect(try String(contentsOfFile: dir + "/real/out.dot", encoding: .utf8).hasPrefix("graph "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/real") == ["out.dot"])

        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.dot", withDestinationPath: "missing/x.dot")
        let dangling = try CLI.run(["render", fixture("small.yaml"), "-o", dir + "/dangling.dot"])
        #expect(dangling.status == 73)
        #expect(
            dangling.stderr
                == "\(dir)/dangling.dot: error: cannot create output: is a symbolic link to a missing file\n")
    }

    // MARK: 3. Sets of outputs

    @Test func aSecondConvertWithoutProjectsRemovesTheOldProjectsFile() throws {
        let dir = try csvSet()
        #expect(FileManager.default.fileExists(atPath: dir + "/t.projects.csv"))
        let second = try CLI.run(["convert", fixture("small.yaml"), dir + "/t.csv"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout == "\(dir)/t.csv\n\(dir)/t.actors.csv\n\(dir)/t.network.csv\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
                == ["net.yaml", "t.actors.csv", "t.csv", "t.network.csv"])
        let validated = try CLI.run(["validate", dir + "/t.csv"])
        #expect(validated.stdout == "\(dir)/t.csv: valid: 3 actors, 3 ties, 0 projects\n")
    }

    @Test func aCompanionThatCannotBeReplacedLeavesTheWholeOldSet() throws {
        let dir = try csvSet()
        try FileManager.default.removeItem(atPath: dir + "/t.network.csv")
        try FileManager.default.createDirectory(atPath: dir + "/t.network.csv", withIntermediateDirectories: false)
        let before = try contents(dir)
        let result = try CLI.run(["convert", fixture("small.yaml"), dir + "/t.csv"])
        #expect(result.status == 73)
        #expect(result.stderr == "\(dir)/t.network.csv: error: cannot create output: is a directory\n")
        #expect(try contents(dir) == before)
    }

    /// The issue's reproduction: parallel converts of two different networks to one name gave mixed sets.
    @Test func parallelConvertsToOneNameLeaveOneWholeSet() throws {
        let dir = try scratchFolder("io")
        try Self.withProject.write(toFile: dir + "/a.yaml", atomically: false, encoding: .utf8)
        let expectedA = try CLI.run(["convert", dir + "/a.yaml", dir + "/ref-a.yaml"])
        let expectedB = try CLI.run(["convert", fixture("small.yaml"), dir + "/ref-b.yaml"])
        #expect(expectedA.status == 0 && expectedB.status == 0)
        let refA = try String(contentsOfFile: dir + "/ref-a.yaml", encoding: .utf8)
        let refB = try String(contentsOfFile: dir + "/ref-b.yaml", encoding: .utf8)
        for round in 0..<4 {
            let processes = try (0..<8).map { k in
                let process = Process()
                process.executableURL = CLI.binary
                process.arguments = ["convert", k % 2 == 0 ? dir + "/a.yaml" : fixture("small.yaml"), dir + "/out.csv"]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                return process
            }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 }, "round \(round)")
            try? FileManager.default.removeItem(atPath: dir + "/back.yaml")
            let back = try CLI.run(["convert", dir + "/out.csv", dir + "/back.yaml"])
            #expect(back.status == 0, "round \(round): \(back.stderr)")
            // A whole set reads back as exactly one of the two networks (the CSV round trip is lossless).
            let text = try String(contentsOfFile: dir + "/back.yaml", encoding: .utf8)
            #expect(text == refA || text == refB, "round \(round): a mixed set")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasPrefix(".") }
            #expect(leftovers.isEmpty, "round \(round)")
        }
    }

    @Test func markdownReportIsOneSetAndDropsDiagramsItNoLongerHas() throws {
        let dir = try scratchFolder("io")
        try "# old\n\n![old](r-old.svg)\n\n![kept](elsewhere/r-x.svg)\n".write(
            toFile: dir + "/r.md", atomically: false,
            encoding: .utf8)
        try "old".write(toFile: dir + "/r-old.svg", atomically: false, encoding: .utf8)
        try "mine".write(toFile: dir + "/r-mine.svg", atomically: false, encoding: .utf8)
        let result = try CLI.run(["report", fixture("small.yaml"), "--format", "md", "-o", dir + "/r.md"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
                == ["r-ego-1-muni.svg", "r-mine.svg", "r-network.svg", "r-sector-level.svg", "r.md"])
    }

    // MARK: 4. Temporary files

    @Test func a240ByteOutputNameWorks() throws {
        let dir = try scratchFolder("io")
        let name = String(repeating: "n", count: 236) + ".svg"
        let result = try CLI.run(["render", fixture("small.yaml"), "-o", dir + "/" + name])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == [name])
    }

    /// Starts `arguments`, waits until one of our temporary files exists in `dir` (the write is under way), then
    /// sends `signal`; retries with a fresh process when the command finished first (bounded).
    private func interruptDuringWrite(_ arguments: [String], in dir: String, signal: Int32) throws -> Int32? {
        for _ in 0..<20 {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            var sent = false
            while process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
                if names.contains(where: { $0.hasPrefix(".actornet-") }) {
                    kill(process.processIdentifier, signal)
                    sent = true
                    break
                }
                usleep(200)
            }
            process.waitUntilExit()
            if sent && process.terminationReason == .exit { return process.terminationStatus }
        }
        return nil
    }

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func aSignalDuringTheWriteLeavesTheOldSetAndNoTemporaryFile(signal: Int32, status: Int32) throws {
        let dir = try scratchFolder("io")
        let source = try scratchFolder("io-source")
        var rows = "source,target,weight\n"
        for i in 0..<150_000 {
            rows += "actor-with-a-long-id-\(i),actor-with-a-long-id-\((i * 7 + 1) % 150_000),\(i % 9 + 1)\n"
        }
        try rows.write(toFile: source + "/big.csv", atomically: false, encoding: .utf8)
        let old = [
            "out.csv": "source,target\na,b\n", "out.actors.csv": "id,name\na,A\nb,B\n",
            "out.network.csv": "key,value\nname,old\n", "out.projects.csv": "id,name\np,P\n",
        ]
        for (name, text) in old { try text.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8) }
        let code = try interruptDuringWrite(
            ["convert", source + "/big.csv", dir + "/out.csv"], in: dir, signal: signal)
        #expect(code == status)
        #expect(try contents(dir) == old.mapValues { Data($0.utf8) })
    }

    // MARK: 5. Standard output

    private func runWithStandardOutput(
        _ arguments: [String],
        to path: String
    ) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: path)
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    @Test func aFullStandardOutputExits74InEveryVerb() throws {
        let file = fixture("small.yaml")
        let verbs: [[String]] = [
            ["validate", file], ["validate", file, file, file], ["info", file], ["info", file, "--format", "json"],
            ["analyze", file],
            ["analyze", file, "--format", "json"], ["render", file, "-o", "-"], ["communities", file],
            ["brokers", file], ["mixing", file], ["partners", file], ["projects", file], ["profile", file],
            ["--help"], ["--version"],
        ]
        for arguments in verbs {
            let result = try runWithStandardOutput(arguments, to: "/dev/full")
            #expect(result.status == 74, "\(arguments)")
            // Once, at the end of what the verb printed on stderr (warnings, notes) before its output.
            #expect(
                result.stderr.hasSuffix("standard output: error: cannot write: disk full\n"),
                "\(arguments): \(result.stderr)")
            #expect(result.stderr.components(separatedBy: "standard output: error:").count == 2, "\(arguments)")
        }
    }

    @Test(arguments: [true, false])
    func aClosedPipeEndsQuietly(ignoringSIGPIPE: Bool) throws {
        let dir = try scratchFolder("io")
        let rows = "source,target\n" + (0..<20_000).map { "a\($0),a\(($0 * 7 + 1) % 20_000)" }.joined(separator: "\n")
        try rows.write(toFile: dir + "/big.csv", atomically: false, encoding: .utf8)
        let script =
            (ignoringSIGPIPE ? "trap '' PIPE; " : "")
            + "\"$0\" analyze \"$1\" --measures degree --top 20000 2>\"$2\" | head -1 >/dev/null; echo ${PIPESTATUS[0]}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, CLI.binary.path, dir + "/big.csv", dir + "/err.txt"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text == "141\n")
        #expect(try String(contentsOfFile: dir + "/err.txt", encoding: .utf8) == "")
    }

    // MARK: 6. Inputs that are not regular files, or too big

    @Test func specialFilesAreRefusedBeforeReading() throws {
        let dir = try scratchFolder("io")
        try FileManager.default.createSymbolicLink(atPath: dir + "/z.yaml", withDestinationPath: "/dev/zero")
        #expect(mkfifo(dir + "/f.yaml", 0o644) == 0)
        try FileManager.default.createDirectory(atPath: dir + "/d.yaml", withIntermediateDirectories: false)
        let cases = [
            ("z.yaml", "is a device, not a regular file"),
            ("f.yaml", "is a FIFO (named pipe), not a regular file"), ("d.yaml", "is a directory"),
        ]
        for (name, reason) in cases {
            let start = Date()
            let result = try CLI.run(["validate", dir + "/" + name])
            #expect(result.status == 66, "\(name)")
            #expect(result.stderr == "\(dir)/\(name): error: cannot open: \(reason)\n")
            #expect(Date().timeIntervalSince(start) < 5)
        }
        let iati = try CLI.run(["import-iati", "/dev/zero", "-o", dir + "/x.yaml"])
        #expect(iati.status == 66)
        #expect(iati.stderr == "/dev/zero: error: cannot open: is a device, not a regular file\n")
        // A companion that is a directory is named as such, too.
        try "source,target\na,b\n".write(toFile: dir + "/t.csv", atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: dir + "/t.projects.csv", withIntermediateDirectories: false)
        let companion = try CLI.run(["validate", dir + "/t.csv"])
        #expect(companion.status == 66)
        #expect(companion.stderr == "\(dir)/t.projects.csv: error: cannot open: is a directory\n")
    }

    @Test func aFileOverTheLimitIsRefusedWithoutReadingIt() throws {
        let dir = try scratchFolder("io")
        let path = dir + "/huge.yaml"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 2 << 30) == 0)  // sparse: 2 GiB that cost nothing unless read
        let start = Date()
        let result = try CLI.run(["validate", path])
        #expect(result.status == 65)
        #expect(result.stderr == "\(path): error: file is 2147483648 bytes; the limit is 536870912\n")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    // MARK: 7. Messages

    @Test func aLongNameSaysSo() throws {
        let dir = try scratchFolder("io")
        let path = dir + "/" + String(repeating: "n", count: 300) + ".svg"
        let result = try CLI.run(["render", fixture("small.yaml"), "-o", path])
        #expect(result.status == 73)
        #expect(
            result.stderr == "\(path): error: cannot create output: file name too long "
                + "(at most 255 bytes per name and 4096 per path)\n")
    }

    @Test func dotDotAfterASymlinkIsResolvedByTheKernel() throws {
        let dir = try scratchFolder("io")
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: dir + "/other/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/link", withDestinationPath: "../other/sub")
        try FileManager.default.copyItem(atPath: fixture("small.yaml"), toPath: dir + "/other/x.yaml")
        let read = try CLI.run(["validate", dir + "/a/link/../x.yaml"])
        #expect(read.status == 0)
        #expect(read.stdout == "\(dir)/a/link/../x.yaml: valid: 3 actors, 3 ties, 0 projects\n")
        let written = try CLI.run(["render", dir + "/a/link/../x.yaml", "-o", dir + "/a/link/../new/y.dot"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/other/new/y.dot"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/a") == ["link"])
    }

    /// A real full disk: a 256 KiB tmpfs (we run as root). The old set stays whole and no temporary file is left.
    @Test func aFullDiskSaysDiskFullAndLeavesTheOldSet() throws {
        let mountPoint = try scratchFolder("io-tmpfs")
        guard mount("tmpfs", mountPoint, "tmpfs", 0, "size=256k") == 0 else {
            Issue.record("cannot mount a tmpfs here (errno \(errno)); SystemErrorTextTests keeps the message")
            return
        }
        defer { umount(mountPoint) }
        let old = [
            "out.csv": "source,target\na,b\n", "out.actors.csv": "id,name\na,A\nb,B\n",
            "out.network.csv": "key,value\nname,old\n", "out.projects.csv": "id,name\np,P\n",
        ]
        for (name, text) in old { try text.write(toFile: mountPoint + "/" + name, atomically: false, encoding: .utf8) }
        let source = try scratchFolder("io-source")
        let rows = "source,target\n" + (0..<20_000).map { "a\($0),a\(($0 * 7 + 1) % 20_000)" }.joined(separator: "\n")
        try rows.write(toFile: source + "/big.csv", atomically: false, encoding: .utf8)
        let result = try CLI.run(["convert", source + "/big.csv", mountPoint + "/out.csv"])
        #expect(result.status == 73)
        // The companions are written first; the actors file (about 600 KB) is the one that meets the full disk.
        #expect(result.stderr == "\(mountPoint)/out.actors.csv: error: cannot create output: disk full\n")
        #expect(try contents(mountPoint) == old.mapValues { Data($0.utf8) })
    }
}
