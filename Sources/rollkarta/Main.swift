#if canImport(Glibc)
import CMalloc
import Glibc
#endif

@main
enum Main {
    static func main() {
        // Before anything else: without the user's locale, curses garbles åäö and wide text.
        setlocale(LC_ALL, "")
        #if canImport(Glibc)
        rk_keep_freed_memory()  // why: in the shim
        #endif
        ParserText.main(Rollkarta.self)  // Rollkarta.main(), its messages in the run's language
    }
}
