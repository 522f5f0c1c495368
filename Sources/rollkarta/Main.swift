#if canImport(Glibc)
import CMalloc
import Glibc
#endif

@main
enum Main {
    static func main() {
        // Before anything else: without the user's locale, curses garbles åäö and wide text.
        setlocale(LC_ALL, "")
        ensureUTF8Characters()
        #if canImport(Glibc)
        rk_keep_freed_memory()  // why: in the shim
        #endif
        ParserText.main(Rollkarta.self)  // Rollkarta.main(), its messages in the run's language
    }
}

/// The terminal is UTF-8 almost everywhere, but LANG may not say so (`LANG=C`, or `sv_SE.UTF-8`
/// where it is not installed), and then ncurses silently drops å, ä, ö, ✓ and the box lines.
/// Characters are then read and drawn as UTF-8 anyway (LC_CTYPE from a UTF-8 locale the machine
/// has; the user's messages, dates and sorting stay as set); when the machine has none, one
/// line says what to set.
private func ensureUTF8Characters() {
    #if canImport(Glibc)
    func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
    if isUTF8() { return }
    for candidate in ["C.UTF-8", "C.utf8", "sv_SE.UTF-8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
        if isUTF8() { return }
    }
    let given = String(cString: getenv("LC_ALL") ?? getenv("LANG") ?? strdup(""))
    printError(say("rollkarta: ingen UTF-8-locale finns på datorn (LANG=\(given)): å, ä, ö och rutornas linjer kan inte visas – installera en (till exempel sv_SE.UTF-8 eller C.UTF-8) och sätt LANG till den",
                   "rollkarta: this machine has no UTF-8 locale (LANG=\(given)): å, ä, ö and the boxes' lines cannot be shown – install one (for example C.UTF-8) and set LANG to it"))
    #endif
}
