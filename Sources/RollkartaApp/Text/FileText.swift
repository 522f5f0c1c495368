import RollkartaModel

/// What the app says about its file: saved or not, read-only, changed outside, the lock, exports.
public struct FileText: TextTable {
    public let saved: String
    public let unsaved: String
    public let exampleCopy: @Sendable (String) -> String
    public let exported: @Sendable (String, [String]) -> String
    public let saveFailed: @Sendable (String) -> String
    public let readOnlyBanner: @Sendable (ReadOnlyReason) -> String
    public let readOnlyRefused: String
    public let cannotTakeOver: String
    /// Asked before taking over the lock of another machine.
    public let takeOverQuestion: @Sendable (ReadOnlyReason) -> String
    public let takeOverDeclined: String
    public let nothingToTakeOver: String
    public let lockTakenOver: String
    public let conflictBanner: String
    public let reloaded: String
    public let savedCopy: @Sendable (String) -> String
    public let overwritten: String
    public let unsavedQuit: String
    public let lockLost: String
    public let exportFailed: @Sendable (String) -> String
    public let noOutsideChange: String
    public let notWritten: String
    public let followedFile: String
    public let followFailed: @Sendable (String) -> String
    public let lockFreed: String
    public let lockNowStale: String
    public let cannotWriteAtOpening: @Sendable (ReadOnlyReason) -> String
    public let folderWritable: String
    public let unsavedQuitFolder: @Sendable (Int) -> String
    public let changesLost: @Sendable (Int) -> String
}

extension FileText {
    /// Svenska.
    public static let sv = FileText(
        saved: "sparad",
        unsaved: "ej sparad",
        exampleCopy: { path in "Exempelworkshop: \(path)" },
        exported: { folder, files in "Rapporter skrivna i \(folder): " + files.joined(separator: ", ") },
        saveFailed: { reason in reason },
        readOnlyBanner: { reason in
            let who = "pid \(reason.pid) på \(reason.host) sedan \(reason.sinceShown)"
            switch reason.problem {
            case .empty:
                return "SKRIVSKYDDAD: tomt lås (ingen namnges) – \(key(.takeOverLock)) tar över"
            case .unreadable:
                return "SKRIVSKYDDAD: oläsligt lås (ingen namnges) – \(key(.takeOverLock)) tar över"
            case .folderNotWritable(let why):
                return "MAPPEN KAN INTE SKRIVAS (\(why)) – \(key(.saveCopy)) sparar ändringar som kopia på annat ställe"
            case .lockNotWritable(let why):
                return "LÅSET KAN INTE SKRIVAS (\(why)) – \(key(.saveCopy)) sparar ändringar som kopia på annat ställe"
            case nil: break
            }
            if reason.isStale {
                return "SKRIVSKYDDAD: övergivet lås – \(key(.takeOverLock)) tar över (\(who); processen finns inte)"
            }
            if reason.otherHost {
                return "SKRIVSKYDDAD – \(key(.takeOverLock)) tar över om ingen arbetar där: låst från \(reason.host) (pid \(reason.pid)) sedan \(reason.sinceShown)"
            }
            return "SKRIVSKYDDAD: öppen i en annan Rollkarta (\(who)) – låset blir ditt när den stängs"
        },
        readOnlyRefused: "Skrivskyddad: inget ändras",
        cannotTakeOver: "Den andra Rollkartan körs fortfarande här: stäng den, så blir låset ditt",
        takeOverQuestion: { reason in
            "Ta över låset? j/n – bara om ingen arbetar på \(reason.host) (pid \(reason.pid), låst sedan \(reason.sinceShown))"
        },
        takeOverDeclined: "Låset lämnades kvar: filen är fortfarande skrivskyddad",
        nothingToTakeOver: "Filen är inte skrivskyddad: låset är redan ditt",
        lockTakenOver: "Låset övertaget: du kan redigera",
        conflictBanner: "FILEN ÄNDRAD UTANFÖR ROLLKARTA – \(key(.reloadFromDisk)) läs in · \(key(.saveCopy)) spara som kopia · \(key(.overwrite)) skriv över",
        reloaded: "Inläst från disk; \(key(.undo)) tar tillbaka din version",
        savedCopy: { path in "Din version sparad som \(path)" },
        overwritten: "Filen överskriven med din version",
        unsavedQuit: "Ändringar är inte sparade (se felet ovan) – \(key(.back, .map)) igen avslutar ändå, annan tangent: du stannar kvar",
        lockLost: "En annan Rollkarta tog över låset – \(key(.saveCopy)) sparar dina ändringar som en kopia",
        exportFailed: { reason in "Kunde inte exportera: " + reason },
        noOutsideChange: "Filen har inte ändrats utanför Rollkarta",
        notWritten: "Ändringen är inte skriven: filen ändrades utanför Rollkarta – \(key(.reloadFromDisk)) läs in · \(key(.saveCopy)) spara som kopia · \(key(.overwrite)) skriv över",
        followedFile: "Filen ändrades på disk: den nya versionen visas",
        followFailed: { reason in "Filen ändrades men kan inte läsas (\(reason)); den förra versionen visas" },
        lockFreed: "Den andra Rollkartan har stängt filen: låset är ditt och du kan redigera",
        lockNowStale: "Rollkartan som höll filen finns inte längre – \(key(.takeOverLock)) tar över låset",
        cannotWriteAtOpening: { reason in
            switch reason.problem {
            case .folderNotWritable(let why):
                return "Skrivskyddad mapp: filens mapp kan inte skrivas (\(why)). Du kan ändra, men inget sparas i filen – \(key(.saveCopy)) sparar ändringarna som en kopia på annat ställe"
            case .lockNotWritable(let why):
                return "Låset kan inte skrivas i filens mapp (\(why)). Ändringarna sparas när det går – \(key(.saveCopy)) sparar dem som en kopia på annat ställe"
            default:
                return FileText.of(.sv).readOnlyBanner(reason)
            }
        },
        folderWritable: "Mappen går att skriva igen: ändringarna sparas i filen",
        unsavedQuitFolder: { count in
            let changes = (count == 1 ? "1 ändring är inte sparad" : "\(count) ändringar är inte sparade")
            return "\(changes): mappen kan inte skrivas – \(key(.saveCopy)) sparar en kopia på annat ställe · \(key(.back, .map)) igen avslutar ändå och de går förlorade"
        },
        changesLost: { count in (count == 1 ? "1 ändring förlorad" : "\(count) ändringar förlorade") }
    )
}

