/// What `rollkarta --version` says: the program's version, the catalog's, and the commit the
/// build was made from (read from git at build time; "unknown" outside a checkout).
public enum BuildInfo {
    public static let version = "0.2.0"
    public static let commit = EmbeddedData.buildCommit

    public static var versionLine: String {
        "rollkarta \(version) (catalog \(Catalog.bundled.catalogVersion), commit \(commit))"
    }
}
