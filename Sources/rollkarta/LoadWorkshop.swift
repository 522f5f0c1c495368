import ArgumentParser
import Foundation
import RollkartaModel

/// Loads a workshop for a command; on any problem prints each one (file, line, path, what
/// was expected) to standard error and exits 1. The file is never written.
func loadWorkshopOrExit(_ path: String) throws -> Workshop {
    do {
        return try WorkshopStore.load(path)
    } catch {
        printProblems(error)
        throw ExitCode.failure
    }
}

/// Loads a workshop and works out `work` from it on this thread while it is validated on
/// another (a large file's summary is ready when its validation is). Problems as above.
func loadWorkshopOrExit<Result>(_ path: String, alongsideValidation work: (Workshop) -> Result) throws -> Result {
    do {
        let data = try AtomicFile.read(path)
        return try WorkshopCodec.decode(data, file: path, alongsideValidation: work).result
    } catch {
        printProblems(error)
        throw ExitCode.failure
    }
}

/// The problems of a file that could not be read, one line each on standard error (the first
/// hundred, then how many more).
func printProblems(_ error: LoadError) {
    for line in error.lines(commandLanguage) { printError(DisplayText.sanitized(line)) }
}

/// The roles and steps of every journey as a catalog file or a workshop file has them (the
/// baseline of `roles --diff --against`, the start of `new --roles-from`); exits with a
/// message when the file is neither.
func journeysOrExit(from path: String) throws -> [WorkshopJourney] {
    guard let data = FileManager.default.contents(atPath: path) else {
        printError(say("\(path): kan inte läsas", "\(path): cannot be read"))
        throw ExitCode.failure
    }
    if let catalog = try? JSONDecoder().decode(Catalog.self, from: data) { return catalog.journeysAsWorkshop }
    return try loadWorkshopOrExit(path).journeys
}

/// Takes the lock of a workshop a subcommand will write (merge, import, fold-in) before it reads
/// or says anything: a workshop open in Rollkarta is refused first, and nothing is said as if it
/// had been done. A stale lock (its Rollkarta is gone) is taken over. The caller releases it.
func takeWritingLockOrExit(_ path: String) throws {
    switch FileLock.acquire(path) {
    case .acquired, .unavailable, .damaged:
        return
    case .heldElsewhere(let holder, let isStale):
        if holder.isThisProcess { return }
        if isStale, FileLock.acquire(path, takeOver: true) == .acquired { return }
        printError(say("Ingenting skrevs: \(path) är öppen i Rollkarta (pid \(holder.pid) på \(holder.host) sedan \(holder.since)); stäng den och försök igen.",
                       "Nothing was written: \(path) is open in Rollkarta (pid \(holder.pid) on \(holder.host) since \(holder.since)); close it and try again."))
        throw ExitCode.failure
    }
}

/// Writes a workshop a subcommand changed (merge, import), unless it is open in Rollkarta:
/// a workshop open there is not written behind the facilitator's back.
func saveHoldingTheLock(_ workshop: Workshop, to path: String) throws {
    try takeWritingLockOrExit(path)
    defer { FileLock.release(path) }
    do {
        try WorkshopStore.save(workshop, to: path)
    } catch {
        printError(error.message(commandLanguage))
        throw ExitCode.failure
    }
}
