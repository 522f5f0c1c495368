/// A strict JSON syntax pass run before Foundation's decoder, for what the decoder cannot do:
/// say where (line and column) a syntax error is, refuse duplicate keys (the decoder silently
/// keeps one of them), and refuse deep nesting before anything recurses into it.
/// It also finds where JSON paths are, all in one pass, so that validation problems can name a line.
public struct JSONScanner {
    public typealias Failure = JSONSyntaxError

    /// Far deeper than any Rollkarta file (about 5 levels), far shallower than any stack limit.
    public static let maxDepth = 64

    /// Checks syntax; nil when the bytes are one well-formed JSON value.
    public static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Failure? {
        var scanner = JSONScanner(bytes: bytes, trie: nil)
        do {
            try scanner.document()
            return nil
        } catch {
            return error
        }
    }

    /// The byte offsets where the values at `paths` start (nil where the document has none
    /// there), all found in one pass over the document however many paths there are; then the
    /// 1-based line and column of each, found in one more pass. `scanned` counts the bytes both
    /// passes read, which stays within twice the file's size.
    public static func positions(of paths: [JSONPath], in bytes: UnsafeBufferPointer<UInt8>)
        -> (positions: [(line: Int, column: Int)?], scanned: Int) {
        var trie = PathTrie()
        let nodes = paths.map { trie.insert($0.components) }
        var scanner = JSONScanner(bytes: bytes, trie: trie)
        try? scanner.document()
        let offsets = nodes.map { scanner.found[$0] }
        let (places, swept) = lineAndColumn(of: offsets.compactMap { $0 }, in: bytes)
        return (offsets.map { offset in offset.flatMap { places[$0] } }, scanner.position + swept)
    }

    /// 1-based line and column (in characters, not bytes) of every offset, in one pass up to
    /// the last of them; also how many bytes that pass read.
    static func lineAndColumn(of offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>)
        -> (places: [Int: (line: Int, column: Int)], scanned: Int) {
        var places: [Int: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        var index = 0
        for offset in Set(offsets).sorted() {
            let end = min(offset, bytes.count)
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1  // count characters: UTF-8 continuation bytes belong to the one before
                }
                index += 1
            }
            places[offset] = (line, column)
        }
        return (places, index)
    }

    /// 1-based line and column (in characters, not bytes) of a byte offset.
    public static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        lineAndColumn(of: [offset], in: bytes).places[offset] ?? (1, 1)
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The paths to find, when finding; the document's values are walked alongside it.
    private let trie: PathTrie?
    /// Where the value of each trie node starts, by node.
    private(set) var found: [Int: Int] = [:]

    private init(bytes: UnsafeBufferPointer<UInt8>, trie: PathTrie?) {
        self.bytes = bytes
        self.trie = trie
    }

    private mutating func document() throws(Failure) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
        skipWhitespace()
        if position >= bytes.count { throw Failure(offset: position, kind: .empty) }
        try value(depth: 0, node: trie == nil ? nil : PathTrie.root)
        skipWhitespace()
        if position < bytes.count { throw Failure(offset: position, kind: .trailingContent) }
    }

    /// `node`: the trie node of this value's path, nil when no path to find goes through it.
    private mutating func value(depth: Int, node: Int? = nil) throws(Failure) {
        skipWhitespace()
        if let node, trie?.isTarget(node) == true, found[node] == nil { found[node] = position }
        guard position < bytes.count else { throw fail(expected: .value) }
        switch bytes[position] {
        case UInt8(ascii: "{"): try object(depth: depth + 1, node: node)
        case UInt8(ascii: "["): try array(depth: depth + 1, node: node)
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw fail(expected: .value)
        }
    }

    private mutating func object(depth: Int, node: Int?) throws(Failure) {
        if depth > JSONScanner.maxDepth { throw Failure(offset: position, kind: .tooDeep(limit: JSONScanner.maxDepth)) }
        position += 1
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return }
        var keys = KeySet()
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw fail(expected: .key)
            }
            let keyStart = position
            let keyRange = try string()
            if !keys.insert(keyRange, in: bytes) {
                throw Failure(offset: keyStart, kind: .duplicateKey(text(keyRange)))
            }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw fail(expected: .colon) }
            // A key's text is made only where a path to find goes on by key.
            let child = node.flatMap { node in trie?.hasKeys(node) == true ? trie?.child(node, .key(text(keyRange))) : nil }
            skipWhitespace()
            try value(depth: depth, node: child)
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return }
            throw fail(expected: .commaOrBrace)
        }
    }

    private mutating func array(depth: Int, node: Int?) throws(Failure) {
        if depth > JSONScanner.maxDepth { throw Failure(offset: position, kind: .tooDeep(limit: JSONScanner.maxDepth)) }
        position += 1
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return }
        var index = 0
        while true {
            try value(depth: depth, node: node.flatMap { trie?.child($0, .index(index)) })
            index += 1
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return }
            throw fail(expected: .commaOrBracket)
        }
    }

    /// Returns the range of the string's content, between the quotes.
    private mutating func string() throws(Failure) -> Range<Int> {
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return start..<(position - 1)
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { break }
                switch bytes[position] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
                     UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    position += 1
                case UInt8(ascii: "u"):
                    position += 1
                    for _ in 0..<4 {
                        guard position < bytes.count, isHexDigit(bytes[position]) else {
                            throw fail(expected: .hexDigits)
                        }
                        position += 1
                    }
                default:
                    throw fail(expected: .escape)
                }
            case 0..<0x20:
                throw fail(expected: .noControlCharacter)
            case 0x80...:
                try utf8Sequence()
            default:
                position += 1
            }
        }
        throw fail(expected: .closingQuote)
    }

    private mutating func utf8Sequence() throws(Failure) {
        let lead = bytes[position]
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: throw Failure(offset: position, kind: .invalidUTF8)
        }
        guard position + length <= bytes.count else { throw Failure(offset: position, kind: .invalidUTF8) }
        for offset in 1..<length where bytes[position + offset] & 0xC0 != 0x80 {
            throw Failure(offset: position, kind: .invalidUTF8)
        }
        let second = bytes[position + 1]
        // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
        if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
            || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) {
            throw Failure(offset: position, kind: .invalidUTF8)
        }
        position += length
    }

    private mutating func number() throws(Failure) {
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            // A leading zero stands alone.
        } else if digits() == 0 {
            throw fail(expected: .digit)
        }
        if consume(UInt8(ascii: ".")), digits() == 0 { throw fail(expected: .digit) }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            if digits() == 0 { throw fail(expected: .digit) }
        }
    }

    private mutating func digits() -> Int {
        var count = 0
        while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
            position += 1
            count += 1
        }
        return count
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard position < bytes.count, bytes[position] == byte else { throw fail(expected: .literal("\(word)")) }
            position += 1
        }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): position += 1
            default: return
            }
        }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
             UInt8(ascii: "A")...UInt8(ascii: "F"): return true
        default: return false
        }
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private func fail(expected: SyntaxExpectation) -> Failure {
        position >= bytes.count
            ? Failure(offset: bytes.count, kind: .syntax(expected: expected, endOfFile: true))
            : Failure(offset: position, kind: .syntax(expected: expected, endOfFile: false))
    }
}

