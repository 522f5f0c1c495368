/// Where the parts of the map go in the screen's area. Shared by update (to keep the
/// selection in view) and render (to draw), so the two always agree.
public struct MapLayout: Sendable, Equatable {
    public var grid: Rect
    /// The start of the selected cell's detail, under the grid where there is room.
    public var panel: Rect
    public var labelWidth: Int
    public var columnWidth: Int
    public var visibleColumns: Int
    /// Rows of the grid below its two heading lines.
    public var visibleRows: Int

    public static let stepHeadingRows = 2
    static let maximumPanelRows = 12

    /// `whole`: every step of the journey on screen at once (narrow columns, the roles' labels
    /// short, the actors cut), for the room to see the whole journey on a projector.
    public init(_ area: Rect, rowCount: Int, stepCount: Int, whole: Bool = false) {
        let spare = area.height - (Self.stepHeadingRows + rowCount)
        let parts = area.rows([.fill, .length(spare >= 1 ? min(spare, Self.maximumPanelRows) : 0)])
        grid = parts[0]
        panel = parts[1]
        labelWidth = whole ? (area.width >= 120 ? 24 : 14) : (area.width >= 120 ? 36 : 26)
        let room = max(1, area.width - labelWidth)
        columnWidth = max(whole ? 5 : 14, room / max(1, stepCount))
        visibleColumns = max(1, min(stepCount, room / columnWidth))
        visibleRows = max(1, grid.height - Self.stepHeadingRows)
    }
}
