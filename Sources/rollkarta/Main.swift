#if canImport(Glibc)
import Glibc
#endif

@main
enum Main {
    static func main() {
        // Before anything else: without the user's locale, curses garbles åäö and wide text.
        setlocale(LC_ALL, "")
        Rollkarta.main()
    }
}
