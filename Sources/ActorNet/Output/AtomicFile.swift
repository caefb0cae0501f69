import Foundation

/// Why an output file could not be written (the CLI exits 73).
public struct OutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
    public var description: String { description(in: .en) }

    /// The error for a reader of `language` (a system reason reworded in it; a composed reason stays English).
    public func description(in language: Language) -> String {
        language.text(.outputCannotCreate, ["path": path, "reason": SystemErrorText.reworded(reason, in: language)])
    }
}

/// One file of an output set: where it goes and its bytes.
public struct OutputFile: Sendable {
    public var path: String
    public var data: Data
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

/// Writes outputs so that a reader never sees a partial file or a partial set.
///
/// 1. Every destination is checked before anything is written: an existing one must be a regular file or a symlink
///    to one (a device, FIFO, socket or directory is refused: `-o /dev/null` used to replace `/dev/null`), and none
///    may be a file the command read (`inputs`: same device and inode, or for a path that does not exist yet the
///    same resolved path).
/// 2. Missing folders are created; each file's bytes go to a temporary file made with `O_CREAT | O_EXCL` in the
///    folder of its resolved destination (`TemporaryFiles`, known to the signal clean-up before it exists), written,
///    `fsync`ed and closed. Any failure removes every temporary file and leaves the old outputs as they were.
/// 3. The set is committed in one step (see `commit`): renamed into place in the order given, stale companions
///    removed, and on any failure everything renamed so far is put back.
public enum AtomicFile {
    /// Writes `data` to `path`, creating missing parent folders.
    /// - Parameter inputs: the files the command read; replacing one of them is refused.
    public static func write(_ data: Data, to path: String, inputs: [InputFile] = []) throws(OutputError) {
        try write([OutputFile(path: path, data: data)], inputs: inputs)
    }

    /// Writes a set of files that belong together (a ties CSV and its companions; a Markdown report and its
    /// diagrams), all or nothing.
    /// - Parameters:
    ///   - files: renamed into place in this order; put the file readers open first (the main file) last, so it
    ///     changes last.
    ///   - stale: files of an older set that the new one does not have (say `out.projects.csv` when the new network
    ///     has no projects); removed in the same commit, restored if it fails. Missing ones are ignored.
    ///   - inputs: the files the command read; replacing or removing one of them is refused.
    public static func write(
        _ files: [OutputFile], removing stale: [String] = [],
        inputs: [InputFile]
    ) throws(OutputError) {
        try write(files, removing: stale, inputs: inputs, placing: { rename($0, $1) })
    }

    /// `write`, with the call that renames each temporary file into place given (tests make it fail midway).
    static func write(
        _ files: [OutputFile], removing stale: [String], inputs: [InputFile],
        placing place: (String, String) -> Int32
    ) throws(OutputError) {
        let checked = try files.map { file throws(OutputError) in
            try OutputDestination.check(file.path, inputs: inputs)
        }
        for path in stale { try OutputDestination.checkRemovable(path, inputs: inputs) }
        var destinations: [OutputDestination] = []
        for destination in checked { destinations.append(try destination.prepared()) }

        var temporaries: [String] = []
        do throws(OutputError) {
            for (file, destination) in zip(files, destinations) {
                temporaries.append(try writeTemporary(file, to: destination))
            }
        } catch {
            for temporary in temporaries { TemporaryFiles.discard(temporary) }
            throw error
        }
        let staleHere = stale.filter { path in !files.contains { $0.path == path } }
        let failure = TemporaryFiles.commit(
            {
                commit(Array(zip(temporaries, destinations)), removing: staleHere, placing: place)
            }, forgetting: { _ in temporaries })
        if let failure { throw failure }
    }

