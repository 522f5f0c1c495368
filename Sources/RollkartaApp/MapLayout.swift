/// Where the parts of the map screen go for a terminal size. Shared by `update`
/// (to keep the selection in view) and the views (to draw), so the two always agree.
public struct MapLayout: Sendable, Equatable {
    public var header: Rect
    public var tabs: Rect
    public var grid: Rect
    public var panel: Rect
    public var status: Rect
    public var labelWidth: Int
    public var columnWidth: Int
    public var visibleColumns: Int
    /// Rows of the grid below its two heading lines.
    public var visibleRows: Int

    public static let stepHeadingRows = 2
    static let maximumPanelRows = 12

    public init(width: Int, height: Int, rowCount: Int, stepCount: Int) {
        let screen = Rect(x: 0, y: 0, width: width, height: height)
        let (header, afterHeader) = screen.splitTop(1)
        let (tabs, afterTabs) = afterHeader.splitTop(1)
        let (body, status) = afterTabs.splitBottom(1)
        let spare = body.height - (Self.stepHeadingRows + rowCount)
        let (grid, panel) = body.splitBottom(spare >= 1 ? min(spare, Self.maximumPanelRows) : 0)
        self.header = header
        self.tabs = tabs
        self.grid = grid
        self.panel = panel
        self.status = status
        labelWidth = width >= 120 ? 36 : 26
        let room = max(1, width - labelWidth)
        columnWidth = max(14, room / max(1, stepCount))
        visibleColumns = max(1, min(stepCount, room / columnWidth))
        visibleRows = max(1, grid.height - Self.stepHeadingRows)
    }
}
