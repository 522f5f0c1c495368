import RollkartaModel

/// Draws the whole screen for a state into a fresh buffer.
public enum Screen {
    public static func render(_ state: AppState) -> CellBuffer {
        var buffer = CellBuffer(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallView.draw(state, into: &buffer)
            return buffer
        }
        let layout = mapLayout(state)
        HeaderBar.draw(state, in: layout.header, into: &buffer)
        TabsBar.draw(state, in: layout.tabs, into: &buffer)
        switch state.view {
        case .map:
            if let journey = state.currentJourney {
                let model = state.mapModel(journey)
                MapView.draw(state, model: model, layout: layout, into: &buffer)
                DetailPanel.draw(state, model: model, in: layout.panel, into: &buffer)
            }
        case .roles:
            RolesView.draw(state, into: &buffer)
        case .gaps:
            GapsView.draw(state, into: &buffer)
        case .handovers:
            HandoversView.draw(state, into: &buffer)
        case .verification:
            VerificationView.draw(state, into: &buffer)
        case .summary:
            SummaryView.draw(state, into: &buffer)
        case .conflicts:
            ConflictsView.draw(state, into: &buffer)
        }
        if state.overlay != nil { Overlay.draw(state, into: &buffer) }
        if state.form != nil { FormView.draw(state, into: &buffer) }
        StatusBar.draw(state, in: layout.status, into: &buffer)
        return buffer
    }
}

/// Below 80x24 the map cannot be drawn legibly: say so instead of drawing garbage.
enum TooSmallView {
    static func draw(_ state: AppState, into buffer: inout CellBuffer) {
        let text = UIText.tooSmall(width: state.width, height: state.height).text(state.language)
        let lines = TextWidth.wrap(text, width: max(1, state.width))
        let top = max(0, (state.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (state.width - TextWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + offset, style: .heading)
        }
    }
}

/// Title, file and saved state.
enum HeaderBar {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        // A warning that must not be missed takes the whole header, in words, not just colour.
        let mergeConflicts = state.workshop.conflicts.isEmpty ? nil
            : UIText.conflictsBanner(state.workshop.conflicts.count).text(state.language)
        if let banner = state.diskConflict ? UIText.conflictBanner.text(state.language)
            : state.readOnly.map({ UIText.readOnlyBanner($0).text(state.language) }) ?? mergeConflicts {
            buffer.fill(area, style: .failing)
            buffer.put(" " + TextWidth.truncate(banner, to: area.width - 2), x: area.x, y: area.y, style: .failing)
            return
        }
        buffer.fill(area, style: .header)
        let saved = (state.isDirty ? UIText.unsaved : UIText.saved).text(state.language)
        let right = " \(state.filePath) · [\(saved)] "
        let rightWidth = min(TextWidth.of(right), area.width / 2)
        let left = " \(UIText.appName.text(state.language)) · \(state.workshop.title)"
        buffer.put(TextWidth.truncate(left, to: area.width - rightWidth - 1), x: area.x, y: area.y, style: .header)
        let shownRight = TextWidth.of(right) > rightWidth ? " …" + String(right.suffix(rightWidth - 2)) : right
        buffer.put(shownRight, x: area.maxX - TextWidth.of(shownRight), y: area.y, style: .header)
    }
}

/// The views one can switch to and the journeys; the current one in brackets, so the
/// choice reads without colour.
enum TabsBar {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let views: [(String, UIText, AppState.View)] = [
            ("1", .viewMap, .map), ("2", .viewRoles, .roles), ("3", .viewGaps, .gaps), ("4", .viewHandovers, .handovers),
            ("5", .viewVerification, .verification), ("6", .viewSummary, .summary),
        ] + (state.workshop.conflicts.isEmpty ? [] : [("K", .viewConflicts, .conflicts)])
        func label(_ key: String, _ title: UIText, current: Bool, named: Bool) -> String {
            let text = named || current ? "\(key) \(title.text(state.language))" : key
            return current ? "[\(text)]" : " \(text) "
        }
        // Where all names and the journeys do not fit (80 columns), the other views show their key only.
        let showsJourneys = state.view == .map || state.view == .roles
        let journeysWidth = showsJourneys ? state.workshop.journeys.map { TextWidth.of($0.name[state.language]) + 3 }.reduce(8, +) : 0
        let fullWidth = views.map { TextWidth.of(label($0.0, $0.1, current: state.view == $0.2, named: true)) + 1 }.reduce(1, +)
        let named = fullWidth + journeysWidth <= area.width
        var x = area.x + 1
        for (key, title, view) in views {
            let current = state.view == view
            x += buffer.put(label(key, title, current: current, named: named), x: x, y: area.y,
                            style: current ? .selected : .normal) + 1
        }
        guard state.view == .map || state.view == .roles else { return }
        x += 2
        for journey in state.workshop.journeys {
            let current = journey.id == state.journey
            let name = journey.name[state.language]
            let label = current ? "[\(name)]" : " \(name) "
            x += buffer.put(label, x: x, y: area.y, style: current ? .selected : .normal,
                            limit: max(0, area.maxX - x)) + 1
        }
        if state.workshop.journeys.count > 1 { buffer.put("(Tab)", x: x, y: area.y, style: .dim, limit: max(0, area.maxX - x)) }
    }
}
