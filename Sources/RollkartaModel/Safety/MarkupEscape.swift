/// Text into HTML or XML, the one escape every markup writer uses: `& < > " '` as entities
/// (safe in text and in attributes quoted either way), control characters and bidi overrides
/// left out as `DisplayText.sanitized` leaves them out, and (for XML 1.0, which cannot hold
/// them) no other scalar below U+0020.
public enum MarkupEscape {
    /// `keepNewlines`: a cell of a spreadsheet keeps its line breaks and tabs; a line of a
    /// page does not.
    public static func escape(_ text: String, keepNewlines: Bool = false) -> String {
        var result = ""
        for scalar in DisplayText.sanitized(text, keepNewlines: keepNewlines).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n", "\t": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
