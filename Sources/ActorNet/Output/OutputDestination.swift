import Foundation

/// Where one output file goes, checked before anything is written.
///
/// An existing destination must be a regular file, or a symlink to one, which is then written through: the
/// temporary file is made in the folder of the symlink's target and renamed over the target, so the link stays.
/// Anything else there (a device such as `/dev/null` or `/dev/full`, a FIFO, a socket, a directory, a symlink to
/// a missing file) is refused: renaming over it would destroy it, and writing into it is not a file.
struct OutputDestination {
    /// The path as given.
    var path: String
    /// The resolved folder the file goes into (the temporary file is created there).
    var folder: String
    /// The resolved path renamed over: the folder plus the name.
    var resolvedPath: String
    /// Permissions of the file replaced, kept on the new one.
    var replacedMode: mode_t?
    /// The folder to create first, as given (nil when it exists).
    private var missingFolder: String?

    /// Checks `path` without writing anything: what is there, and that it is none of `inputs`.
    static func check(_ path: String, inputs: [InputFile]) throws(OutputError) -> OutputDestination {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            let code = errno
            guard code == ENOENT else { throw OutputError(path: path, reason: SystemErrorText.describe(code)) }
            let (folder, name) = KernelPath.split(path)
            guard name.utf8.count <= Int(NAME_MAX) else {
                throw OutputError(path: path, reason: SystemErrorText.describe(ENAMETOOLONG))
            }
            if let planned = KernelPath.resolvedOrPlanned(path),
                let input = inputs.first(where: { $0.resolvedPath == planned })
            {
                throw sameAsInput(path, input)
            }
            let resolvedFolder = KernelPath.resolved(folder)
            return OutputDestination(
                path: path, folder: resolvedFolder ?? folder,
                resolvedPath: resolvedFolder.map { joined($0, name) } ?? path,
                replacedMode: nil, missingFolder: resolvedFolder == nil ? folder : nil)
        }
        if status.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &status) == 0 else {
                let code = errno
                throw OutputError(
                    path: path,
                    reason: code == ENOENT
                        ? "is a symbolic link to a missing file" : SystemErrorText.describe(code))
            }
        }
        if let problem = SystemErrorText.notRegularFile(status.st_mode) {
            throw OutputError(path: path, reason: problem)
        }
        if let input = input(identifiedBy: status, in: inputs) { throw sameAsInput(path, input) }
        guard let resolved = KernelPath.resolved(path) else {
            throw OutputError(path: path, reason: SystemErrorText.describe(errno))
        }
        return OutputDestination(
            path: path, folder: KernelPath.split(resolved).folder, resolvedPath: resolved,
            replacedMode: status.st_mode, missingFolder: nil)
    }

    /// Checks that `path`, a file of an older set to be removed, is no input and can be removed (a regular file
    /// or a symlink, which is removed itself).
    static func checkRemovable(_ path: String, inputs: [InputFile]) throws(OutputError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if status.st_mode & S_IFMT != S_IFLNK, let problem = SystemErrorText.notRegularFile(status.st_mode) {
            throw OutputError(path: path, reason: problem + "; it belongs to the previous set and cannot be replaced")
        }
        if stat(path, &status) == 0, let input = input(identifiedBy: status, in: inputs) {
            throw sameAsInput(path, input)
        }
    }

    /// Creates the missing folders (as the kernel resolves the path given) and resolves the destination there.
    func prepared() throws(OutputError) -> OutputDestination {
        guard let missingFolder else { return self }
        if let (folder, code) = Self.createFolders(missingFolder) {
            throw OutputError(path: path, reason: "cannot create folder \(folder): \(SystemErrorText.describe(code))")
        }
        guard let resolvedFolder = KernelPath.resolved(missingFolder) else {
            let reason = SystemErrorText.describe(errno)
            throw OutputError(path: path, reason: "cannot create folder \(missingFolder): \(reason)")
        }
        var copy = self
        copy.folder = resolvedFolder
        copy.resolvedPath = Self.joined(resolvedFolder, KernelPath.split(path).name)
        copy.missingFolder = nil
        return copy
    }

    /// `mkdir -p` on the path as given (each prefix passed to the kernel as text, so symlinks and `..` resolve as
    /// they would for `open`); the folder that failed and why.
    private static func createFolders(_ folder: String) -> (String, Int32)? {
        var status = stat()
        if stat(folder, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR ? nil : (folder, ENOTDIR) }
        let parent = KernelPath.split(folder).folder
        if parent != folder, let failure = createFolders(parent) { return failure }
        if mkdir(folder, 0o777) != 0 && errno != EEXIST { return (folder, errno) }
        return nil
    }

    private static func joined(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }

    private static func input(identifiedBy status: stat, in inputs: [InputFile]) -> InputFile? {
        inputs.first { $0.device == UInt64(status.st_dev) && $0.inode == UInt64(status.st_ino) }
    }

    private static func sameAsInput(_ path: String, _ input: InputFile) -> OutputError {
        OutputError(path: path, reason: "it is an input of this command (\(input.path)); choose another output path")
    }
}
