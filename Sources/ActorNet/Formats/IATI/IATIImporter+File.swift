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
        var first = [UInt8](repeating: 0, count: XMLFileStream.chunkSize)
        var filled = 0
        while filled < first.count {
            let count = first.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            filled += count
        }
        first.removeLast(first.count - filled)
        let isWholeFile = filled < XMLFileStream.chunkSize
        guard XMLFileStream.streamable(first, isWholeFile: isWholeFile) else { return try readWhole(path, progress) }
        let stream = XMLFileStream(descriptor: descriptor, first: first, isWholeFile: isWholeFile)
        stream.onChunk = progress
        let reader = activityReader()
        let parsed = reader.parse(stream)
        if !parsed { stream.drain() }  // an encoding problem further on is what the whole-file path reported
        if stream.problem != nil { return try readWhole(path, progress) }
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

    private static func failure(_ error: LoadError, _ path: String) -> Failure {
        switch error {
        case .cannotOpen(let path, let reason): return .cannotOpen(path: path, reason: reason)
        case .invalid(let problems):
            let first = problems.first
            return .malformed(path: path, line: first?.location.line, message: first?.message ?? "")
        }
    }
}
