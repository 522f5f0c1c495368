import ArgumentParser
import Foundation
import RollkartaApp
import RollkartaExport
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

    @OptionGroup var language: LanguageOption

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var notice: String?
        let path: String
        if let file {
            path = file
        } else {
            do {
                path = try ExampleWorkshop.ensureCopy(environment: environment)
            } catch {
                printError(error.message(commandLanguage))
                throw ExitCode.failure
            }
            notice = UIText.exampleCopy(path).text(commandLanguage)
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
        var state = AppState(workshop: workshop, filePath: path, language: commandLanguage, theme: theme,
                             width: size.width, height: size.height)
        state.message = notice
        let end = Program.run(&state, backend: &terminal) { effect, state in
            switch effect {
            case .save: Self.save(&state, to: path)
            case .exportReports: state.message = Self.exportReports(state.workshop, beside: path, language: state.language)
            case .quit: break
            }
        }
        // Closed window or kill: what was typed into an open form is kept, as if F2 were pressed
        // (a form that cannot be saved yet, such as a gap without description, is lost).
        if end != .quit, state.form?.isChanged == true {
            _ = update(&state, .key(.function(2)))
        }
        // A save that failed (full disk, read-only folder) is tried once more before leaving.
        if state.isDirty { Self.save(&state, to: path) }
        terminal.stop()
        if state.isDirty, let message = state.message { printError(message) }
        switch end {
        case .quit: return
        case .hangup: throw ExitCode(129)
        case .terminated: throw ExitCode(143)
        }
    }

    /// Saves atomically; on failure the edits stay in memory, marked unsaved, and the status
    /// bar says why, so the facilitator can free space or fix permissions and go on.
    static func save(_ state: inout AppState, to path: String) {
        do {
            try WorkshopStore.save(state.workshop, to: path)
            state.isDirty = false
        } catch {
            state.message = UIText.saveFailed(error.message(state.language)).text(state.language)
        }
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
