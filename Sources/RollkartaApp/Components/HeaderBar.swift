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
        guard area.width > 0, area.height > 0 else { return }
        if let banner {
            buffer.fill(area, style: .banner)
            buffer.put(" " + TextWidth.truncate(banner, to: area.width - 2), x: area.x, y: area.y, style: .banner,
                       limit: area.width)
            return
        }
        buffer.fill(area, style: .header)
        let rightWidth = min(TextWidth.of(right), area.width / 2)
        buffer.put(TextWidth.truncate(left, to: area.width - rightWidth - 1), x: area.x, y: area.y, style: .header)
        let shown: String
        if TextWidth.of(right) <= rightWidth {
            shown = right
        } else if keep == .end {
            // The end that fits in the cells after " …", measured in cells: wide characters
            // take two, and a width too small for the mark gives nothing rather than a crash.
            var start = right.endIndex
            var room = rightWidth - 2
            while start > right.startIndex {
                let before = right.index(before: start)
                let width = TextWidth.of(right[before])
                if width > room { break }
                room -= width
                start = before
            }
            shown = rightWidth >= 2 ? " …" + right[start...] : ""
        } else {
            shown = TextWidth.truncate(right, to: rightWidth)
        }
        buffer.put(shown, x: area.maxX - TextWidth.of(shown), y: area.y, style: .header)
    }
}
