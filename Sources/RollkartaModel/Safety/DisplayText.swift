/// Text from files made safe to print to a terminal: no escape sequences, no control
/// characters, no bidirectional overrides that could reorder what the reader sees.
public enum DisplayText {
    public static func sanitized(_ text: String, keepNewlines: Bool = false) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepNewlines && scalar == "\n" {
                result.append(scalar)
            } else if isUnsafe(scalar) {
                // A visible stand-in rather than silent removal, so the reader sees that something was there.
                result.append(scalar == "\t" || scalar == "\n" || scalar == "\r" ? " " : "\u{FFFD}")
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true          // C0, DEL, C1 (CSI is 0x9B)
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidi marks and overrides
        case 0x061C: return true                              // Arabic letter mark
        default: return false
        }
    }
}

extension String {
    /// A text written on several lines, on one: "a / b". For lists, table cells and quotes.
    public func replacingNewlines() -> String {
        guard utf8.contains(UInt8(ascii: "\n")) else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " / ")
    }
}
