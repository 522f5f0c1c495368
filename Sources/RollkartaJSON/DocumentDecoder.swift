import Foundation

/// Reads a document from a `JSONTape`, several times faster than Foundation's `JSONDecoder`
/// (which builds a dictionary for every object it reads; loading was mostly that).
///
/// It reads only what it is sure of, exactly as Foundation would: objects, lists, strings,
/// integers written as integers, booleans, null. Anything else, and every mismatch between the
/// file and the type (a missing key, a wrong type, a value a type refuses), throws, and the
/// loader then decodes with Foundation, which gives the value or the error it always gave. So
/// the fast path changes how quickly a good file loads, never what any file loads as or what
/// a bad one is told. Tests compare the two on every example and shape.
public enum DocumentDecoder {
    public struct Unsupported: Error {}

    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeBufferPointer<UInt8>) throws -> Value {
        guard let tape = JSONTape(bytes) else { throw Unsupported() }
        let source = TapeSource(tape: tape, bytes: bytes)
        return try TapeDecoder(source: source, index: 0, parent: nil, key: nil).read(type)
    }
}

final class TapeDecoder: Decoder, ChainedCoder, @unchecked Sendable {
    let source: TapeSource
    let index: Int
    let parent: TapeDecoder?
    let key: (any CodingKey)?

    init(source: TapeSource, index: Int, parent: TapeDecoder?, key: (any CodingKey)?) {
        self.source = source
        self.index = index
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] { chainedPath }

