import RollkartaModel

/// What the app says about its file: saved or not, read-only, changed outside, the lock, exports.
public enum FileText: Sendable {
    case saved, unsaved, exampleCopy(String), exported(folder: String, files: [String]), saveFailed(String)
    case readOnlyBanner(ReadOnlyReason), readOnlyRefused, cannotTakeOver, lockTakenOver, conflictBanner, reloaded
    case savedCopy(String), overwritten, unsavedQuit, lockLost, exportFailed(String), noOutsideChange, notWritten
    case followedFile, followFailed(String), lockFreed, lockNowStale
    /// Opening where no lock can be written (a read-only folder, a full disk): what that means.
    case cannotWriteAtOpening(ReadOnlyReason), folderWritable, unsavedQuitFolder(Int), changesLost(Int)

    public func text(_ language: Language) -> String {
        let sv = language == .sv
        // Keys are named from their bindings, so a message never names a key that does something else.
        func key(_ action: Action, _ screen: ScreenID? = nil) -> String { Keymap.keyName(action, in: screen.map(KeyContext.screen) ?? .global) }
        switch self {
        case .saved: return sv ? "sparad" : "saved"
        case .unsaved: return sv ? "ej sparad" : "unsaved"
        case .exampleCopy(let path):
            return sv ? "Exempelworkshop: \(path)" : "Example workshop: \(path)"
        case .exported(let folder, let files):
            return (sv ? "Rapporter skrivna i \(folder): " : "Reports written in \(folder): ") + files.joined(separator: ", ")
        case .saveFailed(let reason): return reason
        case .readOnlyBanner(let reason):
            let who = "pid \(reason.pid) på \(reason.host) sedan \(reason.since)"
            let whoEn = "pid \(reason.pid) on \(reason.host) since \(reason.since)"
            switch reason.problem {
            case .empty:
                return sv ? "SKRIVSKYDDAD: tomt lås (ingen namnges) – \(key(.takeOverLock)) tar över"
                          : "READ-ONLY: empty lock (it names nobody) – \(key(.takeOverLock)) takes over"
            case .unreadable:
                return sv ? "SKRIVSKYDDAD: oläsligt lås (ingen namnges) – \(key(.takeOverLock)) tar över"
                          : "READ-ONLY: unreadable lock (it names nobody) – \(key(.takeOverLock)) takes over"
            case .folderNotWritable(let why):
                return sv ? "MAPPEN KAN INTE SKRIVAS (\(why)) – \(key(.saveCopy)) sparar ändringar som kopia på annat ställe"
                          : "THE FOLDER CANNOT BE WRITTEN (\(why)) – \(key(.saveCopy)) saves edits as a copy elsewhere"
            case .lockNotWritable(let why):
                return sv ? "LÅSET KAN INTE SKRIVAS (\(why)) – \(key(.saveCopy)) sparar ändringar som kopia på annat ställe"
                          : "THE LOCK CANNOT BE WRITTEN (\(why)) – \(key(.saveCopy)) saves edits as a copy elsewhere"
            case nil: break
            }
            if reason.isStale {
                return sv ? "SKRIVSKYDDAD: övergivet lås – \(key(.takeOverLock)) tar över (\(who); processen finns inte)"
                          : "READ-ONLY: stale lock – \(key(.takeOverLock)) takes over (\(whoEn); the process is gone)"
            }
            return sv ? "SKRIVSKYDDAD: öppen i en annan Rollkarta (\(who))" : "READ-ONLY: open in another Rollkarta (\(whoEn))"
        case .readOnlyRefused: return sv ? "Skrivskyddad: inget ändras" : "Read-only: nothing is changed"
        case .cannotTakeOver: return sv ? "Låset är inte gammalt; det kan inte tas över" : "The lock is not stale; it cannot be taken over"
        case .lockTakenOver: return sv ? "Låset övertaget: du kan redigera" : "Lock taken over: you can edit"
        case .conflictBanner:
            return sv ? "FILEN ÄNDRAD UTANFÖR ROLLKARTA – \(key(.reloadFromDisk)) läs in · \(key(.saveCopy)) spara som kopia · \(key(.overwrite)) skriv över"
                      : "FILE CHANGED OUTSIDE ROLLKARTA – \(key(.reloadFromDisk)) read it in · \(key(.saveCopy)) save as copy · \(key(.overwrite)) overwrite"
        case .reloaded: return sv ? "Inläst från disk; \(key(.undo)) tar tillbaka din version" : "Read in from disk; \(key(.undo)) brings back your version"
        case .savedCopy(let path): return sv ? "Din version sparad som \(path)" : "Your version saved as \(path)"
        case .overwritten: return sv ? "Filen överskriven med din version" : "File overwritten with your version"
        case .unsavedQuit:
            return sv ? "Ändringar är inte sparade (se felet ovan) – \(key(.back, .map)) igen avslutar ändå, annan tangent: du stannar kvar"
                      : "Changes are not saved (see the error above) – \(key(.back, .map)) again quits anyway, any other key stays"
        case .lockLost:
            return sv ? "En annan Rollkarta tog över låset – \(key(.saveCopy)) sparar dina ändringar som en kopia"
                      : "Another Rollkarta took over the lock – \(key(.saveCopy)) saves your changes as a copy"
        case .exportFailed(let reason):
            return (sv ? "Kunde inte exportera: " : "Could not export: ") + reason
        case .notWritten:
            return sv ? "Ändringen är inte skriven: filen ändrades utanför Rollkarta – \(key(.reloadFromDisk)) läs in · \(key(.saveCopy)) spara som kopia · \(key(.overwrite)) skriv över"
                      : "The change is not written: the file changed outside Rollkarta – \(key(.reloadFromDisk)) read it in · \(key(.saveCopy)) save as copy · \(key(.overwrite)) overwrite"
        case .followedFile:
            return sv ? "Filen ändrades på disk: den nya versionen visas" : "The file changed on disk: the new version is shown"
        case .followFailed(let reason):
            return sv ? "Filen ändrades men kan inte läsas (\(reason)); den förra versionen visas"
                      : "The file changed but cannot be read (\(reason)); the previous version is shown"
        case .lockFreed:
            return sv ? "Den andra Rollkartan har stängt filen: låset är ditt och du kan redigera"
                      : "The other Rollkarta has closed the file: the lock is yours and you can edit"
        case .lockNowStale:
            return sv ? "Rollkartan som höll filen finns inte längre – \(key(.takeOverLock)) tar över låset"
                      : "The Rollkarta that held the file is gone – \(key(.takeOverLock)) takes over the lock"
        case .cannotWriteAtOpening(let reason):
            switch reason.problem {
            case .folderNotWritable(let why):
                return sv ? "Skrivskyddad mapp: filens mapp kan inte skrivas (\(why)). Du kan ändra, men inget sparas i filen – \(key(.saveCopy)) sparar ändringarna som en kopia på annat ställe"
                          : "Read-only folder: the file's folder cannot be written (\(why)). You can edit, but nothing is saved to the file – \(key(.saveCopy)) saves the edits as a copy elsewhere"
            case .lockNotWritable(let why):
                return sv ? "Låset kan inte skrivas i filens mapp (\(why)). Ändringarna sparas när det går – \(key(.saveCopy)) sparar dem som en kopia på annat ställe"
                          : "The lock cannot be written in the file's folder (\(why)). Edits are saved once they can be – \(key(.saveCopy)) saves them as a copy elsewhere"
            default:
                return FileText.readOnlyBanner(reason).text(language)
            }
        case .folderWritable:
            return sv ? "Mappen går att skriva igen: ändringarna sparas i filen" : "The folder can be written again: edits are saved to the file"
        case .unsavedQuitFolder(let count):
            let changes = sv ? (count == 1 ? "1 ändring är inte sparad" : "\(count) ändringar är inte sparade")
                             : (count == 1 ? "1 change is not saved" : "\(count) changes are not saved")
            return sv ? "\(changes): mappen kan inte skrivas – \(key(.saveCopy)) sparar en kopia på annat ställe · \(key(.back, .map)) igen avslutar ändå och de går förlorade"
                      : "\(changes): the folder cannot be written – \(key(.saveCopy)) saves a copy elsewhere · \(key(.back, .map)) again quits anyway and they are lost"
        case .changesLost(let count):
            return sv ? (count == 1 ? "1 ändring förlorad" : "\(count) ändringar förlorade")
                      : (count == 1 ? "1 change lost" : "\(count) changes lost")
        case .noOutsideChange: return sv ? "Filen har inte ändrats utanför Rollkarta" : "The file has not changed outside Rollkarta"
        }
    }
}
