import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// The release archive runs where no Swift is: unpacked in a folder of its own, with an empty
/// environment and the toolchain's folder hidden (a private mount namespace lays an empty
/// folder over it), it answers --version, validates, shows and sums up the packaged example,
/// and draws the map in tmux; its installer installs and uninstalls exactly its files.
final class PackageTests: XCTestCase {
    static let toolchain: String = {
        let swift = (try? Binary.shell("command -v swift").output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? ""
        // …/usr/bin/swift -> the toolchain's root
        return URL(fileURLWithPath: swift).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
    }()

    /// The command line that runs `command` with nothing of the toolchain in reach.
    private func withoutToolchain(_ command: String) throws -> String {
        let quoted = command.replacingOccurrences(of: "'", with: "'\\''")
        let hidden = "mount -t tmpfs tmpfs '\(Self.toolchain)' && exec env -i TERM=xterm-256color LANG=C.UTF-8 "
            + "PATH=/usr/bin:/bin HOME=/tmp sh -c '\(quoted)'"
        return "unshare -m sh -c \"\(hidden.replacingOccurrences(of: "\"", with: "\\\""))\""
    }

    /// The archive, made once for the tests of this class by `scripts/package` (a static
    /// release build: a minute or two the first time).
    nonisolated(unsafe) private static var packaged: String?

    private func archive() throws -> String {
        if let packaged = Self.packaged { return packaged }
        let folder = NSTemporaryDirectory() + "rollkarta-package-\(UUID().uuidString.prefix(8))"
        let result = try Binary.shell("scripts/package '\(folder)'", in: Binary.packageRoot.path)
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(result.output.contains("sha256: "), result.output)
        let archive = try XCTUnwrap(result.output.split(separator: "\n").first { $0.hasSuffix(".tar.gz") }.map(String.init))
        Self.packaged = archive
        return archive
    }

    /// The archive unpacked in a fresh folder; its top folder.
    private func unpacked() throws -> String {
        let folder = try Binary.temporaryFolder(self)
        XCTAssertEqual(try Binary.shell("tar -xzf '\(try archive())' -C '\(folder)'").status, 0)
        return folder + "/" + URL(fileURLWithPath: try archive()).lastPathComponent.replacingOccurrences(of: ".tar.gz", with: "")
    }

    func testThePackagedBinaryRunsWithoutTheToolchainAndInstallsAndUninstallsExactly() throws {
        guard try Binary.shell("unshare -m true").status == 0 else {
            throw XCTSkip("no private mount namespace here (needs root): the toolchain cannot be hidden")
        }
        let root = try unpacked()
        let folder = URL(fileURLWithPath: root).deletingLastPathComponent().path
        let binary = root + "/bin/rollkarta"
        let example = root + "/share/doc/rollkarta/examples/example.rollkarta.json"
        let libraries = try Binary.shell("ldd '\(binary)'").output
        XCTAssertFalse(libraries.contains(Self.toolchain), "the binary reaches into the toolchain:\n\(libraries)")
        XCTAssertFalse(libraries.contains("not found"), libraries)

        let version = try Binary.shell(withoutToolchain("'\(binary)' --version"))
        XCTAssertEqual(version.status, 0, version.output)
        XCTAssertTrue(version.output.hasPrefix("rollkarta 0."), version.output)
        XCTAssertTrue(version.output.contains("catalog 2026"), version.output)
        XCTAssertEqual(try Binary.shell(withoutToolchain("'\(binary)' validate '\(example)'")).status, 0)
        XCTAssertTrue(try Binary.shell(withoutToolchain("'\(binary)' show '\(example)'")).output.contains("Barn och unga"))
        XCTAssertTrue(try Binary.shell(withoutToolchain("'\(binary)' summary '\(example)'")).output.contains("Täckning"))
        XCTAssertNotEqual(try Binary.shell(withoutToolchain("ls '\(Self.toolchain)/usr/bin/swift'")).status, 0,
                          "the toolchain was hidden for these runs")

        let copy = folder + "/map.rollkarta.json"
        try FileManager.default.copyItem(atPath: example, toPath: copy)
        let tmux = try Tmux(width: 100, height: 30)
        try tmux.run(try withoutToolchain("'\(binary)' '\(copy)'") + "; echo EXIT=$?")
        try tmux.waitFor("Primära roller")
        try tmux.waitFor("Bedömer, styr vidare")
        try tmux.send("q")
        try tmux.waitFor("EXIT=0")

        let prefix = folder + "/prefix"
        let installed = try Binary.shell("'\(root)/install' '\(prefix)'")
        XCTAssertEqual(installed.status, 0, installed.output)
        XCTAssertTrue(installed.output.contains("Add it to your PATH"), installed.output)
        for file in ["bin/rollkarta", "share/man/man1/rollkarta.1", "share/bash-completion/completions/rollkarta",
                     "share/zsh/site-functions/_rollkarta", "share/fish/vendor_completions.d/rollkarta.fish"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: prefix + "/" + file), file)
        }
        XCTAssertTrue(try String(contentsOfFile: prefix + "/share/man/man1/rollkarta.1", encoding: .utf8).contains(".Sh SYNOPSIS"), "a manual page in mdoc")
        let mine = prefix + "/share/doc-of-mine.txt"  // something of the user's in the same prefix
        try "mitt".write(toFile: mine, atomically: true, encoding: .utf8)
        let removed = try Binary.shell("'\(root)/install' --uninstall '\(prefix)'")
        XCTAssertEqual(removed.status, 0, removed.output)
        let left = try Binary.shell("cd '\(prefix)' && find . -type f | sort").output
        XCTAssertEqual(left.trimmingCharacters(in: .whitespacesAndNewlines), "./share/doc-of-mine.txt",
                       "uninstall removes exactly what it installed")
    }

    /// In a minimal Debian root (debootstrap, with ncursesw) that has never seen Swift: the
    /// binary answers --version and reads, validates and sums up the example.
    func testThePackagedBinaryRunsInAMinimalDebianRoot() throws {
        guard getuid() == 0 else { throw XCTSkip("debootstrap and chroot need root") }
        guard try Binary.shell("command -v debootstrap").status == 0 else {
            throw XCTSkip("debootstrap is not installed (scripts/bootstrap installs it)")
        }
        // Made once and kept beside the build (about 40 s and 200 MB); reused by later runs.
        let rootfs = Binary.packageRoot.path + "/.build-debootstrap/rootfs"
        if !FileManager.default.fileExists(atPath: rootfs + "/usr/bin/env") {
            let made = try Binary.shell("rm -rf '\(rootfs)' && mkdir -p '\(rootfs)' && debootstrap --variant=minbase "
                + "--include=libncursesw6 bookworm '\(rootfs)' http://deb.debian.org/debian")
            guard made.status == 0 else {
                throw XCTSkip("debootstrap could not make a Debian root here: \(made.output.suffix(300))")
            }
        }
        XCTAssertNotEqual(try Binary.shell("ls '\(rootfs)'/usr/lib/swift '\(rootfs)'/opt/swift").status, 0, "no Swift in the root")
        let root = try unpacked()
        try Binary.shell("rm -rf '\(rootfs)/opt/rollkarta' && mkdir -p '\(rootfs)/opt' && cp -r '\(root)' '\(rootfs)/opt/rollkarta'")
        // Swift reads its arguments from /proc: a private mount namespace gives the root one.
        func inRoot(_ command: String) throws -> (status: Int32, output: String) {
            try Binary.shell("unshare -m sh -c \"mount -t proc proc '\(rootfs)/proc' && chroot '\(rootfs)' "
                + "/usr/bin/env -i LANG=C.UTF-8 PATH=/usr/bin:/bin \(command)\"")
        }
        let example = "/opt/rollkarta/share/doc/rollkarta/examples/example.rollkarta.json"
        let version = try inRoot("/opt/rollkarta/bin/rollkarta --version")
        XCTAssertEqual(version.status, 0, version.output)
        XCTAssertTrue(version.output.hasPrefix("rollkarta 0."), version.output)
        XCTAssertEqual(try inRoot("/opt/rollkarta/bin/rollkarta validate \(example)").status, 0)
        XCTAssertTrue(try inRoot("/opt/rollkarta/bin/rollkarta show \(example)").output.contains("Barn och unga"))
        XCTAssertTrue(try inRoot("/opt/rollkarta/bin/rollkarta summary \(example)").output.contains("Täckning"))
    }
}
