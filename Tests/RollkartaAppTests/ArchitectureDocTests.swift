import Foundation
import XCTest

/// docs/ARCHITECTURE.md names every target, every screen's folder and every folder of the
/// model: a new one that the next maintainer could not find there fails here.
final class ArchitectureDocTests: XCTestCase {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private func folders(_ path: String) throws -> [String] {
        let url = Self.root.appendingPathComponent(path)
        return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }.sorted()
    }

    func testEveryTargetScreenAndModelFolderIsNamedInTheArchitecture() throws {
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"\.(?:target|executableTarget|testTarget|systemLibrary|plugin)\(name: "([^"]+)""#)
        let targets = pattern.matches(in: manifest, range: NSRange(manifest.startIndex..., in: manifest)).compactMap {
            Range($0.range(at: 1), in: manifest).map { String(manifest[$0]) }
        }
        XCTAssertGreaterThan(targets.count, 10, "the manifest's targets were found")
        let screens = try folders("Sources/RollkartaApp/Screens")
        XCTAssertTrue(screens.contains("Summary"))
        let model = try folders("Sources/RollkartaModel")
        for name in targets + screens + model {
            XCTAssertTrue(doc.contains("`\(name)`") || doc.contains("`\(name)/`"), "docs/ARCHITECTURE.md does not name `\(name)`")
        }
        XCTAssertTrue(doc.contains("Screens/Summary"), "the template screen is pointed to")
    }
}
