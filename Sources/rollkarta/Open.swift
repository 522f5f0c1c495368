import ArgumentParser
import Foundation
import RollkartaApp
import RollkartaModel
import RollkartaTerminal

/// `rollkarta [FILE]`: the interactive journey map.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: say("Öppnar en workshop i terminalen (utan fil: exempelworkshopen).",
                      "Opens a workshop in the terminal (without a file: the example workshop)."))

    @Argument(help: ArgumentHelp(say("Workshopfilen. Utan fil öppnas en kopia av exemplet i din datamapp.",
                                     "The workshop file. Without one, a copy of the example in your data folder opens.")))
    var file: String?

    @Option(help: ArgumentHelp(say("Färgtema: standard eller projector (hög kontrast).",
                                   "Colour theme: standard or projector (high contrast).")))
    var theme: AppState.Theme = .standard

    @Flag(help: ArgumentHelp(say("Börja på startsidan (syfte, vision, effektmål) i stället för kartan.",
                                 "Start on the start page (purpose, vision, effect goals) instead of the map.")))
    var start = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var notice: String?
        let path: String
        if let file {
            if let mistyped = ParserText.mistypedSubcommand(in: [file], of: Rollkarta.self) {
                printError(mistyped)  // `rollkarta verfy`: a command was meant, not a file
                throw ExitCode.validationFailure
            }
            path = file
        } else {
            do {
                path = try ExampleWorkshop.ensureCopy(environment: environment)
            } catch {
                printError(error.message(commandLanguage))
                throw ExitCode.failure
            }
            notice = FileText.of(commandLanguage).exampleCopy(path)
        }
        let workshop = try loadWorkshopOrExit(path)

        var terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal.start(theme: theme, environment: environment)
        } catch {
            printError(Self.message(for: error))
            throw ExitCode.failure
        }
        let size = terminal.size
        // The file work runs beside the input loop: typing never waits for the disk.
        // A copy that cannot go beside the file (its folder is read-only) goes to the data folder.
        let files = BackgroundFileWork(WorkshopRuntime(path: path, files: DiskWorkshopFiles(),
                                                       elsewhere: ExampleWorkshop.dataFolder(environment: environment)))
        var state = AppState(workshop: workshop, filePath: path, language: commandLanguage, theme: theme,
                             width: size.width, height: size.height)
        state.view = start ? .start : AppState.openingView(for: workshop)
        state.readOnly = files.lockFile()
        state.message = notice
        if let reason = state.readOnly, reason.isUnwritableFolder {
            state.message = FileText.of(commandLanguage).cannotWriteAtOpening(reason)
        }
        let end = Program.run(&state, backend: &terminal, background: files) { effect, state in files.perform(state.job(effect)) }
        files.release()
        terminal.stop()
        for note in state.closingNotes { printError(note) }
        if state.isDirty, let message = state.message, !state.closingNotes.contains(message) { printError(message) }
        switch end {
        case .quit:
            // Quit anyway with edits that reached no file: never a success.
            if state.changesLost > 0 { throw ExitCode.failure }
            return
        case .hangup: throw ExitCode(129)
        case .terminated: throw ExitCode(143)
        }
    }

    static func message(for error: NcursesTerminal.StartError) -> String {
        switch error {
        case .notATerminal:
            return say("rollkarta: ingen terminal (standard in/ut är inte en terminal); använd 'rollkarta show FIL' för text",
                       "rollkarta: no terminal (standard input/output is not a terminal); use 'rollkarta show FILE' for text")
        case .unusableTerminal(let term):
            let name = term.isEmpty ? say("TERM är inte satt", "TERM is not set") : "TERM=\(term)"
            return say("rollkarta: terminalen kan inte styras (\(name)); prova TERM=xterm-256color eller 'rollkarta show FIL'",
                       "rollkarta: the terminal cannot be driven (\(name)); try TERM=xterm-256color or 'rollkarta show FILE'")
        }
    }
}

extension AppState.Theme: ExpressibleByArgument {}