/// The keys seen so far in one object. Objects in a workshop file have a handful of keys,
/// so a linear search is fastest; a hostile object with thousands gets a hash set.
private struct KeySet {
    private var ranges: [Range<Int>] = []
    private var hashed: Set<[UInt8]>?

    /// False when the key was already there.
    mutating func insert(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hashed != nil { return hashed!.insert(Array(bytes[range])).inserted }
        for seen in ranges where seen.count == range.count {
            if bytes[seen].elementsEqual(bytes[range]) { return false }
        }
        ranges.append(range)
        if ranges.count > 32 { hashed = Set(ranges.map { Array(bytes[$0]) }) }
        return true
    }
}

/// The JSON paths a scan looks for, as a tree of their components: the scan follows it down
/// the document and notes where a path ends, so finding any number of paths is one pass.
private struct PathTrie {
    static let root = 0
    private var children: [[JSONPath.Component: Int]] = [[:]]
    private var targets: [Bool] = [false]
    private var keyed: [Bool] = [false]

    /// The node where `components` end, made a target.
    mutating func insert(_ components: [JSONPath.Component]) -> Int {
        var node = Self.root
        for component in components {
            if let next = children[node][component] {
                node = next
                continue
            }
            let next = children.count
            children.append([:])
            targets.append(false)
            keyed.append(false)
            children[node][component] = next
            if case .key = component { keyed[node] = true }
            node = next
        }
        targets[node] = true
        return node
    }

    func isTarget(_ node: Int) -> Bool { targets[node] }
    func hasKeys(_ node: Int) -> Bool { keyed[node] }
    func child(_ node: Int, _ component: JSONPath.Component) -> Int? {
        children[node].isEmpty ? nil : children[node][component]
    }
}
