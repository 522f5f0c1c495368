import CNcursesw
import RollkartaApp
@testable import RollkartaTerminal
import XCTest

/// What the app is told a key is, from what ncurses' get_wch gives: a character code, or a
/// key code (KEY_*) when get_wch returns KEY_CODE_YES. A key translated wrongly is a key that
/// does nothing, or the wrong thing, for the person at the keyboard.
final class KeyTranslationTests: XCTestCase {
    private func character(_ scalar: Unicode.Scalar) -> Key? { KeyTranslation.character(scalar.value) }

    func testPrintableAsciiIsTheCharacterItself() {
        for value in UInt32(32)...126 {
            let scalar = Unicode.Scalar(value)!
            XCTAssertEqual(KeyTranslation.character(value), .character(Character(scalar)), "code \(value)")
        }
        XCTAssertEqual(character(" "), .character(" "), "Space is a character (named Space in the help)")
    }

    func testSwedishLettersAndOtherScalarsAreCharacters() {
        for letter in ["å", "ä", "ö", "Å", "Ä", "Ö", "é", "ü", "ß", "€", "§", "½", "漢", "👍", "\u{00A0}"] as [Unicode.Scalar] {
            XCTAssertEqual(character(letter), .character(Character(letter)), "U+\(String(letter.value, radix: 16))")
        }
        XCTAssertEqual(KeyTranslation.character(0x10FFFF), .character(Character(Unicode.Scalar(0x10FFFF)!)))
    }

    func testEnterTabBackspaceAndEscape() {
        XCTAssertEqual(KeyTranslation.character(10), .enter, "Enter as line feed (nl mode off)")
        XCTAssertEqual(KeyTranslation.character(13), .enter, "Enter as carriage return")
        XCTAssertEqual(KeyTranslation.character(9), .tab)
        XCTAssertEqual(KeyTranslation.character(127), .backspace, "DEL, what most terminals send for Backspace")
        XCTAssertEqual(KeyTranslation.character(8), .backspace, "Ctrl-H, what some terminals send for Backspace")
        XCTAssertEqual(KeyTranslation.character(27), .escape)
    }

    func testControlLettersAreLowerCaseExceptThoseThatMeanOtherKeys() {
        let meaningOtherKeys: [UInt32: Key] = [8: .backspace, 9: .tab, 10: .enter, 13: .enter]
        for value in UInt32(1)...26 {
            let letter = Character(Unicode.Scalar(UInt8(96 + value)))
            XCTAssertEqual(KeyTranslation.character(value), meaningOtherKeys[value] ?? .control(letter), "code \(value)")
        }
        XCTAssertEqual(KeyTranslation.character(18), .control("r"), "Ctrl-R")
        XCTAssertEqual(KeyTranslation.character(1), .control("a"))
        XCTAssertEqual(KeyTranslation.character(26), .control("z"))
    }

    func testCodesThatAreNoKeyGiveNothing() {
        XCTAssertNil(KeyTranslation.character(0), "NUL (Ctrl-Space)")
        for value in UInt32(28)...31 { XCTAssertNil(KeyTranslation.character(value), "code \(value)") }
        XCTAssertNil(KeyTranslation.character(0xD800), "a lone surrogate is no character")
        XCTAssertNil(KeyTranslation.character(0x110000), "beyond Unicode")
        XCTAssertNil(KeyTranslation.character(UInt32.max))
    }

    func testFunctionKeysOneToTwelve() {
        for number in 1...12 {
            XCTAssertEqual(KeyTranslation.functionKey(KEY_F0 + Int32(number)), .function(number), "F\(number)")
        }
        XCTAssertNil(KeyTranslation.functionKey(KEY_F0), "F0 is no key on a keyboard")
        XCTAssertNil(KeyTranslation.functionKey(KEY_F0 + 13), "F13 (Shift-F1 on some terminals) is not bound")
    }

