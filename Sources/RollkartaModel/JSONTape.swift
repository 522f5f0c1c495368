/// The values of a JSON document in the order they appear, one fixed-size entry each, so that
/// `DocumentDecoder` can find an object's members and a list's elements without parsing twice.
///
/// Built for speed, not for judging: it refuses what it does not understand (`nil`), and the
/// loader then lets Foundation decode and `JSONScanner` say exactly what is wrong and where.
struct JSONTape {
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

    private(set) var entries: [Entry] = []

    /// Far deeper than any Rollkarta file, far shallower than any stack limit (as `JSONScanner`).
    static let maxDepth = 64

    /// The tape of `bytes`, or nil when they are not one JSON value this reader takes on (the
    /// strict scanner and Foundation then judge them). Offsets must fit in 32 bits.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count < Int(UInt32.max) - 1 else { return nil }
        entries.reserveCapacity(bytes.count / 16)
        var reader = Reader(bytes: bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { reader.position = 3 }
        guard reader.value(into: &entries, depth: 0) else { return nil }
        reader.skipWhitespace()
        guard reader.position == bytes.count else { return nil }
    }

    /// The entry after the value at `index` and all it holds.
    func next(after index: Int) -> Int {
        let entry = entries[index]
        switch entry.kind {
        case .object, .array: return Int(entry.end)
        default: return index + 1
        }
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

        mutating func value(into entries: inout [Entry], depth: Int) -> Bool {
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
                position += 1
                while position < bytes.count {
                    switch bytes[position] {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                         UInt8(ascii: "+"), UInt8(ascii: "-"):
                        position += 1
                        continue
                    default: break
                    }
                    break
                }
                entries.append(Entry(start: start, end: UInt32(position), info: Kind.number.rawValue << 29))
                return true
            default:
                return false
            }
        }

        /// A string from its opening quote; control characters are left to the strict scanner.
        mutating func string(into entries: inout [Entry]) -> Bool {
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

        mutating func literal(_ word: StaticString, _ kind: Kind, into entries: inout [Entry]) -> Bool {
            let length = word.utf8CodeUnitCount
            guard position + length <= bytes.count,
                  memcmp(bytes.baseAddress! + position, word.utf8Start, length) == 0 else { return false }
            entries.append(Entry(start: UInt32(position), end: UInt32(position + length), info: kind.rawValue << 29))
            position += length
            return true
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
