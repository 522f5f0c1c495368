import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// Where the tests find the bundled example.
enum TestData {
    static let examplePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/examples/example.rollkarta.json").path
    /// The bundled workshop 1 (Förväntanskartläggning): the seed's Habilitering example.
    static let workshop1Path = URL(fileURLWithPath: examplePath).deletingLastPathComponent()
        .appendingPathComponent("ws1-example.rollkarta.json").path

    /// The example after two facilitators changed its title and its first gap's description
    /// differently and git merged their copies: two conflicts, the file holding Anna's side.
    static func workshopWithConflicts() throws -> Workshop {
        let base = try WorkshopStore.load(examplePath)
        var ours = base, theirs = base
        ours.title = "Hisingen – Annas version"
        theirs.title = "Hisingen – Bertils version"
        ours.gaps[0].description = "Annas beskrivning"
        theirs.gaps[0].description = "Bertils beskrivning"
        return try WorkshopMerge.merge(base: base, ours: ours, theirs: theirs).workshop
    }
}

/// Drives a program (the facilitator's app or the participant's walk) as a terminal would:
/// keys in, screen out; the effects it asks for are recorded and, where the harness has a
/// runtime, performed, with what became of them handed back as the real loop does.
struct Harness<Model: ProgramModel> {
    var state: Model
    var effects: [Model.Effect] = []
    /// Performs an effect and says what became of it; nil: the test sees the effects alone.
    var perform: ((Model.Effect, Model) -> [Model.Message])?
    /// Whether the last event ended with the model asking to quit.
    var quit = false

    mutating func send(_ event: Model.Message) {
        guard let perform else {
            effects += state.handle(event)
            quit = effects.last == Model.quitEffect
            return
        }
        var performed: [Model.Effect] = []
        quit = Program.dispatch(event, to: &state) { effect, state in
            performed.append(effect)
            return perform(effect, state)
        }
        effects += performed + (quit ? [Model.quitEffect] : [])
    }

    mutating func press(_ keys: Key...) { press(keys) }

    mutating func press(_ keys: [Key]) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    mutating func resize(_ width: Int, _ height: Int) {
        send(.resize(width: width, height: height))
    }

    var screen: CellBuffer { state.render() }
    var text: String { screen.lines.joined(separator: "\n") }

    /// The row on which `needle` first appears, and its column in cells.
    func find(_ needle: String) -> (x: Int, y: Int)? {
        let buffer = screen
        for y in 0..<buffer.height {
            var cells: [String] = []
            for x in 0..<buffer.width { cells.append(buffer[x, y].text) }
            let line = cells.joined()
            guard let range = line.range(of: needle) else { continue }
            // Convert the character offset to a cell column (wide characters take two cells).
            let prefix = String(line[..<range.lowerBound])
            return (TextWidth.of(prefix), y)
        }
        return nil
    }
}

/// The runtime as a reference, so the harness's perform closure can keep its lock and fingerprint.
final class RuntimeBox {
    var runtime: WorkshopRuntime<InMemoryFiles>

    init(_ runtime: WorkshopRuntime<InMemoryFiles>) {
        self.runtime = runtime
    }
}

extension Harness where Model == AppState {
    /// The facilitator's app on the example; with files, its effects run against them.
    init(width: Int = 100, height: Int = 30, language: Language = .sv, workshop: Workshop? = nil,
         files: InMemoryFiles? = nil, path: String = "example.rollkarta.json", elsewhere: String? = nil) throws {
        let workshop = try workshop ?? WorkshopStore.load(TestData.examplePath)
        state = AppState(workshop: workshop, filePath: path, language: language,
                         width: width, height: height)
        if let files {
            let box = RuntimeBox(WorkshopRuntime(path: state.filePath, files: files, elsewhere: elsewhere))
            state.readOnly = box.runtime.lock()
            perform = { effect, state in box.runtime.perform(state.job(effect)) }
        }
    }
}

extension Harness where Model == VerifyState {
    /// The participant's walk on a workshop (the example by default), its saves reported written.
    init(walking workshop: Workshop?, file: ParticipantFile? = nil, include: [VerificationSubject.Kind] = [.roles],
         language: Language = .sv, width: Int = 90, height: Int = 30) throws {
        let workshop = try workshop ?? WorkshopStore.load(TestData.examplePath)
        let answers = file ?? ParticipantFile(for: workshop, organisation: "Elevhälsan", initials: "ÅK", onBehalf: false,
                                              include: include)
        state = VerifyState(workshop: workshop, file: answers, filePath: "ws.verify-elevhalsan-ak.json", language: language,
                            width: width, height: height, now: { "2026-11-22T10:00:00Z" })
        perform = { effect, state in effect == .save ? [.saved(.written, version: state.changeCount)] : [] }
    }
}
