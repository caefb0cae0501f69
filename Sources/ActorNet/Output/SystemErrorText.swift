import Foundation

/// Plain words for the `errno` values a user can act on. `strerror` says "No space left on device" and Foundation
/// said "read-only or missing permission?" for a full disk; these say what to do something about.
public enum SystemErrorText {
    public static func describe(_ code: Int32, _ language: Language = .en) -> String {
        let key: CatalogueKey
        switch code {
        case ENOSPC: key = .systemDiskFull
        case EDQUOT: key = .systemQuotaExceeded
        case ENAMETOOLONG: key = .systemNameTooLong
        case EACCES, EPERM: key = .systemPermissionDenied
        case EROFS: key = .systemReadOnly
        case ENOENT: key = .systemNoSuchFile
        case ENOTDIR: key = .systemNotAFolder
        case EISDIR: key = .systemIsADirectory
        case ELOOP: key = .systemSymlinkLoop
        case EIO: key = .systemIOError
        case EFBIG: key = .systemFileTooLarge
        case EMFILE, ENFILE: key = .systemTooManyFiles
        case EXDEV: key = .systemCrossesFileSystems
        case EBUSY, ETXTBSY: key = .systemFileBusy
        // The rare rest: the C library's English words, or the number for other readers.
        default:
            return language == .en ? String(cString: strerror(code)) : language.text(.systemErrorNumber, ["code": code])
        }
        return language.text(key)
    }

    /// What a file of mode `mode` (from stat) is, when it is not a regular file; nil for a regular file.
    public static func notRegularFile(_ mode: mode_t, _ language: Language = .en) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: language.text(.systemIsADirectory)
        case S_IFCHR, S_IFBLK: language.text(.systemIsDevice)
        case S_IFIFO: language.text(.systemIsFIFO)
        case S_IFSOCK: language.text(.systemIsSocket)
        default: language.text(.systemNotRegular)
        }
    }

    /// Every reason this type words, for `reworded(_:in:)`.
    static let reasonKeys: [CatalogueKey] = [
        .systemDiskFull, .systemQuotaExceeded, .systemNameTooLong, .systemPermissionDenied, .systemReadOnly,
        .systemNoSuchFile, .systemNotAFolder, .systemIsADirectory, .systemSymlinkLoop, .systemIOError,
        .systemFileTooLarge, .systemTooManyFiles, .systemCrossesFileSystems, .systemFileBusy, .systemIsDevice,
        .systemIsFIFO, .systemIsSocket, .systemNotRegular,
    ]

    /// A reason worded in English by `describe` or `notRegularFile` (as `LoadError.cannotOpen` and `OutputError`
    /// carry it) in `language`; any other text as it is.
    public static func reworded(_ reason: String, in language: Language) -> String {
        guard language != .en, let key = reasonKeys.first(where: { Language.en.text($0) == reason }) else {
            return reason
        }
        return language.text(key)
    }
}
