import Foundation

/// What every decoder of one document shares. A class read through `let` properties only, so
/// no access is checked at run time.
final class TapeSource: @unchecked Sendable {
    /// Holds the memory `entries` points into.
    let tape: JSONTape
    let entries: UnsafeMutableBufferPointer<JSONTape.Entry>
    let bytes: UnsafeBufferPointer<UInt8>

    init(tape: JSONTape, bytes: UnsafeBufferPointer<UInt8>) {
        self.tape = tape
        entries = tape.entries
        self.bytes = bytes
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
