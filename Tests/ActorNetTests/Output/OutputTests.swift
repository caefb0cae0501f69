import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

private func scratch() throws -> String { try scratchFolder("output") }

private func names(_ dir: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
}

@Suite struct SystemErrorTextTests {
    @Test func errnoValuesAUserCanActOnHavePlainWords() {
        #expect(SystemErrorText.describe(ENOSPC) == "disk full")
        #expect(SystemErrorText.describe(EDQUOT) == "disk quota exceeded")
        #expect(
            SystemErrorText.describe(ENAMETOOLONG)
                == "file name too long (at most 255 bytes per name and 4096 per path)")
        #expect(SystemErrorText.describe(EACCES) == "permission denied")
        #expect(SystemErrorText.describe(EROFS) == "read-only file system")
        #expect(SystemErrorText.describe(ENOENT) == "no such file")
        #expect(SystemErrorText.describe(EISDIR) == "is a directory")
        #expect(SystemErrorText.describe(EIO) == "input/output error")
    }

    @Test func fileTypesOtherThanRegularAreNamed() {
        #expect(SystemErrorText.notRegularFile(S_IFREG | 0o644) == nil)
        #expect(SystemErrorText.notRegularFile(S_IFDIR | 0o755) == "is a directory")
        #expect(SystemErrorText.notRegularFile(S_IFCHR | 0o666) == "is a device, not a regular file")
        #expect(SystemErrorText.notRegularFile(S_IFBLK | 0o660) == "is a device, not a regular file")
        #expect(SystemErrorText.notRegularFile(S_IFIFO | 0o644) == "is a FIFO (named pipe), not a regular file")
        #expect(SystemErrorText.notRegularFile(S_IFSOCK | 0o755) == "is a socket, not a regular file")
    }
}

@Suite struct KernelPathTests {
    @Test func splitIsTextualAndKeepsDotDotForTheKernel() {
        #expect(KernelPath.split("x.yaml") == (".", "x.yaml"))
        #expect(KernelPath.split("/x.yaml") == ("/", "x.yaml"))
        #expect(KernelPath.split("a/b/") == ("a", "b"))
        #expect(KernelPath.split("a/link/../x.yaml") == ("a/link/..", "x.yaml"))
    }

    @Test func dotDotAfterASymlinkFollowsTheLinkFirst() throws {
        let dir = try scratch()
        try FileManager.default.createDirectory(atPath: dir + "/a", withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: dir + "/other/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir + "/a/link", withDestinationPath: "../other/sub")
        let base = KernelPath.resolved(dir)!
        #expect(KernelPath.resolvedOrPlanned(dir + "/a/link/../new.yaml") == base + "/other/new.yaml")
    }
}

@Suite struct InputTextTests {
    @Test func specialFilesAreRefusedWithoutReading() throws {
        for (path, reason) in [("/dev/zero", "is a device, not a regular file"), ("/tmp", "is a directory")] {
            #expect(throws: LoadError.self) { try InputText.readBytes(path) }
            do { _ = try InputText.readBytes(path) } catch {
                #expect(error.description == "\(path): error: cannot open: \(reason)")
            }
        }
    }

    @Test func aReadFileIsIdentifiedByDeviceAndInode() throws {
        let dir = try scratch()
        try "name: x\n".write(toFile: dir + "/n.yaml", atomically: false, encoding: .utf8)
        let (data, file) = try InputText.readBytes(dir + "/n.yaml")
        var status = stat()
        #expect(stat(dir + "/n.yaml", &status) == 0)
        #expect(data == Data("name: x\n".utf8))
        #expect(file.device == UInt64(status.st_dev) && file.inode == UInt64(status.st_ino))
        #expect(file.path == dir + "/n.yaml")
        #expect(file.resolvedPath == KernelPath.resolved(dir + "/n.yaml"))
    }