extension FileText {
    /// English.
    public static let en = FileText(
        saved: "saved",
        unsaved: "unsaved",
        exampleCopy: { path in "Example workshop: \(path)" },
        exported: { folder, files in "Reports written in \(folder): " + files.joined(separator: ", ") },
        saveFailed: { reason in reason },
        readOnlyBanner: { reason in
            let whoEn = "pid \(reason.pid) on \(reason.host) since \(reason.sinceShown)"
            switch reason.problem {
            case .empty:
                return "READ-ONLY: empty lock (it names nobody) – \(key(.takeOverLock)) takes over"
            case .unreadable:
                return "READ-ONLY: unreadable lock (it names nobody) – \(key(.takeOverLock)) takes over"
            case .folderNotWritable(let why):
                return "THE FOLDER CANNOT BE WRITTEN (\(why)) – \(key(.saveCopy)) saves edits as a copy elsewhere"
            case .lockNotWritable(let why):
                return "THE LOCK CANNOT BE WRITTEN (\(why)) – \(key(.saveCopy)) saves edits as a copy elsewhere"
            case nil: break
            }
            if reason.isStale {
                return "READ-ONLY: stale lock – \(key(.takeOverLock)) takes over (\(whoEn); the process is gone)"
            }
            if reason.otherHost {
                return "READ-ONLY – \(key(.takeOverLock)) takes over if nobody works there: locked from \(reason.host) (pid \(reason.pid)) since \(reason.sinceShown)"
            }
            return "READ-ONLY: open in another Rollkarta (\(whoEn)) – the lock is yours when it closes"
        },
        readOnlyRefused: "Read-only: nothing is changed",
        cannotTakeOver: "The other Rollkarta is still running here: close it and the lock is yours",
        takeOverQuestion: { reason in
            "Take over the lock? y/n – only if nobody works on \(reason.host) (pid \(reason.pid), locked since \(reason.sinceShown))"
        },
        takeOverDeclined: "The lock was left: the file is still read-only",
        nothingToTakeOver: "The file is not read-only: the lock is yours already",
        lockTakenOver: "Lock taken over: you can edit",
        conflictBanner: "FILE CHANGED OUTSIDE ROLLKARTA – \(key(.reloadFromDisk)) read it in · \(key(.saveCopy)) save as copy · \(key(.overwrite)) overwrite",
        reloaded: "Read in from disk; \(key(.undo)) brings back your version",
        savedCopy: { path in "Your version saved as \(path)" },
        overwritten: "File overwritten with your version",
        unsavedQuit: "Changes are not saved (see the error above) – \(key(.back, .map)) again quits anyway, any other key stays",
        lockLost: "Another Rollkarta took over the lock – \(key(.saveCopy)) saves your changes as a copy",
        exportFailed: { reason in "Could not export: " + reason },
        noOutsideChange: "The file has not changed outside Rollkarta",
        notWritten: "The change is not written: the file changed outside Rollkarta – \(key(.reloadFromDisk)) read it in · \(key(.saveCopy)) save as copy · \(key(.overwrite)) overwrite",
        followedFile: "The file changed on disk: the new version is shown",
        followFailed: { reason in "The file changed but cannot be read (\(reason)); the previous version is shown" },
        lockFreed: "The other Rollkarta has closed the file: the lock is yours and you can edit",
        lockNowStale: "The Rollkarta that held the file is gone – \(key(.takeOverLock)) takes over the lock",
        cannotWriteAtOpening: { reason in
            switch reason.problem {
            case .folderNotWritable(let why):
                return "Read-only folder: the file's folder cannot be written (\(why)). You can edit, but nothing is saved to the file – \(key(.saveCopy)) saves the edits as a copy elsewhere"
            case .lockNotWritable(let why):
                return "The lock cannot be written in the file's folder (\(why)). Edits are saved once they can be – \(key(.saveCopy)) saves them as a copy elsewhere"
            default:
                return FileText.of(.en).readOnlyBanner(reason)
            }
        },
        folderWritable: "The folder can be written again: edits are saved to the file",
        unsavedQuitFolder: { count in
            let changes = (count == 1 ? "1 change is not saved" : "\(count) changes are not saved")
            return "\(changes): the folder cannot be written – \(key(.saveCopy)) saves a copy elsewhere · \(key(.back, .map)) again quits anyway and they are lost"
        },
        changesLost: { count in (count == 1 ? "1 change lost" : "\(count) changes lost") }
    )
}