    func testArrowsPagesAndEditingKeys() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_BTAB, .backTab), (KEY_DC, .delete), (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter),
        ]
        for (code, key) in expected {
            XCTAssertEqual(KeyTranslation.functionKey(code), key, "KEY code \(code)")
        }
        XCTAssertEqual(Set(expected.map(\.0)).count, expected.count, "the codes are distinct")
    }

    func testUnknownKeyCodesGiveNothing() {
        for code in [KEY_RESIZE, KEY_MOUSE, KEY_IC, KEY_SLEFT, KEY_SRIGHT, KEY_A1, KEY_B2, KEY_SUSPEND, 0, -1, Int32.max] {
            XCTAssertNil(KeyTranslation.functionKey(code), "KEY code \(code)")
        }
    }

    /// Reads a sequence given as the characters after Esc, as ncurses hands them over.
    private func sequence(_ rest: String) -> KeyTranslation.EscapeOutcome {
        var bytes = Array(rest.unicodeScalars.map(\.value))
        return KeyTranslation.escapeSequence {
            bytes.isEmpty ? .nothing : .character(bytes.removeFirst())
        }
    }

    /// What tmux and screen (TERM=screen), xterm without its own description of the key, and
    /// rxvt send for Ctrl with the arrows and Home/End: read whole, never as Esc plus text.
    func testCtrlArrowsAndCtrlHomeEndOfXtermTmuxAndRxvtAreKeys() {
        let expected: [(String, Key)] = [
            ("[1;5D", .controlLeft), ("[1;5C", .controlRight), ("[1;5H", .controlHome), ("[1;5F", .controlEnd),
            ("[1;5~", .controlHome), ("[4;5~", .controlEnd),  // the `~` forms (tmux with some settings)
            ("Od", .controlLeft), ("Oc", .controlRight), ("[7^", .controlHome), ("[8^", .controlEnd),  // rxvt
        ]
        for (rest, key) in expected { XCTAssertEqual(sequence(rest), .key(key), "ESC \(rest)") }
    }

    func testPlainKeysInEitherCursorModeAndFunctionKeysAreKeys() {
        let expected: [(String, Key)] = [
            ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left), ("[H", .home), ("[F", .end),
            ("OA", .up), ("OD", .left), ("OH", .home), ("OF", .end), ("[Z", .backTab),
            ("[1~", .home), ("[4~", .end), ("[7~", .home), ("[8~", .end), ("[3~", .delete), ("[5~", .pageUp), ("[6~", .pageDown),
            ("OP", .function(1)), ("OS", .function(4)), ("[11~", .function(1)), ("[12~", .function(2)),
            ("[15~", .function(5)), ("[17~", .function(6)), ("[21~", .function(10)), ("[24~", .function(12)),
        ]
        for (rest, key) in expected { XCTAssertEqual(sequence(rest), .key(key), "ESC \(rest)") }
    }

    /// Keys Rollkarta has no use for are read to their end and dropped whole: nothing of them is
    /// typed, nothing of them runs as a command.
    func testSequencesOfOtherKeysAreDroppedWhole() {
        for rest in ["[1;2D", "[1;3C", "[1;5A", "[1;6F", "[15;2~", "[5;5~", "[2~", "[25~", "[200~", "[201~",
                     "[?1049h", "[<0;3;4M", "[1;5P", "[d", "Oa", "Ox", "[1;2;3D", "[ q", "[1;5"] {
            XCTAssertEqual(sequence(rest), .dropped, "ESC \(rest)")
        }
    }

    /// Esc on its own cancels; a key typed right after it (faster than the escape delay) is that
    /// key, given back to be read next.
    func testEscAloneOrFollowedByAnotherKeyIsEsc() {
        XCTAssertEqual(sequence(""), .escape(putBack: .nothing))
        XCTAssertEqual(sequence("j"), .escape(putBack: .character(0x6A)))
        XCTAssertEqual(sequence("\u{1B}"), .escape(putBack: .character(0x1B)))
        XCTAssertEqual(KeyTranslation.escapeSequence { .namedKey }, .escape(putBack: .namedKey))
        var calls = 0
        XCTAssertEqual(KeyTranslation.escapeSequence { calls += 1; return .character(0x5B) }, .dropped,
                       "an endless sequence stops")
        XCTAssertLessThanOrEqual(calls, 40)
    }

    /// xterm's own description names Ctrl-arrows (kLFT5 ...), which ncurses then gives as a key code.
    func testExtendedKeyNamesOfXtermAreCtrlKeys() {
        XCTAssertEqual(KeyTranslation.extendedKey(named: "kLFT5"), .controlLeft)
        XCTAssertEqual(KeyTranslation.extendedKey(named: "kRIT5"), .controlRight)
        XCTAssertEqual(KeyTranslation.extendedKey(named: "kHOM5"), .controlHome)
        XCTAssertEqual(KeyTranslation.extendedKey(named: "kEND5"), .controlEnd)
        XCTAssertNil(KeyTranslation.extendedKey(named: "kLFT3"))
    }
}