    @Test func loadReportsEveryCompanionItRead() throws {
        let dir = try scratch()
        try "source,target\na,b\n".write(toFile: dir + "/t.csv", atomically: false, encoding: .utf8)
        try "id,name\na,A\nb,B\n".write(toFile: dir + "/t.actors.csv", atomically: false, encoding: .utf8)
        try "key,value\nname,T\n".write(toFile: dir + "/t.network.csv", atomically: false, encoding: .utf8)
        let loaded = try NetworkFile.load(dir + "/t.csv")
        #expect(loaded.inputFiles.map(\.path) == [dir + "/t.csv", dir + "/t.actors.csv", dir + "/t.network.csv"])
    }
}

@Suite struct AtomicFileTests {
    @Test func aSetIsWrittenWholeAndStaleFilesGoWithIt() throws {
        let dir = try scratch()
        try "old".write(toFile: dir + "/o.projects.csv", atomically: false, encoding: .utf8)
        try "old".write(toFile: dir + "/o.csv", atomically: false, encoding: .utf8)
        try AtomicFile.write(
            [
                OutputFile(path: dir + "/o.actors.csv", data: Data("a".utf8)),
                OutputFile(path: dir + "/o.csv", data: Data("t".utf8)),
            ],
            removing: [dir + "/o.projects.csv", dir + "/o.missing.csv"], inputs: [])
        #expect(try names(dir) == ["o.actors.csv", "o.csv"])
        #expect(try String(contentsOfFile: dir + "/o.csv", encoding: .utf8) == "t")
        #expect(TemporaryFiles.registered.filter { $0.hasPrefix(KernelPath.resolved(dir)! + "/") }.isEmpty)
    }

    @Test func aRefusedSetWritesNothing() throws {
        let dir = try scratch()
        try "input".write(toFile: dir + "/in.csv", atomically: false, encoding: .utf8)
        let (_, input) = try InputText.readBytes(dir + "/in.csv")
        #expect(throws: OutputError.self) {
            try AtomicFile.write(
                [
                    OutputFile(path: dir + "/new.csv", data: Data("n".utf8)),
                    OutputFile(path: dir + "/in.csv", data: Data("x".utf8)),
                ], inputs: [input])
        }
        #expect(try names(dir) == ["in.csv"])
        #expect(try String(contentsOfFile: dir + "/in.csv", encoding: .utf8) == "input")
    }

    @Test func permissionsOfTheReplacedFileAreKept() throws {
        let dir = try scratch()
        try "old".write(toFile: dir + "/p.txt", atomically: false, encoding: .utf8)
        #expect(chmod(dir + "/p.txt", 0o600) == 0)
        try AtomicFile.write(Data("new".utf8), to: dir + "/p.txt")
        var status = stat()
        #expect(stat(dir + "/p.txt", &status) == 0 && status.st_mode & 0o777 == 0o600)
    }
}

@Suite struct JSONStringFallbackTests {
    /// The fallback that replaced a `try!` in the JSON writer writes what Foundation writes.
    @Test func fallbackEscapesLikeFoundation() throws {
        for text in ["plain", "a\"b\\c", "line\nbreak\ttab\rcr", "nul\u{0}bell\u{7}", "ünï/cödé ✓ 🙂"] {
            let options: JSONSerialization.WritingOptions = [.fragmentsAllowed, .withoutEscapingSlashes]
            let data = try JSONSerialization.data(withJSONObject: text, options: options)
            #expect(OrderedTree.quotedJSON(text) == String(decoding: data, as: UTF8.self), "\(text.debugDescription)")
        }
    }
}

@Suite struct AtomicFileRollbackTests {
    /// A rename that fails midway through the commit (after a companion was already replaced and a stale file
    /// moved aside) puts everything back: the old set byte for byte, no temporary file, no backup.
    @Test(arguments: [1, 2, 3])
    func aFailureDuringTheCommitRestoresTheOldSet(failingRename: Int) throws {
        let dir = try scratch()
        let old = [
            "o.csv": "old ties", "o.actors.csv": "old actors", "o.network.csv": "old network",
            "o.projects.csv": "old projects",
        ]
        for (name, text) in old { try text.write(toFile: dir + "/" + name, atomically: false, encoding: .utf8) }
        let set = [
            OutputFile(path: dir + "/o.actors.csv", data: Data("new actors".utf8)),
            OutputFile(path: dir + "/o.network.csv", data: Data("new network".utf8)),
            OutputFile(path: dir + "/o.csv", data: Data("new ties".utf8)),
        ]
        var calls = 0
        #expect(throws: OutputError.self) {
            try AtomicFile.write(set, removing: [dir + "/o.projects.csv"], inputs: []) { from, to in
                calls += 1
                if calls == failingRename { errno = EIO; return -1 }
                return rename(from, to)
            }
        }
        #expect(try names(dir) == old.keys.sorted())
        for (name, text) in old { #expect(try String(contentsOfFile: dir + "/" + name, encoding: .utf8) == text) }
        #expect(TemporaryFiles.registered.filter { $0.hasPrefix(KernelPath.resolved(dir)! + "/") }.isEmpty)
    }
}