    /// Writes `file` to a new temporary file in its destination's folder; returns the temporary path.
    private static func writeTemporary(
        _ file: OutputFile,
        to destination: OutputDestination
    ) throws(OutputError) -> String {
        let created: (path: String, descriptor: Int32)
        switch TemporaryFiles.create(in: destination.folder) {
        case .success(let value): created = value
        case .failure(let error):
            throw OutputError(path: file.path, reason: "cannot write in \(destination.folder): \(error)")
        }
        var code: Int32 = 0
        file.data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(created.descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    code = errno
                    return
                }
                offset += count
            }
        }
        if code == 0, let mode = destination.replacedMode, fchmod(created.descriptor, mode & 0o7777) != 0 {
            code = errno
        }
        if code == 0, fsync(created.descriptor) != 0 { code = errno }
        if close(created.descriptor) != 0, code == 0 { code = errno }
        if code != 0 {
            TemporaryFiles.discard(created.path)
            throw OutputError(path: file.path, reason: SystemErrorText.describe(code))
        }
        return created.path
    }

    /// Renames every temporary file over its destination and removes `stale`, or on any failure restores the
    /// previous state exactly; returns the failure, if any. Runs under `TemporaryFiles.commit`, so no signal
    /// clean-up interleaves.
    ///
    /// A single file needs one `rename`, which is atomic. For a set, each file it replaces is first hard-linked to
    /// a hidden backup name (`link` fails rather than overwrite, so the name is safely new; the destination itself
    /// stays in place the whole time), then the temporary file is renamed over it. Stale companions are moved to a
    /// backup name the same way before the renames. On a failure the steps done are undone in reverse order
    /// (backups renamed back, new files unlinked); on success the backups are unlinked. Concurrent commits into the
    /// same folders are serialised with `flock` on the folders (in sorted order), so two processes writing the same
    /// set leave one whole set, never a mix. A SIGKILL or power loss in the middle of the renames can still leave a
    /// mixed set plus the `.actornet-*` backups: nothing short of a journal would avoid that.
    private static func commit(
        _ pairs: [(temporary: String, destination: OutputDestination)],
        removing stale: [String], placing place: (String, String) -> Int32
    ) -> OutputError? {
        if pairs.count == 1 && stale.isEmpty, let (temporary, destination) = pairs.first {
            if place(temporary, destination.resolvedPath) == 0 { return nil }
            let code = errno
            unlink(temporary)
            return OutputError(path: destination.path, reason: SystemErrorText.describe(code))
        }
        // Resolved, so one folder is locked once (a second `flock` on another descriptor of it would wait forever).
        let staleFolders = stale.map { KernelPath.resolved(KernelPath.split($0).folder) ?? KernelPath.split($0).folder }
        let locks = Set(pairs.map(\.destination.folder) + staleFolders).sorted().compactMap(FolderLock.init)
        defer { for lock in locks { lock.release() } }

        var undo: [() -> String?] = []  // each returns a note when it could not restore
        var backups: [String] = []
        var failure: OutputError?
        for path in stale {
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            switch moveAside(path, in: KernelPath.split(path).folder) {
            case .success(let backup):
                backups.append(backup)
                undo.append { rename(backup, path) == 0 ? nil : "\(path) is kept as \(backup)" }
            case .failure(let error):
                failure = OutputError(path: path, reason: "cannot remove this file of the previous set: \(error)")
            }
            if failure != nil { break }
        }
        var renamed = 0
        if failure == nil {
            for (temporary, destination) in pairs {
                let target = destination.resolvedPath
                var status = stat()
                var backup: String?
                if lstat(target, &status) == 0 {
                    switch linkAside(target, in: destination.folder) {
                    case .success(let name): backup = name
                    case .failure(let error):
                        failure = OutputError(path: destination.path, reason: "cannot keep the previous file: \(error)")
                    }
                    if failure != nil { break }
                }
                guard place(temporary, target) == 0 else {
                    failure = OutputError(path: destination.path, reason: SystemErrorText.describe(errno))
                    if let backup { unlink(backup) }
                    break
                }
                renamed += 1
                if let backup {
                    backups.append(backup)
                    undo.append { rename(backup, target) == 0 ? nil : "\(target) is kept as \(backup)" }
                } else {
                    undo.append { unlink(target) == 0 ? nil : "\(target) could not be removed" }
                }
            }
        }
        if var failure {
            let notes = undo.reversed().compactMap { $0() }
            for (temporary, _) in pairs.dropFirst(renamed) { unlink(temporary) }
            if !notes.isEmpty {
                failure.reason += "; the previous files could not all be restored: " + notes.joined(separator: ", ")
            }
            return failure
        }
        for backup in backups { unlink(backup) }
        for lock in locks { lock.synchronise() }
        return nil
    }

    /// A new hard link to `path` under a hidden unused name in `folder` (`path` stays where it is).
    private static func linkAside(_ path: String, in folder: String) -> Result<String, SystemError> {
        for _ in 0..<100 {
            let backup = hiddenName(in: folder)
            if linkat(AT_FDCWD, path, AT_FDCWD, backup, 0) == 0 { return .success(backup) }
            if errno == EEXIST { continue }
            let code = errno
            // File systems without hard links (vfat, some FUSE): copy instead, keeping the destination in place.
            guard [EPERM, EOPNOTSUPP, EMLINK, EXDEV].contains(code) else { return .failure(SystemError(code: code)) }
            return copyAside(path, to: backup)
        }
        return .failure(SystemError(code: EEXIST))
    }

    /// `path` moved to a hidden unused name in `folder` (a link then an unlink, so nothing is overwritten).
    private static func moveAside(_ path: String, in folder: String) -> Result<String, SystemError> {
        let linked = linkAside(path, in: folder)
        guard case .success(let backup) = linked else { return linked }
        guard unlink(path) == 0 else {
            let code = errno
            unlink(backup)
            return .failure(SystemError(code: code))
        }
        return .success(backup)
    }

    private static func copyAside(_ path: String, to backup: String) -> Result<String, SystemError> {
        guard let (data, _) = try? InputText.readBytes(path) else { return .failure(SystemError(code: EIO)) }
        let descriptor = open(backup, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .failure(SystemError(code: errno)) }
        let written = data.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        close(descriptor)
        guard written == data.count else {
            unlink(backup)
            return .failure(SystemError(code: EIO))
        }
        return .success(backup)
    }

    private static func hiddenName(in folder: String) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        let random = String(decoding: (0..<8).map { _ in alphabet.randomElement()! }, as: UTF8.self)
        let name = ".actornet-" + random + ".old"
        return folder == "/" ? "/" + name : folder + "/" + name
    }
}

/// An exclusive `flock` on a folder, held while a set is committed into it.
private struct FolderLock {
    let descriptor: Int32

    init?(_ folder: String) {
        descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            close(descriptor)
            return nil
        }
    }

    /// Makes the renames durable (`fsync` on the folder).
    func synchronise() { fsync(descriptor) }

    func release() { close(descriptor) }
}
