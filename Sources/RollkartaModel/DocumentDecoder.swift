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
enum DocumentDecoder {
    struct Unsupported: Error {}

    static func decode<Value: Decodable>(_ type: Value.Type, from bytes: UnsafeBufferPointer<UInt8>,
                                         userInfo: [CodingUserInfoKey: Any] = [:]) throws -> Value {
        guard let tape = JSONTape(bytes) else { throw Unsupported() }
        let source = TapeSource(tape: tape, bytes: bytes, userInfo: userInfo)
        return try TapeDecoder(source: source, index: 0, parent: nil, key: nil).read(type)
    }
}

/// What every decoder of one document shares. A class read through `let` properties only, so
/// no access is checked at run time.
private final class TapeSource: @unchecked Sendable {
    let tape: JSONTape
    let entries: UnsafeMutableBufferPointer<JSONTape.Entry>
    let bytes: UnsafeBufferPointer<UInt8>
    let userInfo: [CodingUserInfoKey: Any]

    init(tape: JSONTape, bytes: UnsafeBufferPointer<UInt8>, userInfo: [CodingUserInfoKey: Any]) {
        self.tape = tape
        entries = tape.entries
        self.bytes = bytes
        self.userInfo = userInfo
    }

    /// A list long enough that decoding it in parts on several cores pays for the threads.
    func worthSplitting(_ index: Int) -> Bool {
        let entry = entries[index]
        guard entry.kind == .array, entry.count >= 64 else { return false }
        let end = Int(entry.end) < entries.count ? Int(entries[Int(entry.end)].start) : bytes.count
        return end - Int(entry.start) >= 256 * 1024
    }

    func next(after index: Int) -> Int {
        let entry = entries[index]
        return entry.kind == .object || entry.kind == .array ? Int(entry.end) : index + 1
    }

    func string(at index: Int) throws -> String {
        let entry = entries[index]
        guard entry.kind == .string else { throw DocumentDecoder.Unsupported() }
        let content = UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.end)])
        if !entry.hasEscapes { return String(decoding: content, as: UTF8.self) }
        return try Self.unescape(content)
    }

    /// A string's content with its escapes resolved; a lone surrogate is left to Foundation.
    static func unescape(_ content: UnsafeBufferPointer<UInt8>) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var index = 0
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= content.count else { throw DocumentDecoder.Unsupported() }
            var value: UInt32 = 0
            for byte in content[at..<(at + 4)] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw DocumentDecoder.Unsupported()
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while index < content.count {
            let byte = content[index]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            guard index + 1 < content.count else { throw DocumentDecoder.Unsupported() }
            let escaped = content[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(index)
                index += 4
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 6 <= content.count, content[index] == UInt8(ascii: "\\"),
                          content[index + 1] == UInt8(ascii: "u") else { throw DocumentDecoder.Unsupported() }
                    let low = try hex4(index + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw DocumentDecoder.Unsupported() }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw DocumentDecoder.Unsupported() }
                out.append(contentsOf: UTF8.encode(unicode)!)
            default:
                throw DocumentDecoder.Unsupported()
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// An integer written as one (no fraction, no exponent) that fits; else Foundation decides.
    func integer(at index: Int) throws -> Int64 {
        let entry = entries[index]
        guard entry.kind == .number else { throw DocumentDecoder.Unsupported() }
        var position = Int(entry.start)
        let end = Int(entry.end)
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        guard position < end, end - position <= 18 else { throw DocumentDecoder.Unsupported() }
        if bytes[position] == UInt8(ascii: "0") && end - position > 1 { throw DocumentDecoder.Unsupported() }
        var value: Int64 = 0
        while position < end {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { throw DocumentDecoder.Unsupported() }
            value = value * 10 + Int64(digit)
            position += 1
        }
        return negative ? -value : value
    }

    func bool(at index: Int) throws -> Bool {
        switch entries[index].kind {
        case .true: return true
        case .false: return false
        default: throw DocumentDecoder.Unsupported()
        }
    }

    /// Whether the key at `index` (a string entry) is `name`.
    func key(at index: Int, is name: String) -> Bool {
        let entry = entries[index]
        let length = Int(entry.end - entry.start)
        if entry.hasEscapes { return (try? string(at: index)) == name }
        var name = name
        return name.withUTF8 { utf8 in
            utf8.count == length && memcmp(utf8.baseAddress!, bytes.baseAddress! + Int(entry.start), length) == 0
        }
    }
}

private final class TapeDecoder: Decoder, ChainedCoder, @unchecked Sendable {
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

    var userInfo: [CodingUserInfoKey: Any] { source.userInfo }

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

/// A list decoded in parts, one per core, joined in order.
private protocol SplitDecodable {
    static func decodeInParts(under parent: TapeDecoder, at index: Int, key: (any CodingKey)?) throws -> Self
}

extension Array: SplitDecodable where Element: Decodable {
    fileprivate static func decodeInParts(under parent: TapeDecoder, at index: Int, key: (any CodingKey)?) throws -> [Element] {
        let source = parent.source
        let list = TapeDecoder(source: source, index: index, parent: parent, key: key)
        var starts: [Int] = []
        starts.reserveCapacity(source.entries[index].count)
        var element = index + 1
        for _ in 0..<source.entries[index].count {
            starts.append(element)
            element = source.next(after: element)
        }
        // Parts of about the same number of bytes, not of elements: elements differ in size.
        let partCount = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 4))
        let firstByte = Int(source.entries[starts[0]].start)
        let span = Int(source.entries[index].end) == source.entries.count
            ? source.bytes.count - firstByte
            : Int(source.entries[Int(source.entries[index].end)].start) - firstByte
        var bounds = [0]
        var element2 = 0
        for part in 1..<partCount {
            let target = firstByte + span * part / partCount
            while element2 < starts.count, Int(source.entries[starts[element2]].start) < target { element2 += 1 }
            bounds.append(element2)
        }
        bounds.append(starts.count)
        let results = Parts<[Element]>(count: partCount)
        let (firstElements, elementStarts) = (bounds, starts)
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            let bounds = firstElements, starts = elementStarts
            results.slots[part] = Result {
                var elements: [Element] = []
                elements.reserveCapacity(bounds[part + 1] - bounds[part])
                for position in bounds[part]..<bounds[part + 1] {
                    elements.append(try list.read(Element.self, at: starts[position], key: ListIndexKey(position)))
                }
                return elements
            }
        }
        var joined: [Element] = []
        joined.reserveCapacity(starts.count)
        for result in results.slots { joined += try result!.get() }
        return joined
    }
}

/// One slot per part, each written by one thread only, read after all are done.
private final class Parts<Value>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Result<Value, any Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
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
