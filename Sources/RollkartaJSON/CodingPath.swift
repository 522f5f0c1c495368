/// What the project's own encoder and decoder share about coding paths: a coder knows its parent
/// and its key, and the path is walked only when someone asks for it (rarely: for an error),
/// not built for every value.
protocol ChainedCoder: AnyObject {
    var parent: Self? { get }
    var key: (any CodingKey)? { get }
}

extension ChainedCoder {
    var chainedPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var coder: Self? = self
        while let current = coder {
            if let key = current.key { path.append(key) }
            coder = current.parent
        }
        return path.reversed()
    }
}

/// The key of a list's element in a coding path, as Foundation names it.
struct ListIndexKey: CodingKey {
    let index: Int
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { index = intValue }
}
