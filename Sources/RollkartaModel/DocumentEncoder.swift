import Foundation

/// Writes a document as Foundation's `JSONEncoder` does with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, byte for byte, in a fraction of the time (a save is mostly
/// encoding, and issue #20 asks a 1 MB workshop to save in 15 ms).
///
/// Values are written straight into one buffer as they are encoded, with no tree in between: an
/// object's members land in the order its `encode(to:)` gives them, and when the object is done
/// its stretch of the buffer is rewritten with the members sorted by key.
///
/// It writes what workshop files hold: objects, lists, strings, integers, booleans, null.
/// Anything else throws `Unsupported` and `DocumentCodec` lets Foundation write the document
/// instead, so the bytes are Foundation's either way: what Foundation formats its own way
/// (floating point numbers, Date, Data, URL, Decimal), nested containers and super encoders
/// (which would interleave with the stream; no Rollkarta type asks for them), a key written
/// twice, a value that writes nothing. Tests compare the two on every example and generated shape.
enum DocumentEncoder {
    struct Unsupported: Error {}

    static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let output = Output()
        let root = StreamEncoder(output: output, parent: nil, key: nil, indent: 0)
        try root.write(value)
        if output.state.pointee.unsupported { throw Unsupported() }
        return output.state.pointee.bytes
    }
}

/// The buffer all encoders of one document write into. Its state lies behind a pointer: a class's
/// stored properties are checked for exclusive access at run time on every change, which cost
/// an eighth of the encoding when every byte appended was one.
private final class Output {
    let state: UnsafeMutablePointer<OutputState>

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: OutputState())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }
}

private struct OutputState {
    var bytes: [UInt8] = []
    /// The members of the objects being written, innermost object's last: each member's key and
    /// where its value lies in `bytes`.
    var members: [(key: String, start: Int, end: Int)] = []
    /// Where a finished object is put together in key order before it replaces its stretch.
    var scratch: [UInt8] = []
    /// Set where throwing is not possible (a container was asked for that the stream cannot give).
    var unsupported = false

    init() {
        bytes.reserveCapacity(1 << 16)
    }
}

private final class StreamEncoder: Encoder, ChainedCoder {
    enum State {
        case empty
        case single
        /// Where the object's stretch of the buffer starts, and where its members start on
        /// the shared member stack (objects nest, so their members stack).
        case object(start: Int, firstMember: Int)
        case array(count: Int)
    }

    let output: Output
    let parent: StreamEncoder?
    let key: (any CodingKey)?
    /// Spaces before this value's closing bracket; its members and elements get two more.
    let indent: Int
    var state = State.empty

    init(output: Output, parent: StreamEncoder?, key: (any CodingKey)?, indent: Int) {
        self.output = output
        self.parent = parent
        self.key = key
        self.indent = indent
    }

