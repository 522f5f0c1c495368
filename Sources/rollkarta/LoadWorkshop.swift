import ArgumentParser
import RollkartaModel

/// Loads a workshop for a command; on any problem prints each one (file, line, path, what
/// was expected) to standard error and exits 1. The file is never written.
func loadWorkshopOrExit(_ path: String) throws -> Workshop {
    do {
        return try WorkshopStore.load(path)
    } catch {
        for problem in error.problems { printError(DisplayText.sanitized(problem.message(commandLanguage))) }
        throw ExitCode.failure
    }
}
