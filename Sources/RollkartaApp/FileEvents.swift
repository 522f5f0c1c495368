import RollkartaModel

/// How the app answers what became of its file work, and closing: the only place the results
/// of saving, reading in, copying, taking over the lock and exporting reach the state.
enum FileEvents {
    static func handle(_ event: Event, _ state: inout AppState) -> [Effect] {
        let language = state.language
        switch event {
        case .saved(let outcome, let version):
            return saved(outcome, version: version, &state)
        case .reloaded(.success(let fromDisk)) where state.readOnly != nil:
            state.workshop = fromDisk  // read-only: nothing of ours to keep a u away
            Edit.keepSelectionOnTheMap(&state)
            state.message = FileText.of(language).followedFile
        case .reloaded(.success(let fromDisk)):
            Edit.replaceWorkshop(&state, with: fromDisk)
            state.isDirty = false
            state.savedChangeCount = state.changeCount
            state.saveFailed = false
            state.diskConflict = false
            state.message = FileText.of(language).reloaded
        case .copySaved(.success(let copy)):
            state.filePath = copy
            state.isDirty = false
            state.savedChangeCount = state.changeCount
            state.saveFailed = false
            state.diskConflict = false
            state.readOnly = nil
            state.message = FileText.of(language).savedCopy(copy)
            if state.isClosing { state.closingNotes.append(state.message ?? "") }
        case .lockTaken(.success(let fromDisk)):
            state.readOnly = nil
            // Went on from the file as the previous holder left it: nothing before is undone into it.
            state.workshop = fromDisk
            state.undoStack.removeAll()
            state.redoStack.removeAll()
            state.message = FileText.of(language).lockTakenOver
        case .exported(.success(let reports)):
            state.message = FileText.of(language).exported(reports.folder, reports.files)
        case .exported(.failure(let reason)):
            state.message = FileText.of(language).exportFailed(reason)
        case .reloaded(.failure(let reason)), .copySaved(.failure(let reason)), .lockTaken(.failure(let reason)):
            state.message = reason
            if state.isClosing { state.closingNotes.append(reason) }
            if state.isQuittingAnyway { noteLoss(&state) }
        case .closing:
            return closing(&state)
        case .tick:
            // A read-only window follows the file; edits that live only here (a lock lost) are
            // never replaced by it.
            if state.readOnly != nil, !state.isDirty, !state.isClosing { return [.followFile] }
        case .followed(let news):
            followed(news, &state)
        case .key, .resize:
            break
        }
        return []
    }

    /// A read-only window shows the file as it is now, and says when the lock is free.
    private static func followed(_ news: FileNews, _ state: inout AppState) {
        let language = state.language
        if let fromDisk = news.workshop, !state.isDirty {
            state.workshop = fromDisk
            state.undoStack.removeAll()  // the steps were of another version
            state.redoStack.removeAll()
            Edit.keepSelectionOnTheMap(&state)
            state.message = FileText.of(language).followedFile
        }
        if let reason = news.unreadable { state.message = FileText.of(language).followFailed(reason) }
        if let holder = news.holder {
            if holder.isStale, state.readOnly?.isStale != true { state.message = FileText.of(language).lockNowStale }
            state.readOnly = holder
        }
        if news.lockTaken {
            let folderWasClosed = state.readOnly?.isUnwritableFolder == true
            state.readOnly = nil
            state.diskConflict = false
            state.saveFailed = false
            state.message = (folderWasClosed ? FileText.of(language).folderWritable : FileText.of(language).lockFreed)
        }
    }

