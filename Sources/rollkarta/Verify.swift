import ArgumentParser
import Foundation
import RollkartaApp
import RollkartaModel
import RollkartaTerminal

/// `rollkarta verify WORKSHOP --as ORGANISATION`: a participant's verification walk. The
/// workshop is only read; the answers go to a small file of the participant's own.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Verifiera rollerna: svara Ja, Nej eller Vill lyfta vidare på varje roll, offline.",
                      "Verify the roles: answer Yes, No or Let's discuss for every role, offline."),
        discussion: say("""
            Svaren sparas efter varje tangent i en egen fil (standard: bredvid workshopen, med organisationens \
            namn och initialerna). Avbryt när du vill; samma kommando fortsätter där du slutade. \
            Lämna sedan filen till facilitatorn, som slår samman med 'rollkarta merge'.
            """, """
            Answers are saved after every key in a file of your own (by default next to the workshop, named \
            after the organisation and initials). Stop whenever you like; the same command resumes where you \
            stopped. Then hand the file to the facilitator, who merges it with 'rollkarta merge'.
            """))

    @Argument(help: ArgumentHelp(say("Workshopfilen (läses bara).", "The workshop file (only read).")))
    var workshop: String

    @Option(name: .customLong("as"), help: ArgumentHelp(say("Organisationen du svarar för.", "The organisation you answer for.")))
    var organisation: String

    @Option(help: ArgumentHelp(say("Dina initialer (valfritt).", "Your initials (optional).")))
    var initials: String?

    @Option(help: ArgumentHelp(say("Svarsfilen (standard: bredvid workshopen).", "The answer file (default: next to the workshop).")))
    var out: String?

    @OptionGroup var include: IncludeOption

    @Flag(help: ArgumentHelp(say("Facilitatorn svarar för en organisation utan egen dator; svaren säger det.",
                                 "The facilitator answers for an organisation without a machine; the answers say so.")))
    var onBehalf = false

    @Option(help: ArgumentHelp(say("Färgtema: standard eller projector.", "Colour theme: standard or projector.")))
    var theme: AppState.Theme = .standard

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !organisation.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError(say("--as behöver en organisation", "--as needs an organisation"))
        }
    }

    func run() throws {
        let workshop = try loadWorkshopOrExit(self.workshop)
        let environment = ProcessInfo.processInfo.environment
        let dataFolder = ExampleWorkshop.dataFolder(environment: environment)
        let (beside, token) = out.map { ($0, Participant.hasInitials(initials) ? nil : ParticipantFile.newToken()) }
            ?? Self.answerPath(workshopPath: self.workshop, workshop: workshop, organisation: organisation, initials: initials,
                               alsoIn: dataFolder)
        // Beside the workshop unless its folder cannot be written (a read-only share or stick):
        // then in the participant's own data folder, where the same command finds it again.
        var path = beside
        var moved: String?
        if out == nil, let reason = Self.unwritableFolder(of: beside) {
            path = dataFolder + "/" + (beside as NSString).lastPathComponent
            moved = reason
            try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if !FileManager.default.fileExists(atPath: path), FileManager.default.fileExists(atPath: beside) {
                try? FileManager.default.copyItem(atPath: beside, toPath: path)  // answers given before: resumed from the copy
            }
        }
        let file = try answerFile(at: path, for: workshop, token: token)
        switch FileLock.acquire(path) {
        case .acquired, .unavailable, .damaged: break
        case .heldElsewhere(let holder, _):
            printError(say("\(path) är redan öppen (pid \(holder.pid) på \(holder.host) sedan \(holder.since))",
                           "\(path) is already open (pid \(holder.pid) on \(holder.host) since \(holder.since))"))
            throw ExitCode.failure
        }
        defer { FileLock.release(path) }

        var terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.start(theme: theme, environment: ProcessInfo.processInfo.environment)
        } catch {
            printError(Open.message(for: error))
            throw ExitCode.failure
        }
        let size = terminal.size
        var state = VerifyState(workshop: workshop, file: file, filePath: path, language: commandLanguage, theme: theme,
                                width: size.width, height: size.height)
        if moved != nil { state.sayAnswersSavedElsewhere() }
        // The answers are written beside the input loop, as the facilitator's saves are.
        let saves = BackgroundFileWork(AnswerRuntime())
        let end = Program.run(&state, backend: &terminal, background: saves) { effect, state in
            effect == .save ? saves.perform(state.saveJob) : []
        }
        terminal.stop()
        if let moved {
            printError(say("\((beside as NSString).deletingLastPathComponent): mappen kan inte skrivas (\(moved)); svaren sparades i stället i \(path)",
                           "\((beside as NSString).deletingLastPathComponent): the folder cannot be written (\(moved)); the answers were saved in \(path) instead"))
        }
        if state.isDirty {
            // The last save failed and the participant quit anyway: never exit as if they were kept.
            if let message = state.message { printError(message) }
            printError(say("\(state.answeredCount) av \(state.subjects.count) besvarade, men de senaste svaren kunde inte sparas i \(path) och är förlorade",
                           "\(state.answeredCount) of \(state.subjects.count) answered, but the latest answers could not be saved in \(path) and are lost"))
            throw ExitCode.failure
        }
        print(say("\(state.answeredCount) av \(state.subjects.count) besvarade; svaren finns i \(path)",
                  "\(state.answeredCount) of \(state.subjects.count) answered; the answers are in \(path)"))
        switch end {
        case .quit: return
        case .hangup: throw ExitCode(129)
        case .terminated: throw ExitCode(143)
        }
    }

    /// The participant's file: resumed when it exists (it must be this workshop's and this
    /// organisation's), otherwise a new one, written before the walk starts.
    private func answerFile(at path: String, for workshop: Workshop, token: String?) throws -> ParticipantFile {
        let requested = include.kinds
        if let unknown = unknownOrganisation(organisation, in: workshop, include: requested) {
            printError(unknown)  // before the walk, not hidden behind its screen until it ends
            throw ExitCode.failure
        }
        guard FileManager.default.fileExists(atPath: path) else {
            let file = ParticipantFile(for: workshop, organisation: organisation, initials: initials, onBehalf: onBehalf,
                                       include: requested, token: token)
            do {
                try ParticipantStore.save(file, to: path)
            } catch {
                printError(error.message(commandLanguage) + say(" – välj en fil där du kan skriva med --out", " – choose a file you can write with --out"))
                throw ExitCode.failure
            }
            return file
        }
        var file: ParticipantFile
        do {
            file = try ParticipantStore.load(path)
        } catch {
            printProblems(error)
            throw ExitCode.failure
        }
        guard file.workshop.id == workshop.id else {
            printError(DisplayText.sanitized(VerificationMerge.Refusal.otherWorkshop(
                file: path, found: file.workshop.id, foundTitle: file.workshop.title, expected: workshop.id).message(commandLanguage)))
            throw ExitCode.failure
        }
        guard file.belongs(to: organisation, initials: initials, in: workshop) else {
            let owner = file.shownName
            printError(DisplayText.sanitized(say("\(path) hör till \(owner); välj en annan fil med --out",
                                                 "\(path) belongs to \(owner); choose another file with --out")))
            throw ExitCode.failure
        }
        for kind in requested where !file.include.contains(kind) { file.include.append(kind) }
        file.onBehalf = file.onBehalf || onBehalf
        return file
    }

    /// The answer file's default name: by the organisation's abbreviation when the workshop knows
    /// the name given, so "Habiliteringen", "Habilitering" and "HAB" resume one file; a file
    /// already made under the name as given (before names were resolved) is resumed as it is.
    ///
    /// Without initials the name carries the participant's code ("ws.verify-bup-7k3q.json"), so
    /// two colleagues' walks on two machines make two files that merge as two participants. The
    /// walk resumes a file this organisation's walk made without initials before: one with a code
    /// (beside the workshop or in `alsoIn`, where a read-only folder's answers go), or one named
    /// before codes; else it makes a new code. The code is nil for a file that has initials.
    static func answerPath(workshopPath: String, workshop: Workshop, organisation: String, initials: String?,
                           alsoIn dataFolder: String) -> (path: String, token: String?) {
        let actor = workshop.organisation(named: organisation)
        func path(_ name: String, token: String? = nil) -> String {
            ParticipantFile.defaultPath(workshopPath: workshopPath, organisation: name, initials: initials, token: token)
        }
        let asGiven = path(organisation)
        if FileManager.default.fileExists(atPath: asGiven) || actor == nil && Participant.hasInitials(initials) {
            return (asGiven, nil)
        }
        let named = actor.map { path($0.abbreviation) } ?? asGiven
        if Participant.hasInitials(initials) || FileManager.default.fileExists(atPath: named) { return (named, nil) }
        let base = (ParticipantFile.answerFileBase(workshopPath: workshopPath) as NSString).lastPathComponent + ".verify-"
        let folder = (workshopPath as NSString).deletingLastPathComponent
        for directory in [folder.isEmpty ? "." : folder, dataFolder] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
            for name in names where name.hasPrefix(base) && name.hasSuffix(".json") {
                let candidate = (directory as NSString).appendingPathComponent(name)
                guard let file = try? ParticipantStore.load(candidate), file.workshop.id == workshop.id, let token = file.token,
                      !Participant.hasInitials(file.initials), file.belongs(to: organisation, initials: nil, in: workshop) else { continue }
                let beside = path(actor?.abbreviation ?? organisation, token: token)
                return (directory == dataFolder && !FileManager.default.fileExists(atPath: beside) ? beside : candidate, token)
            }
        }
        let token = ParticipantFile.newToken()
        return (path(actor?.abbreviation ?? organisation, token: token), token)
    }

    /// Why the folder of `path` cannot take a new file, or nil when it can.
    private static func unwritableFolder(of path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        guard access(folder.isEmpty ? "." : folder, W_OK) != 0 else { return nil }
        return String(cString: strerror(errno))
    }
}
