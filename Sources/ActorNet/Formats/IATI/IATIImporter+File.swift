import Foundation

extension IATIImporter {
    /// Reads one activity file; call for each file, then `network(files:)`. `progress` gets the bytes of this file
    /// read so far, after each chunk.
    ///
    /// Type and size are checked before reading, as for every input (`InputText.openChecked`). A UTF-8 file is
    /// streamed (`XMLFileStream`): memory does not grow with the file. Other encodings, and any file whose bytes
    /// turn out not to be valid UTF-8, are read whole (`read(data:name:)`), which gives the same messages as before.
    public func read(_ path: String, progress: ((Int) -> Void)? = nil) throws(Failure) {
        let descriptor: Int32, status: stat
        do { (descriptor, status) = try InputText.openChecked(path) } catch { throw Self.failure(error, path) }
        defer { close(descriptor) }
        guard let stream = XMLFileStream.open(descriptor) else { return try readWhole(path, progress) }
        stream.onChunk = progress
        let reader = activityReader()
        let parsed = reader.parse(stream)
        if !parsed { stream.drain() }  // an encoding problem further on is what the whole-file path reported
        if let problem = stream.problem { throw Self.failure(problem, path) }
        inputFiles.append(InputFile(path: path, status: status))
        progress?(stream.bytesRead)
        guard parsed else {
            throw .malformed(path: path, line: reader.errorLine, message: "malformed XML: \(reader.errorMessage ?? "")")
        }
    }

    /// The whole-file path: the bytes read into memory, decoded, prepared and parsed.
    private func readWhole(_ path: String, _ progress: ((Int) -> Void)?) throws(Failure) {
        let data: Data
        do {
            let (bytes, file) = try InputText.readBytes(path)
            data = bytes
            inputFiles.append(file)
        } catch {
            throw Self.failure(error, path)
        }
        try read(data: data, name: path)
        progress?(data.count)
    }

    /// The message of a problem the stream stopped at, worded as the whole-file path words it (the file is read
    /// again, whole, to find the line of the first bad byte).
    private static func failure(_ problem: XMLFileStream.Problem, _ path: String) -> Failure {
        switch problem {
        case .readFailed(let code): return .cannotOpen(path: path, reason: SystemErrorText.describe(code))
        case .notUTF8, .nulByte, .tooLarge:
            do {
                _ = try InputText.decode(try InputText.readBytes(path).data, path: path)
            } catch {
                return failure(error, path)
            }
            return .malformed(path: path, line: nil, message: "the file changed while it was read")
        }
    }

    private static func failure(_ error: LoadError, _ path: String) -> Failure {
        switch error {
        case .cannotOpen(let path, let reason): return .cannotOpen(path: path, reason: reason)
        case .invalid(let problems):
            let first = problems.first
            return .malformed(path: path, line: first?.location.line, message: first?.message ?? "")
        }
    }
}
