#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNcursesw
import RollkartaApp

/// The ncursesw backend: reads keys, copies the app's cell buffer to the screen. No logic.
public struct NcursesTerminal: TerminalBackend {
    public enum StartError: Error, Equatable {
        case notATerminal
        case unusableTerminal(String)
    }

    private let palette: Palette

    /// Checks that there is a real terminal that can address the cursor, then starts curses.
    /// `setlocale(LC_ALL, "")` must have run before (main does it first thing).
    public static func start(theme: AppState.Theme, environment: [String: String]) throws(StartError) -> NcursesTerminal {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb", rk_terminal_can_address_cursor() != 0 else {
            throw .unusableTerminal(term)
        }
        Signals.install()
        initscr()
        cbreak()
        noecho()
        nonl()
        keypad(rk_stdscr(), true)
        set_escdelay(25)
        wtimeout(rk_stdscr(), 200)
        curs_set(0)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let useColor = !noColor && has_colors()
        if useColor {
            start_color()
            use_default_colors()
        }
        let palette = Palette(theme: theme, color: useColor)
        palette.paintBackground()
        return NcursesTerminal(palette: palette)
    }

    public func stop() {
        endwin()
    }

    public var size: (width: Int, height: Int) { (Int(rk_cols()), Int(rk_lines())) }

    public mutating func nextInput() -> TerminalInput {
        if Signals.terminateRequested != 0 { return .terminate }
        if Signals.hangupReceived != 0 { return .hangup }
        var character: wint_t = 0
        let result = wget_wch(rk_stdscr(), &character)
        if result == rk_err() {
            // A signal during the wait ends it: answered now, not after another wait.
            if Signals.terminateRequested != 0 { return .terminate }
            if Signals.hangupReceived != 0 { return .hangup }
            // With SIGHUP ignored, get_wch fails at once forever: a hung-up terminal, not a timeout.
            return terminalHungUp() ? .hangup : .idle
        }
        if result == rk_key_code_yes() {
            if Int32(character) == KEY_RESIZE {
                return .resize(width: Int(rk_cols()), height: Int(rk_lines()))
            }
            return namedKey(Int32(character)).map { .key($0) } ?? .idle
        }
        if character == 27 { return escapeSequence() }
        return KeyTranslation.character(UInt32(character)).map { .key($0) } ?? .idle
    }

    private func namedKey(_ code: Int32) -> Key? {
        if let key = KeyTranslation.functionKey(code) { return key }
        guard let name = keyname(code) else { return nil }
        return KeyTranslation.extendedKey(named: String(cString: name))
    }

    /// After a bare Esc: the rest of a sequence the terminal's description does not name, read
    /// whole (never typed as text), or Esc on its own, with what followed put back.
    private func escapeSequence() -> TerminalInput {
        wtimeout(rk_stdscr(), Self.sequenceWait)
        defer { wtimeout(rk_stdscr(), 200) }
        let outcome = KeyTranslation.escapeSequence {
            var character: wint_t = 0
            let result = wget_wch(rk_stdscr(), &character)
            if result == rk_err() { return .nothing }
            if result == rk_key_code_yes() {
                ungetch(Int32(character))
                return .namedKey
            }
            return .character(UInt32(character))
        }
        switch outcome {
        case .key(let key): return .key(key)
        case .dropped: return .idle
        case .escape(let putBack):
            if case .character(let value) = putBack { unget_wch(wchar_t(bitPattern: value)) }
            return .key(.escape)
        }
    }

    /// How long a byte of a sequence may lag behind the one before it, in milliseconds (ncurses
    /// has already waited its escape delay for the sequence to begin).
    private static let sequenceWait: Int32 = 25

    public mutating func hasPendingInput() -> Bool {
        wtimeout(rk_stdscr(), 0)
        defer { wtimeout(rk_stdscr(), 200) }
        var character: wint_t = 0
        let result = wget_wch(rk_stdscr(), &character)
        if result == rk_err() { return false }
        // Put it back for nextInput to read.
        if result == rk_key_code_yes() { ungetch(Int32(character)) } else { unget_wch(wchar_t(bitPattern: character)) }
        return true
    }

    public mutating func draw(_ buffer: CellBuffer) {
        let rows = min(buffer.height, Int(rk_lines()))
        let columns = min(buffer.width, Int(rk_cols()))
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = buffer[x, y]
                if cell.text.isEmpty { continue }  // right half of a wide character
                let (attributes, pair) = palette.attributes(for: cell.style)
                var wide = Array(cell.text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) })
                wide.append(0)
                _ = rk_put_cell(Int32(y), Int32(x), wide, attributes, pair)
            }
        }
        wnoutrefresh(rk_stdscr())
        doupdate()
    }

    private func terminalHungUp() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return true }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