    /// No Rollkarta type reads anything from it.
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard source.entries[index].kind == .object else { throw DocumentDecoder.Unsupported() }
        return KeyedDecodingContainer(KeyedContainer<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard source.entries[index].kind == .array else { throw DocumentDecoder.Unsupported() }
        return UnkeyedContainer(decoder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleContainer(decoder: self)
    }

    /// The value at `index` (under `key`) as `Value`: strings, integers and booleans directly,
    /// anything else through its own `init(from:)`.
    func read<Value: Decodable>(_ type: Value.Type, at index: Int? = nil, key: (any CodingKey)? = nil) throws -> Value {
        let index = index ?? self.index
        // Comparing types and reinterpreting costs far less than a dynamic cast, and this runs
        // for every value in the file.
        if Value.self == String.self { return unsafeBitCast(try source.string(at: index), to: Value.self) }
        if Value.self == Int.self { return unsafeBitCast(Int(try source.integer(at: index)), to: Value.self) }
        if Value.self == Bool.self { return unsafeBitCast(try source.bool(at: index), to: Value.self) }
        if isForeignFormatted(Value.self) { throw DocumentDecoder.Unsupported() }
        // The document's long lists (gaps, handovers, answers: most of a large file) are shared
        // between the cores.
        if parent == nil, source.worthSplitting(index), let list = Value.self as? any SplitDecodable.Type {
            return try list.decodeInParts(under: self, at: index, key: key) as! Value
        }
        return try Value(from: TapeDecoder(source: source, index: index, parent: self, key: key))
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TapeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        var keys: [Key] = []
        var member = decoder.index + 1
        for _ in 0..<decoder.source.entries[decoder.index].count {
            if let name = try? decoder.source.string(at: member), let key = Key(stringValue: name) { keys.append(key) }
            member = decoder.source.next(after: member + 1)
        }
        return keys
    }

    /// The tape index of the value under `key`, if the object has it.
    private func find(_ key: Key) -> Int? {
        let source = decoder.source
        let name = key.stringValue
        var member = decoder.index + 1
        for _ in 0..<source.entries[decoder.index].count {
            if source.key(at: member, is: name) { return member + 1 }
            member = source.next(after: member + 1)
        }
        return nil
    }

    private func value(_ key: Key) throws -> Int {
        guard let index = find(key) else { throw DocumentDecoder.Unsupported() }
        return index
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        decoder.source.entries[try value(key)].kind == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decoder.source.bool(at: try value(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decoder.source.string(at: try value(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { throw DocumentDecoder.Unsupported() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw DocumentDecoder.Unsupported() }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { Int(try decoder.source.integer(at: try value(key))) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try narrow(try value(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try narrow(try value(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try narrow(try value(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try narrow(try value(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try narrow(try value(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try narrow(try value(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try narrow(try value(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try narrow(try value(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try narrow(try value(key)) }

    private func narrow<Integer: FixedWidthInteger>(_ index: Int) throws -> Integer {
        guard let value = Integer(exactly: try decoder.source.integer(at: index)) else { throw DocumentDecoder.Unsupported() }
        return value
    }

    func decode<Value: Decodable>(_ type: Value.Type, forKey key: Key) throws -> Value {
        try decoder.read(type, at: try value(key), key: key)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TapeDecoder(source: decoder.source, index: try value(key), parent: decoder, key: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TapeDecoder(source: decoder.source, index: try value(key), parent: decoder, key: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { throw DocumentDecoder.Unsupported() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw DocumentDecoder.Unsupported() }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: TapeDecoder
    /// The tape index of the next element.
    private var position: Int
    private(set) var currentIndex = 0

    init(decoder: TapeDecoder) {
        self.decoder = decoder
        position = decoder.index + 1
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { decoder.source.entries[decoder.index].count }
    var isAtEnd: Bool { currentIndex >= decoder.source.entries[decoder.index].count }

    /// The next element's tape index, moving past it.
    private mutating func advance() throws -> Int {
        guard !isAtEnd else { throw DocumentDecoder.Unsupported() }
        let element = position
        position = decoder.source.next(after: element)
        currentIndex += 1
        return element
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.source.entries[position].kind == .null else { return false }
        _ = try advance()
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try decoder.source.bool(at: try advance()) }
    mutating func decode(_ type: String.Type) throws -> String { try decoder.source.string(at: try advance()) }
    mutating func decode(_ type: Double.Type) throws -> Double { throw DocumentDecoder.Unsupported() }
    mutating func decode(_ type: Float.Type) throws -> Float { throw DocumentDecoder.Unsupported() }
    mutating func decode(_ type: Int.Type) throws -> Int { Int(try decoder.source.integer(at: try advance())) }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try narrow() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try narrow() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try narrow() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try narrow() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try narrow() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow() }

    private mutating func narrow<Integer: FixedWidthInteger>() throws -> Integer {
        guard let value = Integer(exactly: try decoder.source.integer(at: try advance())) else {
            throw DocumentDecoder.Unsupported()
        }
        return value
    }

    mutating func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        let key = ListIndexKey(currentIndex)
        return try decoder.read(type, at: try advance(), key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let key = ListIndexKey(currentIndex)
        return try TapeDecoder(source: decoder.source, index: try advance(), parent: decoder, key: key).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let key = ListIndexKey(currentIndex)
        return try TapeDecoder(source: decoder.source, index: try advance(), parent: decoder, key: key).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { throw DocumentDecoder.Unsupported() }
}

private struct SingleContainer: SingleValueDecodingContainer {
    let decoder: TapeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { decoder.source.entries[decoder.index].kind == .null }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.source.bool(at: decoder.index) }
    func decode(_ type: String.Type) throws -> String { try decoder.source.string(at: decoder.index) }
    func decode(_ type: Double.Type) throws -> Double { throw DocumentDecoder.Unsupported() }
    func decode(_ type: Float.Type) throws -> Float { throw DocumentDecoder.Unsupported() }
    func decode(_ type: Int.Type) throws -> Int { Int(try decoder.source.integer(at: decoder.index)) }
    func decode(_ type: Int8.Type) throws -> Int8 { try narrow() }
    func decode(_ type: Int16.Type) throws -> Int16 { try narrow() }
    func decode(_ type: Int32.Type) throws -> Int32 { try narrow() }
    func decode(_ type: Int64.Type) throws -> Int64 { try narrow() }
    func decode(_ type: UInt.Type) throws -> UInt { try narrow() }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow() }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow() }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow() }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try narrow() }

    private func narrow<Integer: FixedWidthInteger>() throws -> Integer {
        guard let value = Integer(exactly: try decoder.source.integer(at: decoder.index)) else {
            throw DocumentDecoder.Unsupported()
        }
        return value
    }

    func decode<Value: Decodable>(_ type: Value.Type) throws -> Value {
        // The value reads from this same decoder, as Foundation's does.
        if Value.self == String.self || Value.self == Int.self || Value.self == Bool.self || isForeignFormatted(Value.self) {
            return try decoder.read(type)
        }
        return try Value(from: decoder)
    }
}
