import RollkartaModel

/// The frame every screen is drawn in: header, tabs, the screen's own area, status bar.
struct AppFrame {
    var header: Rect
    var tabs: Rect
    /// Between the tabs and the status bar: the map uses all of it.
    var main: Rect
    var status: Rect

    init(width: Int, height: Int) {
        let parts = Rect(x: 0, y: 0, width: width, height: height).rows([.length(1), .length(1), .fill, .length(1)])
        header = parts[0]
        tabs = parts[1]
        main = parts[2]
        status = parts[3]
    }

    init(_ state: AppState) {
        self.init(width: state.width, height: state.height)
    }

    /// The full-screen views' area: below a blank line, a column in from each side.
    var body: Rect { Rect(x: main.x + 1, y: main.y + 1, width: main.width - 2, height: main.height - 1) }
}

/// Draws the whole screen for a state into a fresh buffer.
public enum Screen {
    public static func render(_ state: AppState) -> CellBuffer {
        var buffer = CellBuffer(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallView.draw(state, into: &buffer)
            return buffer
        }
        let frame = AppFrame(state)
        AppHeader.draw(state, in: frame.header, into: &buffer)
        TabsBar.draw(state, in: frame.tabs, into: &buffer)
        let screen = state.view.screen
        screen.render(state, in: state.view == .map ? frame.main : frame.body, into: &buffer)
        if let overlay = state.overlay { overlay.overlay.render(state, into: &buffer) }
        if let form = state.form { FormView.draw(form, state, into: &buffer) }
        AppStatusBar.draw(state, in: frame.status, into: &buffer)
        return buffer
    }
}

/// Below 80x24 the map cannot be drawn legibly: say so instead of drawing garbage.
enum TooSmallView {
    static func draw(_ state: AppState, into buffer: inout CellBuffer) {
        let text = UIText.of(state.language).tooSmall(state.width, state.height)
        let lines = TextWidth.wrap(text, width: max(1, state.width))
        let top = max(0, (state.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let x = max(0, (state.width - TextWidth.of(line)) / 2)
            buffer.put(line, x: x, y: top + offset, style: .heading)
        }
    }
}

/// Title, file and saved state; or a warning that must not be missed, in words.
enum AppHeader {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let language = state.language
        let mergeConflicts = state.workshop.conflicts.isEmpty ? nil
            : ConflictsText.of(language).conflictsBanner(state.workshop.conflicts.count)
        let banner = state.diskConflict ? FileText.of(language).conflictBanner
            : state.readOnly.map({ FileText.of(language).readOnlyBanner($0) }) ?? mergeConflicts
        let saved = (state.isDirty ? FileText.of(language).unsaved : FileText.of(language).saved)
        // The agenda's current item and its time left stand first, where the room looks.
        if let timer = state.timer.text(state.workshop.effectiveAgenda, at: state.now(), language), banner == nil {
            HeaderBar.draw(left: " " + timer, right: " \(state.workshop.title) · [\(saved)] ", keep: .start, banner: nil, in: area,
                           into: &buffer)
            return
        }
        HeaderBar.draw(left: " \(UIText.of(language).appName) · \(state.workshop.title)",
                       right: " \(state.filePath) · [\(saved)] ", keep: .end, banner: banner, in: area, into: &buffer)
    }
}

/// The status bar of the facilitator's app: the search being typed, a message, or the keys
/// of what has the keys now (a form, an overlay, or the screen and the shared ones).
enum AppStatusBar {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        let label = MapText.of(state.language).searchPrompt
        let prompt = state.search.isEditing
            ? label + LineEditorView.visibleText(state.search.field, width: area.width - 2 - TextWidth.of(label)) : nil
        // A form's footer names only the keys that work in it (F3 belongs to the gap form).
        let hints = Keymap.active(in: state)
        StatusBar.draw(prompt: prompt, message: state.message, hints: hints, pinned: [.help, .back],
                       state.language, in: area, into: &buffer)
    }
}

/// The views one can switch to and the journeys; the current one in brackets, so the
/// choice reads without colour.
enum TabsBar {
    static func draw(_ state: AppState, in area: Rect, into buffer: inout CellBuffer) {
        // Every screen that can be shown now, in the list's order.
        let views = ScreenID.allCases.filter { $0.screen.unavailable(state) == nil }.map { (Action.show($0), $0) }
        func label(_ action: Action, _ view: AppState.View, current: Bool, named: Bool) -> String {
            let key = Keymap.keyName(action)
            let text = named || current ? "\(key) \(view.title(state.language))" : key
            return current ? "[\(text)]" : " \(text) "
        }
        // Where all names and the journeys do not fit (80 columns), the other views show their key only.
        let showsJourneys = state.view == .map || state.view == .roles
        let journeysWidth = showsJourneys ? state.workshop.journeys.map { TextWidth.of($0.name[state.language]) + 3 }.reduce(8, +) : 0
        let fullWidth = views.map { TextWidth.of(label($0.0, $0.1, current: state.view == $0.1, named: true)) + 1 }.reduce(1, +)
        let named = fullWidth + journeysWidth <= area.width
        var x = area.x + 1
        for (action, view) in views {
            let current = state.view == view
            x += buffer.put(label(action, view, current: current, named: named), x: x, y: area.y,
                            style: current ? .selected : .normal) + 1
        }
        guard showsJourneys else { return }
        x += 2
        for journey in state.workshop.journeys {
            let current = journey.id == state.journey
            let name = journey.name[state.language]
            let label = current ? "[\(name)]" : " \(name) "
            x += buffer.put(label, x: x, y: area.y, style: current ? .selected : .normal,
                            limit: max(0, area.maxX - x)) + 1
        }
        if state.workshop.journeys.count > 1 {
            buffer.put("(\(Keymap.keyName(.nextJourney, in: .screen(.map))))", x: x, y: area.y, style: .dim,
                       limit: max(0, area.maxX - x))
        }
    }
}
