/// One container being written.
struct JSONFrame {
    enum Kind { case undecided, object, array, single }
    var kind = Kind.undecided
    /// Indentation level of the container's own brackets.
    var depth = 0
    /// Members or elements written so far.
    var count = 0
    /// Object members in encoding order, and where each one's `indent "key" : value` lies in the buffer.
    var keys: [String] = []
    var spans: [Range<Int>] = []
    /// A top-level object's keys in output order (learnt before encoding), and the next one to write; members that
    /// come before their turn wait in `held`, rendered.
    var outputOrder: [String]?
    var nextKey = 0
    var held: [String: [UInt8]] = [:]
    /// Where the member being written by `beginMember` starts, or the buffer set aside while a held member renders.
    var memberStart = 0
    var setAside: [UInt8]?

    mutating func reset(depth: Int, outputOrder: [String]?) {
        kind = .undecided
        self.depth = depth
        count = 0
        keys.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        self.outputOrder = outputOrder
        nextKey = 0
        held.removeAll()
        setAside = nil
    }
}

/// Opening, filling and closing containers: the bytes of each, in Foundation's layout.
extension JSONStreamWriter {
    /// Encodes one value at the current depth: scalars directly, anything else through its `encode(to:)`.
    func encodeValue<Value: Encodable>(_ value: Value, topLevelKeys: [String]? = nil) throws {
        // Metatype comparisons, not `as?` casts: a row type would otherwise pay five failed casts per row.
        if Value.self == String.self { return writeString(value as! String) }
        if Value.self == Double.self { return writeDouble(value as! Double) }
        if Value.self == Int.self { return writeInt64(Int64(value as! Int)) }
        if Value.self == Bool.self { return writeBool(value as! Bool) }
        if Value.self == Float.self { return writeDouble(Double(value as! Float)) }
        let index = frameCount
        if frames.count == index { frames.append(JSONFrame()) }
        frames[index].reset(depth: depth, outputOrder: topLevelKeys)
        frameCount += 1
        defer { frameCount -= 1 }
        try value.encode(to: JSONStreamEncoder(writer: self, frame: index))
        try close(index)
    }

    /// Marks frame `index` as an object or array (at the encoder's first request) and writes its opening.
    func open(_ index: Int, as kind: JSONFrame.Kind) {
        guard frames[index].kind == .undecided else {
            precondition(frames[index].kind == kind, "JSONStreamWriter: one value asked for two kinds of container")
            return
        }
        frames[index].kind = kind
        switch kind {
        case .object:
            bytes.append(contentsOf: [UInt8(ascii: "{"), 0x0A])
            if frames[index].outputOrder == nil { pinned += 1 }
        case .array: bytes.append(contentsOf: [UInt8(ascii: "["), 0x0A])
        case .single, .undecided: break
        }
    }

    private func close(_ index: Int) throws {
        switch frames[index].kind {
        case .undecided: bytes.append(contentsOf: [UInt8(ascii: "{"), UInt8(ascii: "}")])  // as JSONEncoder does
        case .single: break
        case .array: writeClosing(UInt8(ascii: "]"), depth: frames[index].depth)
        case .object:
            if frames[index].outputOrder != nil {
                writeHeldMembers(index, all: true)
            } else {
                sortMembers(index)
                pinned -= 1
            }
            writeClosing(UInt8(ascii: "}"), depth: frames[index].depth)
        }
    }

    private func writeClosing(_ bracket: UInt8, depth: Int) {
        bytes.append(0x0A)
        writeIndent(depth)
        bytes.append(bracket)
    }

    /// Starts a member of object `index`: the separator, indentation, key and ` : `; the value follows.
    func beginMember(_ key: String, in index: Int) throws {
        open(index, as: .object)
        if let order = frames[index].outputOrder {
            let next = frames[index].nextKey
            if next < order.count && order[next] == key {
                if frames[index].count > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
            } else {
                guard order[next...].contains(key), frames[index].held[key] == nil else {
                    let reason = "key `\(key)` was not among the keys `encode(to:)` gave first, or came twice"
                    throw EncodingError.invalidValue(
                        key,
                        EncodingError.Context(
                            codingPath: codingPath,
                            debugDescription: reason))
                }
                var aside: [UInt8] = []
                swap(&aside, &bytes)
                frames[index].setAside = aside
                pinned += 1
            }
        } else if frames[index].count > 0 {
            bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A])
        }
        frames[index].memberStart = bytes.count
        writeIndent(frames[index].depth + 1)
        writeString(key)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
        depth = frames[index].depth + 1
    }

    /// Ends the member `beginMember` started, once its value is written.
    func endMember(_ key: String, in index: Int) throws {
        depth = frames[index].depth
        if frames[index].outputOrder != nil {
            if var aside = frames[index].setAside {
                swap(&aside, &bytes)
                frames[index].held[key] = aside
                frames[index].setAside = nil
                pinned -= 1
                return
            }
            frames[index].count += 1
            frames[index].nextKey += 1
            writeHeldMembers(index, all: false)
            try flushIfFull()
        } else {
            frames[index].keys.append(key)
            frames[index].spans.append(frames[index].memberStart..<bytes.count)
            frames[index].count += 1
        }
    }

    /// Writes the held members of a top-level object whose turn has come (all of them, in order, at its end).
    private func writeHeldMembers(_ index: Int, all: Bool) {
        guard let order = frames[index].outputOrder else { return }
        while frames[index].nextKey < order.count {
            let key = order[frames[index].nextKey]
            guard let member = frames[index].held.removeValue(forKey: key) else {
                if all { frames[index].nextKey += 1; continue }
                return
            }
            if frames[index].count > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
            bytes.append(contentsOf: member)
            frames[index].count += 1
            frames[index].nextKey += 1
        }
    }

    /// Puts the members of object `index` in output order (they are in the buffer in encoding order).
    private func sortMembers(_ index: Int) {
        let keys = frames[index].keys
        guard keys.count > 1 else { return }
        let order = keyOrders.order(of: keys)
        if order.indices.allSatisfy({ order[$0] == $0 }) { return }
        let spans = frames[index].spans
        let start = spans[0].lowerBound
        let members = Array(bytes[start...])
        bytes.removeSubrange(start...)
        for (position, member) in order.enumerated() {
            if position > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
            bytes.append(contentsOf: members[(spans[member].lowerBound - start)..<(spans[member].upperBound - start)])
        }
    }

    /// Starts an element of array `index`: the separator and indentation; the value follows.
    func beginElement(in index: Int) {
        open(index, as: .array)
        if frames[index].count > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), 0x0A]) }
        writeIndent(frames[index].depth + 1)
        depth = frames[index].depth + 1
    }

    func endElement(in index: Int) throws {
        depth = frames[index].depth
        frames[index].count += 1
        try flushIfFull()
    }
}
