/// The values of a JSON document in the order they appear, one fixed-size entry each, so that
/// `DocumentDecoder` can find an object's members and a list's elements without parsing twice.
///
/// Built for speed, not for judging: it refuses what it does not understand (`nil`), and the
/// loader then lets Foundation decode and `JSONScanner` say exactly what is wrong and where.
final class JSONTape {
    enum Kind: UInt32 {
        case object, array, string, number, `true`, `false`, null
    }

    /// 12 bytes a value. `start`/`end`: a string's content between its quotes, a number's digits;
    /// for an object or list, `end` is the index of the entry after its last descendant.
    /// `info`: the kind in the top 3 bits, "has escapes" (strings) in the next, the count of
    /// members or elements in the rest.
    struct Entry {
        var start: UInt32
        var end: UInt32
        var info: UInt32

        var kind: Kind { Kind(rawValue: info >> 29)! }
        var hasEscapes: Bool { info & (1 << 28) != 0 }
        var count: Int { Int(info & 0x0FFF_FFFF) }
    }

    /// The entries, in memory of the tape's own (an array would copy itself as it grows and
    /// again when handed on: a large file's peak memory counted each copy).
    private(set) var entries: UnsafeMutableBufferPointer<Entry>

    /// Far deeper than any Rollkarta file, far shallower than any stack limit (as `JSONScanner`).
    static let maxDepth = 64

    /// The tape of `bytes`, or nil when they are not one JSON value this reader takes on (the
    /// strict scanner and Foundation then judge them). Offsets must fit in 32 bits.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        entries = UnsafeMutableBufferPointer(start: nil, count: 0)
        guard bytes.count < Int(UInt32.max) - 1 else { return nil }
        // Workshop files hold a value per 15 bytes or so; more grows the buffer.
        var buffer = EntryBuffer(capacity: bytes.count / 12 + 16)
        var reader = Reader(bytes: bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { reader.position = 3 }
        let read = reader.value(into: &buffer, depth: 0)
        reader.skipWhitespace()
        entries = buffer.finish()
        guard read, reader.position == bytes.count else { return nil }
    }

    deinit {
        free(entries.baseAddress)
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x0A, 0x0D, 0x09: position += 1
                default: return
                }
            }
        }

        mutating func value(into entries: inout EntryBuffer, depth: Int) -> Bool {
            skipWhitespace()
            guard position < bytes.count, depth <= JSONTape.maxDepth else { return false }
            let start = UInt32(position)
            switch bytes[position] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = bytes[position] == UInt8(ascii: "{")
                let closing = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                let index = entries.count
                entries.append(Entry(start: start, end: 0, info: 0))
                position += 1
                skipWhitespace()
                var count: UInt32 = 0
                if position < bytes.count, bytes[position] == closing {
                    position += 1
                } else {
                    while true {
                        if isObject {
                            skipWhitespace()
                            guard position < bytes.count, bytes[position] == UInt8(ascii: "\""),
                                  string(into: &entries) else { return false }
                            skipWhitespace()
                            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return false }
                            position += 1
                        }
                        guard value(into: &entries, depth: depth + 1) else { return false }
                        count += 1
                        skipWhitespace()
                        guard position < bytes.count, count < 0x0FFF_FFFF else { return false }
                        if bytes[position] == UInt8(ascii: ",") {
                            position += 1
                            continue
                        }
                        guard bytes[position] == closing else { return false }
                        position += 1
                        break
                    }
                }
                let kind = isObject ? Kind.object : Kind.array
                entries[index] = Entry(start: start, end: UInt32(entries.count), info: kind.rawValue << 29 | count)
                return true
            case UInt8(ascii: "\""):
                return string(into: &entries)
            case UInt8(ascii: "t"): return literal("true", .true, into: &entries)
            case UInt8(ascii: "f"): return literal("false", .false, into: &entries)
            case UInt8(ascii: "n"): return literal("null", .null, into: &entries)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                // Every character a number may hold; whether they make one is the integer reader's
                // question (and the strict scanner's).
                position += 1
                while position < bytes.count, Self.isNumberCharacter(bytes[position]) { position += 1 }
                entries.append(Entry(start: start, end: UInt32(position), info: Kind.number.rawValue << 29))
                return true
            default:
                return false
            }
        }

        static func isNumberCharacter(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                 UInt8(ascii: "+"), UInt8(ascii: "-"):
                return true
            default:
                return false
            }
        }

        /// A string from its opening quote; control characters are left to the strict scanner.
        mutating func string(into entries: inout EntryBuffer) -> Bool {
            position += 1
            let start = position
            var escapes: UInt32 = 0
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    entries.append(Entry(start: UInt32(start), end: UInt32(position),
                                         info: Kind.string.rawValue << 29 | escapes))
                    position += 1
                    return true
                }
                if byte == UInt8(ascii: "\\") {
                    escapes = 1 << 28
                    position += 1  // the escaped character cannot end the string
                } else if byte < 0x20 {
                    return false
                }
                position += 1
            }
            return false
        }

        mutating func literal(_ word: StaticString, _ kind: Kind, into entries: inout EntryBuffer) -> Bool {
            let length = word.utf8CodeUnitCount
            guard position + length <= bytes.count,
                  memcmp(bytes.baseAddress! + position, word.utf8Start, length) == 0 else { return false }
            entries.append(Entry(start: UInt32(position), end: UInt32(position + length), info: kind.rawValue << 29))
            position += length
            return true
        }
    }
}

/// A growing run of entries in malloc'd memory: `finish` hands it over, trimmed to its length.
private struct EntryBuffer {
    private var base: UnsafeMutablePointer<JSONTape.Entry>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = malloc(capacity * MemoryLayout<JSONTape.Entry>.stride)!.assumingMemoryBound(to: JSONTape.Entry.self)
    }

    mutating func append(_ entry: JSONTape.Entry) {
        if count == capacity {
            capacity *= 2
            base = realloc(base, capacity * MemoryLayout<JSONTape.Entry>.stride)!.assumingMemoryBound(to: JSONTape.Entry.self)
        }
        base[count] = entry
        count += 1
    }

    subscript(index: Int) -> JSONTape.Entry {
        get { base[index] }
        set { base[index] = newValue }
    }

    func finish() -> UnsafeMutableBufferPointer<JSONTape.Entry> {
        let trimmed = realloc(base, Swift.max(count, 1) * MemoryLayout<JSONTape.Entry>.stride)!
        return UnsafeMutableBufferPointer(start: trimmed.assumingMemoryBound(to: JSONTape.Entry.self), count: count)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
