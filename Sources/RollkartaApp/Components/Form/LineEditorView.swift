/// A one-line editor as text to draw (the search prompt, the verification walk's comment):
/// the cursor shown as a bar where it is, and a text longer than the room scrolled so that
/// the cursor stays in view, the cut marked with "…".
enum LineEditorView {
    static let cursor = "▏"

    static func visibleText(_ field: TextField, width: Int) -> String {
        let room = max(2, width - TextWidth.of(cursor))
        let flat = field.characters.map { $0 == "\n" ? " " : $0 }
        var before = String(flat.prefix(field.cursor))
        var after = String(flat.dropFirst(field.cursor))
        if TextWidth.of(before) > room - 1 {
            while TextWidth.of(before) > room - 2 { before.removeFirst() }
            before = "…" + before
        }
        let left = room - TextWidth.of(before)
        if TextWidth.of(after) > left { after = TextWidth.truncate(after, to: left) }
        return before + cursor + after
    }
}
