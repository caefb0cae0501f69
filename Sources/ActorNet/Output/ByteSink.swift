/// Where a streaming writer sends its bytes: called with large chunks (see `JSONStreamWriter` and
/// `CSVStreamWriter`); a failure it throws ends the writing and reaches the caller of the writer.
public typealias ByteSink = (UnsafeRawBufferPointer) throws -> Void
