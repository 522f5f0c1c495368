/// A short, stable fingerprint of some bytes (64-bit FNV-1a). It tells "changed" from
/// "unchanged"; it is not a defence against someone forging a match.
public enum ContentHash {
    public static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The hash of a text's UTF-8, as 16 hex digits: what files store.
    public static func hex(_ text: String) -> String {
        hex(of(text.utf8))
    }

    /// The same as `hex(fields.joined(separator: "\u{1F}"))`, without building the joined text.
    public static func hex(fields: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, field) in fields.enumerated() {
            if index > 0 {
                hash ^= 0x1F
                hash = hash &* 0x100_0000_01b3
            }
            for byte in field.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return hex(hash)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
