import RollkartaModel

/// Every change to the workshop goes through here: the old workshop goes on the undo stack,
/// the redo stack is cleared, and a save is asked for, so each completed change is on disk
/// straight away.
enum Edit {
    /// At least 200 steps back, as promised; a little more costs nothing (the stacks share storage).
    static let undoLimit = 500

    static func apply(_ state: inout AppState, message: String? = nil, _ change: (inout Workshop) -> Void) -> [Effect] {
        if refuseWhenReadOnly(&state) { return [] }
        var workshop = state.workshop
        change(&workshop)
        guard workshop != state.workshop else { return [] }
        replaceWorkshop(&state, with: workshop)
        state.isDirty = true
        if let message { state.message = message }
        return [.save]
    }

    /// Puts a new version in place with the current one a `u` away: within the limit, and
    /// with nothing left to redo (a redo would bring back a version from another line).
    static func replaceWorkshop(_ state: inout AppState, with workshop: Workshop) {
        state.undoStack.append(state.workshop)
        if state.undoStack.count > undoLimit { state.undoStack.removeFirst(state.undoStack.count - undoLimit) }
        state.redoStack.removeAll()
        state.workshop = workshop
    }

    /// In read-only mode nothing changes; the status bar says why.
    static func refuseWhenReadOnly(_ state: inout AppState) -> Bool {
        guard state.readOnly != nil else { return false }
        state.message = UIText.readOnlyRefused.text(state.language)
        return true
    }

    static func undo(_ state: inout AppState) -> [Effect] {
        if refuseWhenReadOnly(&state) { return [] }
        guard let previous = state.undoStack.popLast() else {
            state.message = UIText.nothingToUndo.text(state.language)
            return []
        }
        state.redoStack.append(state.workshop)
        state.workshop = previous
        state.isDirty = true
        state.message = UIText.undone(remaining: state.undoStack.count).text(state.language)
        return [.save]
    }

    static func redo(_ state: inout AppState) -> [Effect] {
        if refuseWhenReadOnly(&state) { return [] }
        guard let next = state.redoStack.popLast() else {
            state.message = UIText.nothingToRedo.text(state.language)
            return []
        }
        state.undoStack.append(state.workshop)
        state.workshop = next
        state.isDirty = true
        state.message = UIText.redone.text(state.language)
        return [.save]
    }
}
