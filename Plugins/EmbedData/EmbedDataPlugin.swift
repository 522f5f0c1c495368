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
        let arguments = [output.path] + inputs.flatMap { [$0.name, $0.url.path] }
        return [
            .buildCommand(
                displayName: "Embedding data/ into \(target.name)",
                executable: try context.tool(named: "EmbedData").url,
                arguments: arguments,
                inputFiles: inputs.map(\.url),
                outputFiles: [output])
        ]
    }
}
