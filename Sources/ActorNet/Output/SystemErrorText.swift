import Foundation

/// Plain words for the `errno` values a user can act on. `strerror` says "No space left on device" and Foundation
/// said "read-only or missing permission?" for a full disk; these say what to do something about.
public enum SystemErrorText {
    public static func describe(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "disk full"
        case EDQUOT: "disk quota exceeded"
        case ENAMETOOLONG: "file name too long (at most 255 bytes per name and 4096 per path)"
        case EACCES, EPERM: "permission denied"
        case EROFS: "read-only file system"
        case ENOENT: "no such file"
        case ENOTDIR: "a part of the path is not a folder"
        case EISDIR: "is a directory"
        case ELOOP: "too many levels of symbolic links"
        case EIO: "input/output error"
        case EFBIG: "file too large for this file system"
        case EMFILE, ENFILE: "too many open files"
        case EXDEV: "crosses file systems"
        case EBUSY, ETXTBSY: "file busy"
        default: String(cString: strerror(code))
        }
    }

    /// What a file of mode `mode` (from stat) is, when it is not a regular file; nil for a regular file.
    public static func notRegularFile(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "is a directory"
        case S_IFCHR, S_IFBLK: "is a device, not a regular file"
        case S_IFIFO: "is a FIFO (named pipe), not a regular file"
        case S_IFSOCK: "is a socket, not a regular file"
        default: "is not a regular file"
        }
    }
}
