/// The top line: what is open on the left, its state on the right; or, when something must
/// not be missed, a banner in words across the whole line.
enum HeaderBar {
    /// Which end of the right-hand text survives on a narrow terminal: a file's name is at
    /// its end, an organisation's at its start.
    enum Keep {
        case start, end
    }

    static func draw(left: String, right: String, keep: Keep, banner: String? = nil, in area: Rect,
                     into buffer: inout CellBuffer) {
        if let banner {
            buffer.fill(area, style: .failing)
            buffer.put(" " + TextWidth.truncate(banner, to: area.width - 2), x: area.x, y: area.y, style: .failing)
            return
        }
        buffer.fill(area, style: .header)
        let rightWidth = min(TextWidth.of(right), area.width / 2)
        buffer.put(TextWidth.truncate(left, to: area.width - rightWidth - 1), x: area.x, y: area.y, style: .header)
        let shown: String
        if TextWidth.of(right) <= rightWidth {
            shown = right
        } else if keep == .end {
            shown = " …" + String(right.suffix(rightWidth - 2))
        } else {
            shown = TextWidth.truncate(right, to: rightWidth)
        }
        buffer.put(shown, x: area.maxX - TextWidth.of(shown), y: area.y, style: .header)
    }
}
