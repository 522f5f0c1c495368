/// What a key asks for, by name (as tig's requests).
public enum Action: Sendable, Equatable {
    case moveUp, moveDown, moveLeft, moveRight
    case pageUp, pageDown, home, end
    case openDetail, edit, close, back
    case nextJourney
    case help
    case search, nextMatch, previousMatch
    case showMap, showRoles, showGaps, showHandovers, showSummary
    case exportReports
    case assignActors, cycleStatus, markGap, newHandover, undo, redo
    case filterGaps, sortNext, sortReverse, delete
    case saveForm, nextField, previousField
    case takeOverLock, reloadFromDisk, saveCopy, overwrite
    case showVerification, revealVotes, toggleToDiscuss, recordTally
    case showConflicts, keepConflictValue, takeOtherConflictValue
    case voteYes, voteNo, voteDiscuss, writeComment, nextSubject, previousSubject, nextUnanswered
    case reviseRole, togglePrevious, newRole, retireRole, editPositions, moveEarlier, moveLater
    case newStep, renameStep, retireStep, draftRole, draftStep, toggleSuggestions
    case addActivity, removeActivity, moveActivityUp, moveActivityDown
    case showFollowUp, toggleGrouping, nextStatus, showStart, recordAttendance, newCatchUp, recordInsight, toggleTimer, nextAgendaItem, editAgenda
    case showExpectations, switchArea, addItem, moveItemArea, mergeItem, splitItem, noteFromItem, editMission, showResults
}

/// Where a binding applies: a screen, an overlay, a form, the keys every screen shares, or
/// the participant's verification walk (a program of its own).
public enum KeyContext: Sendable, Equatable, Hashable, CaseIterable {
    case global
    case map, roles, gaps, handovers, verification, summary, conflicts, expectations, followUp, start
    case help, detail, form
    case verify
}
