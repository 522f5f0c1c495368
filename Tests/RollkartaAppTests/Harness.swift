import Foundation
import XCTest
@testable import RollkartaApp
import RollkartaModel

/// Drives the app core as a terminal would: keys in, screen out.
struct Harness {
    static let examplePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("data/examples/example.rollkarta.json").path

    var state: AppState
    var effects: [Effect] = []
    /// With files, the effects are performed against them and their results handed back, as
    /// the real program does; without, the test sees the effects alone.
    var runtime: WorkshopRuntime<InMemoryFiles>?
    /// Whether the last event ended with the model asking to quit.
    var quit = false

    init(width: Int = 100, height: Int = 30, language: Language = .sv, workshop: Workshop? = nil,
         files: InMemoryFiles? = nil) throws {
        let workshop = try workshop ?? WorkshopStore.load(Harness.examplePath)
        state = AppState(workshop: workshop, filePath: "example.rollkarta.json", language: language,
                         width: width, height: height)
        if let files {
            runtime = WorkshopRuntime(path: state.filePath, files: files)
            state.readOnly = runtime?.lock()
        }
    }

    mutating func send(_ event: Event) {
        guard var runtime else {
            effects += update(&state, event)
            return
        }
        var performed: [Effect] = []
        quit = Program.dispatch(event, to: &state) { effect, state in
            performed.append(effect)
            return runtime.perform(effect, state)
        }
        self.runtime = runtime
        effects += performed + (quit ? [.quit] : [])
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

    var screen: CellBuffer { Screen.render(state) }
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
