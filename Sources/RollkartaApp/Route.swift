import RollkartaModel

/// The only place the state changes: an event in, the new state and the effects out. No I/O
/// happens here; the runtime performs the effects and hands back what became of them.
///
/// It only routes: a key goes to the open form, else the search being typed, else the open
/// overlay, else the current screen and then the keys all screens share.
public func update(_ state: inout AppState, _ event: Event) -> [Effect] {
    switch event {
    case .resize(let width, let height):
        state.width = max(0, width)
        state.height = max(0, height)
        state.view.screen.keepInView(&state)
        return []
    case .key(let key):
        state.message = nil
        if state.askingTakeOver {
            state.askingTakeOver = false
            if [.character("j"), .character("J"), .character("y"), .character("Y")].contains(key) { return [.takeOverLock] }
            state.message = FileText.of(state.language).takeOverDeclined
            return []
        }
        let found = Keymap.lookup(key, in: state.keyContext, state)
        if found?.binding.action != .back || state.form != nil || state.search.isEditing { state.quitGuard.disarm() }
        if state.form != nil { return FormKeys.handle(key, found?.binding, &state) }
        if state.search.isEditing { return SearchPrompt.handle(key, &state) }
        guard let (binding, owner) = found else { return [] }
        if let reason = binding.unavailable?(state) {
            state.message = reason
            return []
        }
        if let overlay = state.overlay { return overlay.overlay.update(binding.action, &state) }
        if owner == .global { return GlobalKeys.update(binding.action, &state) }
        return state.view.screen.update(binding.action, &state)
    default:
        return FileEvents.handle(event, &state)
    }
}
