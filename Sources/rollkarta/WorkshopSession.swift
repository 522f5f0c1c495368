import Foundation
import RollkartaApp
import RollkartaExport
import RollkartaModel

/// The file side of an interactive session: the lock, what the file looked like when last
/// read or written, and the effects that touch disk (save, export, reload, copy).
struct WorkshopSession {
    private(set) var path: String
    private var fingerprint: FileFingerprint?
    private var holdsLock = false

    init(path: String) {
        self.path = path
        fingerprint = FileFingerprint.of(path)
    }

    /// Takes the lock, or opens read-only when another Rollkarta holds the file.
    mutating func lock(_ state: inout AppState) {
        switch FileLock.acquire(path) {
        case .acquired:
            holdsLock = true
        case .heldElsewhere(let holder, let isStale):
            state.readOnly = ReadOnlyReason(pid: holder.pid, host: holder.host, since: holder.since, isStale: isStale)
        case .unavailable:
            break  // no lock possible (read-only folder): saving will say what is wrong
        }
    }

    mutating func perform(_ effect: Effect, _ state: inout AppState) {
        let language = state.language
        switch effect {
        case .save:
            save(&state, checkingDisk: true)
        case .overwrite:
            state.diskConflict = false
            save(&state, checkingDisk: false)
            if !state.isDirty { state.message = UIText.overwritten.text(language) }
        case .reloadFromDisk:
            do {
                let fromDisk = try WorkshopStore.load(path)
                state.undoStack.append(state.workshop)
                state.workshop = fromDisk
                state.isDirty = false
                state.diskConflict = false
                fingerprint = FileFingerprint.of(path)
                state.message = UIText.reloaded.text(language)
            } catch {
                state.message = DisplayText.sanitized(error.message(language))
            }
        case .saveCopy:
            let copy = Self.copyPath(for: path)
            do {
                try WorkshopStore.create(state.workshop, at: copy)
                release()
                path = copy
                state.filePath = copy
                state.isDirty = false
                state.diskConflict = false
                fingerprint = FileFingerprint.of(copy)
                holdsLock = FileLock.acquire(copy) == .acquired
                state.message = UIText.savedCopy(copy).text(language)
            } catch {
                state.message = error.message(language)
            }
        case .takeOverLock:
            if FileLock.acquire(path, takeOver: true) == .acquired {
                holdsLock = true
                state.readOnly = nil
                // The previous holder may have saved before it died: start from the file as it is.
                if let fromDisk = try? WorkshopStore.load(path) { state.workshop = fromDisk }
                fingerprint = FileFingerprint.of(path)
                state.message = UIText.lockTakenOver.text(language)
            }
        case .exportReports:
            state.message = Self.exportReports(state.workshop, beside: path, language: language)
        case .quit:
            break
        }
    }

    /// Before leaving: a form being typed into is kept as if F2 were pressed, unsaved edits are
    /// saved, and the lock is released.
    mutating func finish(_ state: inout AppState, end: ProgramEnd) {
        if end != .quit, state.form?.isChanged == true {
            for effect in update(&state, .key(.function(2))) { perform(effect, &state) }
        }
        if state.isDirty && !state.diskConflict { save(&state, checkingDisk: true) }
        release()
    }

    private mutating func release() {
        if holdsLock { FileLock.release(path) }
        holdsLock = false
    }

    /// Saves atomically unless the file changed on disk since it was read (then the
    /// facilitator chooses: read in, save a copy, overwrite). On failure the edits stay in
    /// memory, marked unsaved, and the status bar says why.
    private mutating func save(_ state: inout AppState, checkingDisk: Bool) {
        guard state.readOnly == nil else { return }
        if checkingDisk, let expected = fingerprint, FileFingerprint.of(path) != expected {
            state.diskConflict = true
            return
        }
        do {
            try WorkshopStore.save(state.workshop, to: path)
            state.isDirty = false
            fingerprint = FileFingerprint.of(path)
        } catch {
            state.message = UIText.saveFailed(error.message(state.language)).text(state.language)
        }
    }

    /// "ws.rollkarta.json" -> "ws.kopia-20261122-211500.rollkarta.json"
    static func copyPath(for path: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let stamp = formatter.string(from: Date())
        for suffix in [".rollkarta.json", ".json"] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count)) + ".kopia-\(stamp)" + suffix
        }
        return path + ".kopia-\(stamp)"
    }

    /// Writes every report format beside the workshop file; returns what to tell the user.
    static func exportReports(_ workshop: Workshop, beside path: String, language: Language) -> String {
        var written: [String] = []
        for format in ExportFormat.allCases {
            let target = Exporter.defaultPath(for: path, format: format)
            do {
                try AtomicFile.write(Exporter.render(workshop, as: format, options: ExportOptions(language: language)),
                                     to: target, keepBackup: false)
            } catch {
                return UIText.exportFailed(error.message(language)).text(language)
            }
            written.append((target as NSString).lastPathComponent)
        }
        let folder = (path as NSString).deletingLastPathComponent
        return UIText.exported(folder: folder.isEmpty ? "." : folder, files: written).text(language)
    }
}
