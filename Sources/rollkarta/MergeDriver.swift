import ArgumentParser
import Foundation
import RollkartaModel

/// `rollkarta merge-driver %O %A %B`: git's merge driver for workshop files. It merges by
/// entity and field, writes the result (valid JSON, conflicts recorded inside) over %A, and
/// exits 1 when conflicts are left for a facilitator to settle in Rollkarta (view K).
struct MergeDriver: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: say("Gits sammanslagning av workshopfiler: per glapp, cell och fält, inte per rad.",
                      "git's merge of workshop files: by gap, cell and field, not by line."),
        discussion: say("""
            I .gitattributes: *.rollkarta.json merge=rollkarta
            git config merge.rollkarta.name "Rollkarta"
            git config merge.rollkarta.driver "rollkarta merge-driver %O %A %B %P"
            """, """
            In .gitattributes: *.rollkarta.json merge=rollkarta
            git config merge.rollkarta.name "Rollkarta"
            git config merge.rollkarta.driver "rollkarta merge-driver %O %A %B %P"
            """))

    @Argument(help: ArgumentHelp(say("Den gemensamma förfadern (%O).", "The common ancestor (%O).")))
    var base: String

    @Argument(help: ArgumentHelp(say("Vår version (%A); resultatet skrivs hit.", "Our version (%A); the result is written here.")))
    var ours: String

    @Argument(help: ArgumentHelp(say("Deras version (%B).", "Their version (%B).")))
    var theirs: String

    @Argument(help: ArgumentHelp(say("Filens namn i arkivet (%P): deras version sparas bredvid den om sammanslagningen misslyckas.",
                                     "The file's name in the repository (%P): their version is kept beside it if the merge fails.")))
    var path: String?

    @OptionGroup var language: LanguageOption

    /// Where their version goes when no valid merge could be written: beside the workshop,
    /// as a workshop file of its own that Rollkarta opens.
    static func theirsCopyPath(for path: String) -> String {
        let suffix = ".rollkarta.json"
        let stem = path.hasSuffix(suffix) ? String(path.dropLast(suffix.count))
                 : path.hasSuffix(".json") ? String(path.dropLast(5)) : path
        return stem + ".deras" + suffix
    }

    /// What their side changed since the common ancestor, per kind, as people count it: the
    /// work a failed merge leaves out of the file.
    static func theirChanges(base: Workshop, theirs: Workshop) -> [String] {
        func changed<E: Equatable>(_ base: [E], _ theirs: [E], key: (E) -> String) -> Int {
            let before = Dictionary(base.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
            let after = Set(theirs.map(key))
            return theirs.filter { before[key($0)] != $0 }.count + before.keys.filter { !after.contains($0) }.count
        }
        let counts: [(Int, String, String)] = [
            (changed(base.gaps, theirs.gaps) { $0.id.rawValue }, "glapp", "gaps"),
            (changed(base.handovers, theirs.handovers) { $0.id.rawValue }, "överlämningar", "handovers"),
            (changed(base.assignments, theirs.assignments) { $0.key.label }, "celler", "cells"),
            (changed(base.actors, theirs.actors) { $0.id.rawValue }, "aktörer", "actors"),
            (changed(base.answers, theirs.answers) { $0.key.label }, "svar", "answers"),
            (changed(base.insights, theirs.insights) { $0.id.rawValue }, "citat och iakttagelser", "quotes and observations"),
            (changed(base.expectations, theirs.expectations) { $0.id.rawValue }, "förväntningar", "expectations"),
            (changed(base.roleNotes, theirs.roleNotes) { $0.key.label }, "rollanteckningar", "role notes"),
            (changed(base.journeys, theirs.journeys) { $0.id.rawValue }, "resor (roller och steg)", "journeys (roles and steps)"),
        ]
        return counts.filter { $0.0 > 0 }.map { say("\($0.0) \($0.1)", "\($0.0) \($0.2)") }
    }

    static func empty(like workshop: Workshop) -> Workshop {
        var empty = Workshop(id: workshop.id, title: workshop.title, date: workshop.date, kind: workshop.kind,
                             catalogVersion: workshop.catalogVersion, journeys: [])
        empty.format = workshop.format
        return empty
    }

    /// A side read for the merge; when it cannot be read, what is wrong, named as people call
    /// that side ("deras version:349:10: …"): git's temporary file names mean nothing to them.
    private func side(_ file: String, named name: String) -> Result<Workshop, LoadError> {
        do {
            return .success(try WorkshopStore.load(file))
        } catch {
            var named = error
            named.file = name
            named.problems = error.problems.map { problem in
                var problem = problem
                problem.file = name
                return problem
            }
            return .failure(named)
        }
    }

    /// One side cannot be read: nothing is merged. The file keeps our version as it is (git's
    /// %A); their version, as it is, is written beside it, so no one's work is left out unsaid.
    private func refuse(_ failures: [LoadError]) throws -> Never {
        for failure in failures { printProblems(failure) }
        let copy = Self.theirsCopyPath(for: path ?? ours)
        let kept: Bool
        if let data = FileManager.default.contents(atPath: theirs) {
            do {
                try AtomicFile.write(data, to: copy, keepBackup: false)
                kept = true
            } catch {
                printError(error.message(commandLanguage))
                kept = false
            }
        } else {
            kept = false
        }
        let names = failures.map(\.file).joined(separator: say(" och ", " and "))
        printError(DisplayText.sanitized(say(
            "rollkarta merge-driver: ingen sammanslagning, \(names) kan inte läsas; filen har vår version som den var."
                + (kept ? " Deras version är sparad som \(copy); för in deras ändringar för hand." : ""),
            "rollkarta merge-driver: nothing merged, \(names) cannot be read; the file holds our version as it was."
                + (kept ? " Their version is saved as \(copy); bring their changes in by hand." : ""))))
        throw ExitCode.failure
    }

    func run() throws {
        let mine = side(ours, named: say("vår version", "our version"))
        let other = side(theirs, named: say("deras version", "their version"))
        // Both branches added the file: git gives an empty ancestor; merge as from nothing.
        let baseSize = (try? FileManager.default.attributesOfItem(atPath: base))?[.size] as? Int
        let common = baseSize == 0 ? nil : side(base, named: say("den gemensamma förfadern", "the common ancestor"))
        let failures = [mine, other, common].compactMap { side -> LoadError? in
            if case .failure(let error)? = side { return error } else { return nil }
        }
        guard failures.isEmpty, case .success(let mine) = mine, case .success(let other) = other else { try refuse(failures) }
        let ancestor: Workshop
        if case .success(let read)? = common { ancestor = read } else { ancestor = Self.empty(like: mine) }
        let outcome: WorkshopMerge.Outcome
        do {
            outcome = try WorkshopMerge.merge(base: ancestor, ours: mine, theirs: other)
        } catch {
            for finding in error.problems.prefix(20) {
                printError("\(ours): \(finding.path): \(finding.kind.text(commandLanguage))")
            }
            // Never silently: say what of theirs is not in the file and keep it beside it.
            let copy = Self.theirsCopyPath(for: path ?? ours)
            let kept: Bool
            do {
                try AtomicFile.write(WorkshopCodec.encode(other), to: copy, keepBackup: false)
                kept = true
            } catch {
                printError(error.message(commandLanguage))
                kept = false
            }
            let missing = Self.theirChanges(base: ancestor, theirs: other)
            let what = missing.isEmpty ? say("inga ändringar", "no changes") : missing.joined(separator: ", ")
            printError(DisplayText.sanitized(say(
                "rollkarta merge-driver: sammanslagningen blev ogiltig; filen har bara vår version. DERAS ÄNDRINGAR FINNS INTE I FILEN: \(what)."
                    + (kept ? " Deras version är sparad som \(copy); för in dem för hand." : ""),
                "rollkarta merge-driver: the merge came out invalid; the file holds our version only. THEIR CHANGES ARE NOT IN THE FILE: \(what)."
                    + (kept ? " Their version is saved as \(copy); bring them in by hand." : ""))))
            throw ExitCode.failure
        }
        do {
            try AtomicFile.write(WorkshopCodec.encode(outcome.workshop), to: ours, keepBackup: false)
        } catch {
            printError(error.message(commandLanguage))
            throw ExitCode.failure
        }
        for (old, new) in outcome.renumbered.sorted(by: { $0.key < $1.key }) {
            printError(say("rollkarta: deras \(old) heter nu \(new) (samma id fanns på båda sidor)",
                           "rollkarta: their \(old) is now \(new) (both sides had that id)"))
        }
        guard outcome.conflicts.isEmpty else {
            printError(DisplayText.sanitized(say(
                "rollkarta: konflikter sparade i filen (\(outcome.conflicts.count)); öppna den i Rollkarta och tryck K",
                "rollkarta: conflicts recorded in the file (\(outcome.conflicts.count)); open it in Rollkarta and press K")))
            throw ExitCode.failure
        }
    }
}
