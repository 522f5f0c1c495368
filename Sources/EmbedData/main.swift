import Foundation

// Usage: EmbedData OUTPUT.swift NAME FILE [NAME FILE ...]
// Writes `enum EmbeddedData { static let NAME = "<contents of FILE>" }` as raw string
// literals, so the model module carries data/ without looking for files at run time.

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 3, arguments.count % 2 == 1 else {
    FileHandle.standardError.write(Data("usage: EmbedData OUTPUT NAME FILE [NAME FILE ...]\n".utf8))
    exit(2)
}

var source = "// Generated from data/ by the EmbedData build plugin. Do not edit.\n"
source += "enum EmbeddedData {\n"
/// The commit HEAD names, read from the files git keeps it in; "unknown" outside a checkout.
func commit(gitFolder: String) -> String {
    func read(_ path: String) -> String? {
        (try? String(contentsOfFile: gitFolder + "/" + path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard let head = read("HEAD") else { return "unknown" }
    guard head.hasPrefix("ref: ") else { return String(head.prefix(12)) }
    let ref = String(head.dropFirst(5))
    if let sha = read(ref) { return String(sha.prefix(12)) }
    let packed = read("packed-refs")?.split(separator: "\n").first { $0.hasSuffix(" " + ref) }
    return packed.map { String($0.prefix(12)) } ?? "unknown"
}

for index in stride(from: 1, to: arguments.count, by: 2) {
    let name = arguments[index]
    let path = arguments[index + 1]
    if name == "buildCommit" {
        source += "    static let buildCommit = \"\(commit(gitFolder: path))\"\n"
        continue
    }
    guard let contents = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("EmbedData: cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    // Enough #s that no run of quote-and-hashes in the file can close the literal early.
    var hashes = "#"
    while contents.contains("\"\"\"" + hashes) || contents.contains("\\" + hashes) { hashes += "#" }
    source += "    static let \(name): String = \(hashes)\"\"\"\n\(contents)\n\"\"\"\(hashes)\n"
}
source += "}\n"

do {
    try source.write(toFile: arguments[0], atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("EmbedData: cannot write \(arguments[0]): \(error)\n".utf8))
    exit(1)
}
