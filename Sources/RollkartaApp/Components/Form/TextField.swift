/// A line editor: the text, the cursor, and the edits a facilitator expects (cursor keys,
/// Ctrl-arrows by word, Home/End, Ctrl-Home/End, Backspace/Delete, Ctrl-U, any Unicode typed or pasted). Multi-line fields take
/// Enter as a line break.
public struct TextField: Equatable, Sendable {
    public private(set) var characters: [Character]
    /// Position in characters, 0...count.
    public private(set) var cursor: Int
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.multiline = multiline
    }

    public var text: String { String(characters) }

    /// Applies an editing key; false when the key is not an edit (the form handles it).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            insert(character)
        case .enter where multiline:
            insert("\n")
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(characters.count, cursor + 1)
        case .home, .control("a"):
            cursor = lineStart()
        case .end, .control("e"):
            cursor = lineEnd()
        case .controlHome:
            cursor = 0
        case .controlEnd:
            cursor = characters.count
        case .controlLeft:
            // To the start of the word before the cursor, as in a shell or an editor.
            while cursor > 0 && !isWordCharacter(characters[cursor - 1]) { cursor -= 1 }
            while cursor > 0 && isWordCharacter(characters[cursor - 1]) { cursor -= 1 }
        case .controlRight:
            while cursor < characters.count && !isWordCharacter(characters[cursor]) { cursor += 1 }
            while cursor < characters.count && isWordCharacter(characters[cursor]) { cursor += 1 }
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .control("u"):
            let start = lineStart()
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .control("k"):
            characters.removeSubrange(cursor..<lineEnd())
        default:
            return false
        }
        return true
    }

    private mutating func insert(_ character: Character) {
        // Swift merges a combining mark with the character before it into one grapheme.
        if cursor > 0, character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
            let merged = String(characters[cursor - 1]) + String(character)
            if merged.count == 1 {
                characters[cursor - 1] = Character(merged)
                return
            }
        }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private func lineStart() -> Int {
        var index = cursor
        while index > 0 && characters[index - 1] != "\n" { index -= 1 }
        return index
    }

    private func lineEnd() -> Int {
        var index = cursor
        while index < characters.count && characters[index] != "\n" { index += 1 }
        return index
    }
}
