import CNcursesw
import RollkartaApp

/// ncurses key codes and characters to the app's keys.
enum KeyTranslation {
    static func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_F0 + 1...KEY_F0 + 12: return .function(Int(code - KEY_F0))
        default: return nil
        }
    }

    static func character(_ value: UInt32) -> Key? {
        switch value {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default:
            guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
            return .character(Character(scalar))
        }
    }
}

extension KeyTranslation {
    /// What ncurses gives after it has returned a bare Esc.
    enum Following: Equatable {
        /// A character (a byte of a sequence, or a key typed right after Esc).
        case character(UInt32)
        /// A key ncurses named (an arrow, a function key): put back, it is a key of its own.
        case namedKey
        /// Nothing within the wait.
        case nothing
    }

    /// What an Esc and what followed it stand for.
    enum EscapeOutcome: Equatable {
        /// A sequence of a key, read whole.
        case key(Key)
        /// A sequence read whole that is no key of Rollkarta's (Shift-F5, a bracketed paste's
        /// marker, a modifier on an arrow it does not use): nothing happens, nothing is typed.
        case dropped
        /// Esc pressed on its own; `putBack` is what followed and belongs to the next key.
        case escape(putBack: Following)
    }

    /// Reads the rest of an escape sequence that the terminal's description does not name
    /// (tmux and screen send Ctrl-← as `ESC [1;5D`, rxvt as `ESC Od`), so that it is never taken
    /// as Esc followed by typed text or by commands. `next` gives what follows, byte by byte.
    /// CSI (`ESC [` parameters, intermediates, a final byte) and SS3 (`ESC O` and one byte) are
    /// read whole; anything else after Esc is a key of its own, put back.
    static func escapeSequence(next: () -> Following) -> EscapeOutcome {
        let first = next()
        guard case .character(let introducer) = first else { return .escape(putBack: first) }
        switch introducer {
        case 0x5B:  // [
            return controlSequence(next: next)
        case 0x4F:  // O
            guard case .character(let final) = next() else { return .dropped }
            return ss3(final).map(EscapeOutcome.key) ?? .dropped
        default:
            return .escape(putBack: first)
        }
    }

    /// `ESC [` parameters (0x30-0x3F), intermediates (0x20-0x2F), a final byte (0x40-0x7E).
    private static func controlSequence(next: () -> Following) -> EscapeOutcome {
        var parameters = ""
        var intermediates = false
        for _ in 0..<32 {
            guard case .character(let byte) = next() else { return .dropped }
            switch byte {
            case 0x30...0x3F where !intermediates:
                parameters.unicodeScalars.append(Unicode.Scalar(UInt8(byte)))
            case 0x20...0x2F:
                intermediates = true
            case 0x40...0x7E:
                if intermediates { return .dropped }
                return csi(parameters, final: Unicode.Scalar(UInt8(byte))).map(EscapeOutcome.key) ?? .dropped
            default:
                return .dropped  // not a sequence after all: what came is no text anyone typed
            }
        }
        return .dropped
    }

    /// The key of `ESC [ parameters final`, as xterm, tmux/screen, rxvt and the Linux console send them.
    static func csi(_ parameters: String, final: Unicode.Scalar) -> Key? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        if numbers.contains(where: { $0 == nil }) && !parameters.isEmpty { return nil }  // private (`?`, `<`) or malformed
        let first = numbers.first.flatMap { $0 } ?? 1
        let modifier = numbers.count > 1 ? (numbers[1] ?? 1) : 1
        guard numbers.count <= 2 else { return nil }
        let control = modifier == 5
        guard modifier == 1 || control else { return nil }  // Shift, Alt and the rest: not Rollkarta's keys
        switch final {
        case "A": return control ? nil : .up
        case "B": return control ? nil : .down
        case "C": return control ? .controlRight : .right
        case "D": return control ? .controlLeft : .left
        case "H": return control ? .controlHome : .home
        case "F": return control ? .controlEnd : .end
        case "Z": return control ? nil : .backTab
        case "~":
            switch first {
            case 1, 7: return control ? .controlHome : .home
            case 4, 8: return control ? .controlEnd : .end
            case 3: return control ? nil : .delete
            case 5: return control ? nil : .pageUp
            case 6: return control ? nil : .pageDown
            case 11...15 where !control: return .function(first - 10)
            case 17...21 where !control: return .function(first - 11)
            case 23, 24: return control ? nil : .function(first - 12)
            default: return nil  // Insert, a bracketed paste's markers (200~, 201~), F13 and up
            }
        case "^":  // rxvt: Ctrl on the keys of the `~` form
            switch first {
            case 7: return .controlHome
            case 8: return .controlEnd
            default: return nil
            }
        default: return nil
        }
    }

    /// The key of `ESC O final` (application mode; rxvt's Ctrl-arrows).
    static func ss3(_ final: UInt32) -> Key? {
        switch final {
        case 0x41: return .up  // A
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home  // H
        case 0x46: return .end  // F
        case 0x4D: return .enter  // M, keypad Enter
        case 0x50...0x53: return .function(Int(final - 0x4F))  // P-S: F1-F4
        case 0x63: return .controlRight  // c: rxvt Ctrl-→
        case 0x64: return .controlLeft  // d: rxvt Ctrl-←
        default: return nil
        }
    }

    /// A key ncurses named from the terminal's description beyond the standard ones
    /// (xterm's `kLFT5` is Ctrl-←); nil for the rest, which do nothing.
    static func extendedKey(named name: String) -> Key? {
        switch name {
        case "kLFT5": return .controlLeft
        case "kRIT5": return .controlRight
        case "kHOM5": return .controlHome
        case "kEND5": return .controlEnd
        default: return nil
        }
    }
}
