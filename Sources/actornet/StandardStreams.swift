import ActorNet
import ArgumentParser
import Foundation
import Synchronization

/// Standard output, written only through here (Swift's `print` is made unavailable in this module below).
///
/// Bytes go straight to `write(2)`, looping over partial writes and `EINTR`, so every failure is seen:
/// - a closed pipe (`EPIPE`; SIGPIPE is ignored, see `ActorNetCommand.main`) ends the process quietly with status 141,
///   the status a shell shows for a process ended by SIGPIPE, so `analyze … | head -1` behaves the same whether or
///   not the caller ignores SIGPIPE (systemd does);
/// - any other failure (`> /dev/full`: disk full; an I/O error) prints a message and exits 74.
/// `FileHandle.write(_: Data)` trapped on these (exit 132) and `print` lost them silently (exit 0).
enum StandardOutput {
    /// The status of a run whose reader closed standard output early.
    static let closedPipeStatus: Int32 = 141

    static func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { bytes throws in try write(UnsafeRawBufferPointer(bytes)) }
    }

    static func write(_ data: Data) throws {
        try data.withUnsafeBytes { bytes throws in try write(bytes) }
    }

    static func write(_ bytes: UnsafeRawBufferPointer) throws {
        let code = FileDescriptorWriter.writeAll(STDOUT_FILENO, bytes)
        switch code {
        case 0: return
        case EPIPE:
            TemporaryFiles.removeAllBeforeExit()
            _exit(closedPipeStatus)
        default:
            let language = MessageLanguage.current
            printError(
                language.text(
                    .outputStandardOutputFailed,
                    ["reason": SystemErrorText.describe(code, language)]))
            throw Exit.ioError
        }
    }

    /// Whether `-o PATH` means standard output: `-`, or `/dev/stdout` and its aliases (renaming a file over
    /// `/dev/stdout` replaced the link, and it is a device anyway).
    static func isNamed(_ path: String) -> Bool {
        ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].contains(path)
    }
}

/// Standard error: best effort (a failure to report a failure cannot be reported), but never a trap.
enum StandardError {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = FileDescriptorWriter.writeAll(STDERR_FILENO, UnsafeRawBufferPointer(bytes)) }
    }
}

enum FileDescriptorWriter {
    /// Writes every byte to `descriptor`; 0, or the `errno` that stopped it. A descriptor left non-blocking by
    /// the caller (`EAGAIN`) is waited on with `poll` rather than treated as a failure.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
        guard let base = bytes.baseAddress else { return 0 }
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(descriptor, base + offset, bytes.count - offset)
            if count >= 0 {
                offset += count
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN:
                var request = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&request, 1, -1)
            default: return errno
            }
        }
        return 0
    }
}

/// Writes `text` and a line break to standard output (exit 74 when that fails).
func printOutput(_ text: String) throws {
    try StandardOutput.write(text + "\n")
}

/// Writes `text` and a line break to standard error.
func printError(_ text: String) {
    StandardError.write(text + "\n")
}

/// Swift's `print` ignores write errors (its buffer is flushed at exit, and a failure there is lost): every verb
/// writes through `printOutput` instead, and this declaration makes a stray `print` a compile error.
@available(*, unavailable, message: "write with `try printOutput(_:)`, which reports a failed write (exit 74)")
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {}

/// Prints `text` to standard output (`path` nil, `-` or `/dev/stdout`), or writes it atomically to `path`.
func emit(_ text: String, to path: String?, inputs: [InputFile]) throws {
    try emit(Data(text.utf8), to: path, inputs: inputs)
}

/// Writes `data` to standard output (`path` nil, `-` or `/dev/stdout`; exit 74 when that fails) or atomically to
/// the file `path` (exit 73): the one way a verb writes its output. True when a file was written.
@discardableResult
func emit(_ data: Data, to path: String?, inputs: [InputFile]) throws -> Bool {
    guard let path, !StandardOutput.isNamed(path) else {
        try StandardOutput.write(data)
        return false
    }
    try writeOutputs([OutputFile(path: path, data: data)], inputs: inputs)
    return true
}

/// Streams what `write` gives its sink to standard output (`path` nil, `-` or `/dev/stdout`) as it comes, or
/// gathers it and writes it atomically to `path`.
func emitStreamed(to path: String?, inputs: [InputFile], _ write: (@escaping ByteSink) throws -> Void) throws {
    guard let path, !StandardOutput.isNamed(path) else {
        try write { try StandardOutput.write($0) }
        return
    }
    var data = Data()
    try write { data.append(contentsOf: $0) }
    try writeOutputs([OutputFile(path: path, data: data)], inputs: inputs)
}

/// Writes a set of files atomically (`AtomicFile`); exit 73 with the message when that fails.
func writeOutputs(_ files: [OutputFile], removing stale: [String] = [], inputs: [InputFile]) throws {
    do {
        try AtomicFile.write(files, removing: stale, inputs: inputs)
    } catch {
        printError(error.description(in: MessageLanguage.current))
        throw Exit.cannotCreate
    }
}

/// The language of messages on standard error: `--lang`, else the environment, when the command starts
/// (`ActorNetCommand.main`), then the network's `language` once it is read (`loadNetwork`), as the verb's output.
enum MessageLanguage {
    private static let value = Mutex<Language>(.en)

    static var current: Language {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }

    /// `--lang X` or `--lang=X` among the arguments (read before parsing, so option errors follow it too), else
    /// the environment.
    static func fromArguments(_ arguments: [String]) -> Language {
        var option: Language?
        for (k, argument) in arguments.enumerated() {
            if argument == "--lang", k + 1 < arguments.count { option = Language(parsing: arguments[k + 1]) }
            if argument.hasPrefix("--lang=") { option = Language(parsing: String(argument.dropFirst(7))) }
        }
        return Language.resolve(option: option, network: nil)
    }
}