    private static func saved(_ outcome: SaveOutcome, version: Int, _ state: inout AppState) -> [Effect] {
        let language = state.language
        if outcome != .written { state.isDirty = true }  // the edits are only in memory
        state.saveFailed = outcome != .written
        switch outcome {
        case .written:
            // A change made while this save ran is still to be written by the save it asked for.
            if version == state.changeCount { state.isDirty = false }
            state.savedChangeCount = max(state.savedChangeCount, version)
            if state.readOnly?.isUnwritableFolder == true {  // written after all: the disk was freed
                state.readOnly = nil
                state.message = FileText.of(language).folderWritable
            }
            if state.diskConflict {  // an overwrite settled the conflict
                state.diskConflict = false
                state.message = FileText.of(language).overwritten
            }
        case .changedOutside:
            state.diskConflict = true
            state.message = FileText.of(language).notWritten  // not the change's "… sparat"
            // Leaving now: what cannot go to the file goes beside it, never lost.
            if state.isClosing { return [.saveCopy] }
        case .lockLost(let holder):
            state.readOnly = holder
            state.message = FileText.of(language).lockLost
            if state.isClosing { return [.saveCopy] }
        case .failed(let reason):
            let failure = FileText.of(language).saveFailed(reason)
            // A save that fails after q asked whether to quit anyway leaves the question on screen:
            // it already says the edits are not saved, and the next q answers it.
            if !state.quitGuard.isAsking { state.message = failure }
            if state.isClosing { state.closingNotes.append(failure) }
        }
        if state.isQuittingAnyway { noteLoss(&state) }
        return []
    }

    /// `q` on the map: quits, unless edits live only in memory (their save failed, or the
    /// folder cannot be written); then it says so and offers a copy elsewhere, and a second
    /// `q` straight after quits anyway, the loss counted for the shell and the exit status.
    static func quit(_ state: inout AppState) -> [Effect] {
        let language = state.language
        let folderClosed = state.readOnly?.isUnwritableFolder == true
        guard state.quitGuard.allowsQuit(unsaved: state.isDirty && (state.saveFailed || folderClosed)) else {
            state.message = folderClosed ? FileText.of(language).unsavedQuitFolder(state.unsavedChanges)
                                         : FileText.of(language).unsavedQuit
            return []
        }
        guard state.isDirty, state.saveFailed || folderClosed else { return leavingEffects(state) }
        state.isQuittingAnyway = true
        // The folder cannot be written and the copy was declined: nothing more is tried.
        if folderClosed {
            noteLoss(&state)
            return [.quit]
        }
        // One more try at the file (a disk freed meanwhile); what it cannot write is lost.
        return leavingEffects(state)
    }

    /// Quitting anyway: the changes not written anywhere are counted and said on the way out.
    private static func noteLoss(_ state: inout AppState) {
        let lost = state.unsavedChanges
        let before = FileText.of(state.language).changesLost(state.changesLost)
        state.closingNotes.removeAll { $0 == before }
        state.changesLost = lost
        if lost > 0 { state.closingNotes.append(FileText.of(state.language).changesLost(lost)) }
    }

    /// The window closes or the process is asked to stop: a form being typed into is kept
    /// (text that looks like a personal identity number too, with the warning recorded), then
    /// what is unsaved is saved, to the file or, where that is not possible, as a copy beside it.
    private static func closing(_ state: inout AppState) -> [Effect] {
        state.isClosing = true
        keepFormOnClosing(&state)
        return leavingEffects(state)
    }

    /// Saves the form being typed into as F2 would, the warning about a personal identity
    /// number taken as answered (and recorded for the shell); what cannot be saved is said.
    private static func keepFormOnClosing(_ state: inout AppState) {
        guard var form = state.form, form.isChanged else { return }
        if let found = form.personalNumbers.first {
            state.closingNotes.append(FormText.of(state.language).personalNumberKept(found))
        }
        form.personalNumberConfirmed = true
        form.isConfirmingCancel = false
        state.form = form
        _ = FormKeys.submit(&state)  // the save it asks for is part of leaving
        if let problem = state.form?.problem {
            state.closingNotes.append(FormText.of(state.language).formNotKept(problem))
        }
    }

    /// What quitting must do first with unsaved edits: save them where they can go.
    static func leavingEffects(_ state: AppState) -> [Effect] {
        guard state.isDirty else { return [.quit] }
        let fileIsClosedToUs = state.diskConflict || state.readOnly != nil
        return [fileIsClosedToUs ? .saveCopy : .save, .quit]
    }
}
