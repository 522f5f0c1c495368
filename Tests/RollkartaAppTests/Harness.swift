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

    init(width: Int = 100, height: Int = 30, language: Language = .sv, workshop: Workshop? = nil) throws {
        let workshop = try workshop ?? WorkshopStore.load(Harness.examplePath)
        state = AppState(workshop: workshop, filePath: "example.rollkarta.json", language: language,
                         width: width, height: height)
    }

    mutating func press(_ keys: Key...) { press(keys) }

    mutating func press(_ keys: [Key]) {
        for key in keys { effects += update(&state, .key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { effects += update(&state, .key(.character(character))) }
    }

    mutating func resize(_ width: Int, _ height: Int) {
        effects += update(&state, .resize(width: width, height: height))
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
