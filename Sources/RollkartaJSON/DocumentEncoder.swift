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
public enum DocumentEncoder {
    public struct Unsupported: Error {}

    public static func encode<Value: Encodable>(_ value: Value) throws -> [UInt8] {
        let output = DocumentOutput()
        let root = StreamEncoder(output: output, parent: nil, key: nil, indent: 0)
        try root.write(value)
        if output.state.pointee.unsupported { throw Unsupported() }
        return output.state.pointee.bytes
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

    let output: DocumentOutput
    let parent: StreamEncoder?
    let key: (any CodingKey)?
    /// Spaces before this value's closing bracket; its members and elements get two more.
    let indent: Int
    var state = State.empty

    init(output: DocumentOutput, parent: StreamEncoder?, key: (any CodingKey)?, indent: Int) {
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
        return StreamEncoder(output: DocumentOutput(), parent: self, key: nil, indent: indent)
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
    private func add(_ key: Key, _ write: (inout DocumentBuffer) -> Void) {
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
    private func add(_ write: (inout DocumentBuffer) -> Void) {
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
    private func set(_ write: (inout DocumentBuffer) -> Void) throws {
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
