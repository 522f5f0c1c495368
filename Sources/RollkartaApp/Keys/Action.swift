import RollkartaModel

/// What a key asks for, by name (as tig's requests).
public enum Action: Sendable, Equatable {
    case moveUp, moveDown, moveLeft, moveRight
    case pageUp, pageDown, home, end
    case openDetail, edit, close, back
    case nextJourney
    case help
    case search, nextMatch, previousMatch, toggleWholeJourney
    /// Shows a screen (each screen's key, derived from the list of screens).
    case show(ScreenID)
    case exportReports
    case assignActors, cycleStatus, markGap, newHandover, undo, redo
    case filterGaps, sortNext, sortReverse, delete
    case saveForm, nextField, previousField
    case takeOverLock, reloadFromDisk, saveCopy, overwrite
    case revealVotes, toggleToDiscuss, recordTally
    case keepConflictValue, takeOtherConflictValue
    case voteYes, voteNo, voteDiscuss, writeComment, nextSubject, previousSubject, nextUnanswered
    case reviseRole, togglePrevious, newRole, retireRole, editPositions, moveEarlier, moveLater, toggleTier
    case newStep, renameStep, retireStep, draftRole, draftStep, toggleSuggestions
    case addActivity, removeActivity, moveActivityUp, moveActivityDown
    case toggleGrouping, nextStatus, recordAttendance, newCatchUp, recordInsight, toggleTimer, nextAgendaItem, editAgenda
    case switchArea, addItem, moveItemArea, mergeItem, splitItem, noteFromItem, editMission, showResults
}

/// Where a binding applies: a screen, an overlay, a form, the keys every screen shares, or
/// the participant's verification walk (a program of its own).
public enum KeyContext: Sendable, Equatable, Hashable, CaseIterable {
    case global
    case screen(ScreenID)
    case help, detail, form
    case verify

    public static var allCases: [KeyContext] { [.global] + ScreenID.allCases.map { .screen($0) } + [.help, .detail, .form, .verify] }
}
