import RollkartaModel

/// Every change to the workshop goes through here, as a `WorkshopEdit` the model checks and
/// applies: its inverse goes on the undo stack, the redo stack is cleared, and a save is asked
/// for, so each completed change is on disk straight away. Undo and redo apply inverses.
enum Edit {
    /// At least 200 steps back, as promised.
    static let undoLimit = 500

    /// Applies the edit; when the model refuses it, the status bar says why.
    static func apply(_ state: inout AppState, _ edit: WorkshopEdit, message: String? = nil) -> [Effect] {
        switch attempt(&state, edit, message: message) {
        case .success(let effects): return effects
        case .failure(let refusal):
            state.message = refusal.message(state.language)
            return []
        }
    }

    /// The same for a form, which shows the refusal inside itself.
    static func attempt(_ state: inout AppState, _ edit: WorkshopEdit, message: String? = nil) -> Result<[Effect], EditRefusal> {
        if refuseWhenReadOnly(&state) { return .success([]) }
        var workshop = state.workshop
        let inverse: WorkshopEdit
        do {
            inverse = try workshop.apply(edit, language: state.language)
        } catch {
            return .failure(error)
        }
        guard workshop != state.workshop else { return .success([]) }  // nothing changed: no step, no save
        push(inverse, onto: &state.undoStack)
        state.redoStack.removeAll()
        state.workshop = workshop
        keepSelectionOnTheMap(&state)
        state.isDirty = true
        state.changeCount += 1
        if let message { state.message = message }
        // Nothing is written while an outside change waits for the facilitator's choice: the
        // message of the change ("… sparat") would say otherwise.
        if state.diskConflict { state.message = FileText.of(state.language).notWritten }
        return .success([.save])
    }

    /// Puts a version read from the file in place, the one before it a `u` away.
    static func replaceWorkshop(_ state: inout AppState, with workshop: Workshop) {
        var changed = state.workshop
        guard let inverse = try? changed.apply(.replaceWorkshop(workshop)) else { return }
        push(inverse, onto: &state.undoStack)
        state.redoStack.removeAll()
        state.workshop = changed
        keepSelectionOnTheMap(&state)
    }

    /// A role or step taken out (or an added one undone) leaves every journey's selection
    /// on a cell that is still there; an item taken out, the list's on a row that is.
    static func keepSelectionOnTheMap(_ state: inout AppState) {
        for journey in state.workshop.journeys {
            guard var position = state.positions[journey.id] else { continue }
            position.row = min(position.row, max(0, journey.roles.count - 1))
            position.column = min(position.column, max(0, journey.steps.count - 1))
            state.positions[journey.id] = position
        }
        state.view.screen.keepInView(&state)  // and the open list's selection on a row that is still there
    }

    /// In read-only mode nothing changes; the status bar says why.
    static func refuseWhenReadOnly(_ state: inout AppState) -> Bool {
        guard state.readOnly?.refusesEdits == true else { return false }
        state.message = FileText.of(state.language).readOnlyRefused
        return true
    }

    /// What an edit changes, as people name it: "glappet", "överlämningen", "cellen" (the first
    /// thing a step of several changes).
    static func describe(_ edit: WorkshopEdit, _ language: Language) -> String {
        let sv = language == .sv
        switch edit {
        case .assignment: return sv ? "cellen" : "the cell"
        case .actor: return Glossary.actor.definite(language)
        case .gap, .retiredIDs: return Glossary.gap.definite(language)
        case .handover: return Glossary.handover.definite(language)
        case .roleNote: return sv ? "rollens anteckningar" : "the role's notes"
        case .tally: return sv ? "handuppräckningen" : "the show of hands"
        case .role, .moveRole, .revision: return Glossary.role.definite(language)
        case .step, .moveStep: return Glossary.step.definite(language)
        case .position: return sv ? "befattningarna" : "the positions"
        case .answer: return Glossary.answer.definite(language)
        case .expectation: return sv ? "punkten" : "the item"
        case .mission: return Glossary.mission.definite(language)
        case .alias: return sv ? "namnet" : "the name"
        case .insight: return Glossary.insight.definite(language)
        case .agenda: return sv ? "agendan" : "the agenda"
        case .session: return sv ? "närvaron" : "the attendance"
        case .frame: return sv ? "startsidan" : "the start page"
        case .suggestion: return Glossary.suggestion.definite(language)
        case .settleConflict: return sv ? "konflikten" : "the conflict"
        case .replaceWorkshop: return sv ? "filens version" : "the file's version"
        case .batch(let edits):
            return edits.first { if case .retiredIDs = $0 { false } else { true } }.map { describe($0, language) } ?? (sv ? "ändringen" : "the change")
        }
    }

    static func undo(_ state: inout AppState) -> [Effect] {
        if refuseWhenReadOnly(&state) { return [] }
        guard let inverse = state.undoStack.popLast() else {
            state.message = UIText.of(state.language).nothingToUndo
            return []
        }
        guard let redo = step(&state, inverse) else { return [] }
        push(redo, onto: &state.redoStack)
        state.message = UIText.of(state.language).undone(describe(inverse, state.language), state.undoStack.count)
        return [.save]
    }

    static func redo(_ state: inout AppState) -> [Effect] {
        if refuseWhenReadOnly(&state) { return [] }
        guard let edit = state.redoStack.popLast() else {
            state.message = UIText.of(state.language).nothingToRedo
            return []
        }
        guard let undo = step(&state, edit) else { return [] }
        push(undo, onto: &state.undoStack)
        state.message = UIText.of(state.language).redone(describe(edit, state.language))
        return [.save]
    }

    /// Applies an inverse from a stack; its own inverse, or nil (said why) if it no longer fits.
    private static func step(_ state: inout AppState, _ edit: WorkshopEdit) -> WorkshopEdit? {
        var workshop = state.workshop
        do {
            let inverse = try workshop.apply(edit, language: state.language)
            state.workshop = workshop
            keepSelectionOnTheMap(&state)
            state.isDirty = true
            state.changeCount += 1
            return inverse
        } catch {
            state.message = error.message(state.language)
            return nil
        }
    }

    private static func push(_ edit: WorkshopEdit, onto stack: inout [WorkshopEdit]) {
        stack.append(edit)
        if stack.count > undoLimit { stack.removeFirst(stack.count - undoLimit) }
    }
}
