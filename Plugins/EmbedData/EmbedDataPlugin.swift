import Foundation
import PackagePlugin

/// Embeds the top-level data/ files (the role catalog and the bundled example workshop)
/// into the target as Swift source. data/ stays the one source of truth.
@main
struct EmbedDataPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let data = context.package.directoryURL.appending(path: "data")
        let inputs: [(name: String, url: URL)] = [
            ("catalogJSON", data.appending(path: "catalog.json")),
            ("exampleWorkshopJSON", data.appending(path: "examples/example.rollkarta.json")),
        ]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        // The commit the build is made from, for `rollkarta --version`: read from .git by the
        // tool; the files that name it are inputs, so a new commit rebuilds it.
        let git = context.package.directoryURL.appending(path: ".git")
        let arguments = [output.path] + inputs.flatMap { [$0.name, $0.url.path] } + ["buildCommit", git.path]
        return [
            .buildCommand(
                displayName: "Embedding data/ into \(target.name)",
                executable: try context.tool(named: "EmbedData").url,
                arguments: arguments,
                inputFiles: inputs.map(\.url) + Self.commitFiles(git),
                outputFiles: [output])
        ]
    }

    /// .git/HEAD and the file its branch is kept in, where they exist.
    private static func commitFiles(_ git: URL) -> [URL] {
        let head = git.appending(path: "HEAD")
        guard let text = try? String(contentsOf: head, encoding: .utf8) else { return [] }
        var files = [head]
        if text.hasPrefix("ref: ") {
            let ref = git.appending(path: text.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))
            let packed = git.appending(path: "packed-refs")
            for file in [ref, packed] where FileManager.default.fileExists(atPath: file.path) { files.append(file) }
        }
        return files
    }
}
