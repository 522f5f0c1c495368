import Foundation
import XCTest

/// Runs the real `rollkarta` binary that `swift test` built next to the test bundle.
enum Binary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examplePath = packageRoot.appendingPathComponent("data/examples/example.rollkarta.json").path

    static var path: String {
        if let override = ProcessInfo.processInfo.environment["ROLLKARTA_BINARY"] { return override }
        // The test bundle sits in the build products folder, beside the executable.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("rollkarta").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let main = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [main, main.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("rollkarta").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/rollkarta").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs with a clean locale (Swedish unless the test says otherwise) and no terminal.
    static func run(_ arguments: [String], environment extra: [String: String] = [:],
                    currentDirectory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["LANG", "LC_ALL", "LC_MESSAGES"] { environment[name] = nil }
        environment.merge(extra) { $1 }
        process.environment = environment
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs another program (mount, dd ...) found on PATH, its output discarded; its exit status.
    @discardableResult
    static func command(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs a shell command line; its exit status and what it wrote (both streams).
    @discardableResult
    static func shell(_ command: String, in folder: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Sends a signal (TERM, HUP, KILL ...) to the running rollkarta whose command line holds `text`.
    static func signal(_ name: String, matching text: String) throws {
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        kill.arguments = ["pkill", "-\(name)", "-f", text]
        try kill.run()
        kill.waitUntilExit()
    }

    /// The one answer file a walk without initials made in the folder: "ws.verify-bup-7k3q.json"
    /// for the prefix "ws.verify-bup" (the code is the participant's, made by the walk).
    static func answerFile(in folder: String, _ prefix: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { name in
            name.hasPrefix(prefix + "-") && name.hasSuffix(".json") && name.count == prefix.count + 10
        }
        guard names.count == 1 else { throw NSError(domain: "answerFile", code: names.count, userInfo: [NSLocalizedDescriptionKey: "\(prefix)-CODE.json in \(folder): \(names)"]) }
        return folder + "/" + names[0]
    }

    static func temporaryFolder(_ test: XCTestCase) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rollkarta-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url.path
    }
}