    var codingPath: [any CodingKey] { chainedPath }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        switch state {
        case .object:
            return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
        case .empty:
            state = .object(start: output.state.pointee.bytes.count, firstMember: output.state.pointee.members.count)
            return KeyedEncodingContainer(KeyedContainer<Key>(encoder: self))
        case .single, .array:
            return KeyedEncodingContainer(KeyedContainer<Key>(encoder: detached()))
        }
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        switch state {
        case .array:
            return UnkeyedContainer(encoder: self)
        case .empty:
            output.state.pointee.bytes.append(UInt8(ascii: "["))
            state = .array(count: 0)
            return UnkeyedContainer(encoder: self)
        case .single, .object:
            return UnkeyedContainer(encoder: detached())
        }
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(encoder: self)
    }

    /// An encoder writing into a buffer of its own, for what the stream cannot take; the
    /// document is then left to Foundation.
    func detached() -> StreamEncoder {
        output.state.pointee.unsupported = true
        return StreamEncoder(output: Output(), parent: self, key: nil, indent: indent)
    }

    /// Writes a value at the end of the buffer: strings, integers and booleans directly,
    /// anything else through its own `encode(to:)`, finished before this returns.
    func write<Value: Encodable>(_ value: Value, key: (any CodingKey)? = nil, indent: Int? = nil) throws {
        // Comparing types and reinterpreting costs far less than a dynamic cast, and this runs
        // for every value in the file.
        if Value.self == String.self { return output.state.pointee.writeString(unsafeBitCast(value, to: String.self)) }
        if Value.self == Int.self { return output.state.pointee.writeInteger(Int64(unsafeBitCast(value, to: Int.self))) }
        if Value.self == Bool.self { return output.state.pointee.writeBool(unsafeBitCast(value, to: Bool.self)) }
        if isForeignFormatted(Value.self) { throw DocumentEncoder.Unsupported() }
        let child = StreamEncoder(output: output, parent: self, key: key, indent: indent ?? self.indent)
        try value.encode(to: child)
        try child.finish()
    }

    /// Closes the value: a list gets its closing bracket, an object is rewritten in key order.
    func finish() throws {
        switch state {
        case .empty:
            throw DocumentEncoder.Unsupported()
        case .single:
            break
        case .array(let count):
            output.state.pointee.bytes.append(UInt8(ascii: "\n"))
            if count == 0 { output.state.pointee.bytes.append(UInt8(ascii: "\n")) }
            output.state.pointee.writeSpaces(indent)
            output.state.pointee.bytes.append(UInt8(ascii: "]"))
        case .object(let start, let firstMember):
            try output.state.pointee.sortObject(start: start, firstMember: firstMember, indent: indent)
        }
    }
}

