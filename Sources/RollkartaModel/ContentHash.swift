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
        let value = String(of(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - value.count) + value
    }
}
