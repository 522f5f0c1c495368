import Foundation

/// The bundled example workshop (data/examples/example.rollkarta.json, embedded at build time).
public enum ExampleWorkshop {
    public static var json: String { EmbeddedData.exampleWorkshopJSON }

    /// The folder for the user's own copy: $XDG_DATA_HOME/rollkarta, else ~/.local/share/rollkarta.
    public static func dataFolder(environment: [String: String]) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/rollkarta" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/rollkarta"
    }

    /// The path of the user's copy of the example, created on first use and never overwritten,
    /// so what a facilitator tried out in it stays.
    public static func ensureCopy(environment: [String: String]) throws(AtomicFile.WriteError) -> String {
        let folder = dataFolder(environment: environment)
        let path = folder + "/example.rollkarta.json"
        if FileManager.default.fileExists(atPath: path) { return path }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw AtomicFile.WriteError(path: folder, step: "mkdir", errno: Int32((error as NSError).code),
                                          targetExisted: false)
        }
        try AtomicFile.write(Data(json.utf8), to: path, keepBackup: false)
        return path
    }
}
