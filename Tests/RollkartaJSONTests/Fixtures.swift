import Foundation
import RollkartaModel

/// Where the JSON tests find the documents they compare with Foundation: the bundled examples,
/// which are workshops (the JSON module itself knows nothing of them).
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examplePath = packageRoot.appendingPathComponent("data/examples/example.rollkarta.json").path

    static func example() throws -> Workshop {
        try WorkshopStore.load(examplePath)
    }

    static func bytes(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