/// Types Foundation's encoder and decoder write and read in their own way, not by their
/// `Codable` conformance, and floating point numbers, which it formats its own way: left to
/// Foundation.
func isForeignFormatted(_ type: Any.Type) -> Bool {
    type == Double.self || type == Float.self || type == Date.self || type == Data.self || type == URL.self
        || type == Decimal.self
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StreamEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    /// Writes one member's value after the others; `sortObject` puts it in its place.
    private func add(_ key: Key, _ write: (inout OutputState) -> Void) {
        let state = encoder.output.state
        let start = state.pointee.bytes.count
        write(&state.pointee)
        state.pointee.members.append((key.stringValue, start, state.pointee.bytes.count))
    }

    mutating func encodeNil(forKey key: Key) throws { add(key) { $0.append("null") } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(key) { $0.writeBool(value) } }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key) { $0.writeString(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key) { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(key) { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(key) { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(key) { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(key) { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(key) { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(key) { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(key) { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(key) { $0.writeUnsigned(value) } }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        let state = encoder.output.state
        let start = state.pointee.bytes.count
        try encoder.write(value, key: key, indent: encoder.indent + 2)
        state.pointee.members.append((key.stringValue, start, state.pointee.bytes.count))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.detached().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.detached().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder.detached() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.detached() }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: StreamEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int {
        guard case .array(let count) = encoder.state else { return 0 }
        return count
    }

    /// A separator, a new line and the element's indentation, then the element.
    private func add(_ write: (inout OutputState) -> Void) {
        separate()
        write(&encoder.output.state.pointee)
    }

    private func separate() {
        let state = encoder.output.state
        if count > 0 { state.pointee.bytes.append(UInt8(ascii: ",")) }
        state.pointee.bytes.append(UInt8(ascii: "\n"))
        state.pointee.writeSpaces(encoder.indent + 2)
        encoder.state = .array(count: count + 1)
    }

    mutating func encodeNil() throws { add { $0.append("null") } }
    mutating func encode(_ value: Bool) throws { add { $0.writeBool(value) } }
    mutating func encode(_ value: String) throws { add { $0.writeString(value) } }
    mutating func encode(_ value: Double) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Float) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Int) throws { add { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int8) throws { add { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int16) throws { add { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int32) throws { add { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int64) throws { add { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { add { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt8) throws { add { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt16) throws { add { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt32) throws { add { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt64) throws { add { $0.writeUnsigned(value) } }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        let key = ListIndexKey(count)
        separate()
        try encoder.write(value, key: key, indent: encoder.indent + 2)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.detached().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.detached().unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder.detached() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: StreamEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    /// A single value is set once; a second one is left to Foundation (which refuses it).
    private func set(_ write: (inout OutputState) -> Void) throws {
        guard case .empty = encoder.state else { throw DocumentEncoder.Unsupported() }
        encoder.state = .single
        write(&encoder.output.state.pointee)
    }

    mutating func encodeNil() throws { try set { $0.append("null") } }
    mutating func encode(_ value: Bool) throws { try set { $0.writeBool(value) } }
    mutating func encode(_ value: String) throws { try set { $0.writeString(value) } }
    mutating func encode(_ value: Double) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Float) throws { throw DocumentEncoder.Unsupported() }
    mutating func encode(_ value: Int) throws { try set { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int8) throws { try set { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int16) throws { try set { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int32) throws { try set { $0.writeInteger(Int64(value)) } }
    mutating func encode(_ value: Int64) throws { try set { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { try set { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt8) throws { try set { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt16) throws { try set { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt32) throws { try set { $0.writeUnsigned(UInt64(value)) } }
    mutating func encode(_ value: UInt64) throws { try set { $0.writeUnsigned(value) } }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        guard case .empty = encoder.state else { throw DocumentEncoder.Unsupported() }
        if isForeignFormatted(Value.self) { throw DocumentEncoder.Unsupported() }
        if Value.self == String.self || Value.self == Int.self || Value.self == Bool.self {
            encoder.state = .single
            try encoder.write(value)
        } else {
            // The value encodes into this same encoder, as Foundation's does; whoever made the
            // encoder finishes it.
            try value.encode(to: encoder)
        }
    }
}

/// Foundation's pretty printing: two spaces per level, `"key" : value`, members sorted by the
/// UTF-8 bytes of their keys, an empty object or list as an open and a close line with an
/// empty line between.
extension OutputState {
    mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func writeBool(_ value: Bool) { append(value ? "true" : "false") }

    mutating func writeSpaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    mutating func writeInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        writeUnsigned(value.magnitude)
    }

    mutating func writeUnsigned(_ magnitude: UInt64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
        var count = 0
        var rest = magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// Quotes and escapes as Foundation does: `"` and `\`, the short escapes for backspace,
    /// form feed, newline, carriage return and tab, `\u00xx` (lower-case hex) for the other
    /// control characters; everything else, `/` included, as it is.
    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Replaces the object's stretch of the buffer (its members' values, in the order they came)
    /// with the object as written: braces, and each member's key and value in key order.
    mutating func sortObject(start: Int, firstMember: Int, indent: Int) throws {
        // Sorted and trimmed in place (through a slice, the members were copied each time).
        members.withUnsafeMutableBufferPointer { stack in
            var object = UnsafeMutableBufferPointer(rebasing: stack[firstMember...])
            object.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        }
        // Written into the scratch buffer (swapped in as `bytes`) while the values are read from
        // the document's buffer (swapped out as `scratch`): no copy of either.
        swap(&bytes, &scratch)
        bytes.removeAll(keepingCapacity: true)
        append("{\n")
        for index in firstMember..<members.count {
            let member = members[index]
            // Sorting brings a key written twice together; Foundation would keep one of them.
            if index > firstMember, members[index - 1].key == member.key { throw DocumentEncoder.Unsupported() }
            writeSpaces(indent + 2)
            writeString(member.key)
            append(" : ")
            scratch.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[member.start..<member.end])) }
            if index < members.count - 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\n"))
        }
        if members.count == firstMember { bytes.append(UInt8(ascii: "\n")) }
        writeSpaces(indent)
        bytes.append(UInt8(ascii: "}"))
        members.removeLast(members.count - firstMember)
        // The object now sits in `bytes`; put it back in place of its members' values.
        swap(&bytes, &scratch)
        bytes.removeLast(bytes.count - start)
        bytes.append(contentsOf: scratch)
    }
}
