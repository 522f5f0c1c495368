import Foundation
import RollkartaApp
import RollkartaExport
import RollkartaModel

/// The app runtime's file work on the real disk: atomic saves, the lock file, the reports.
struct DiskWorkshopFiles: WorkshopFiles {
    func load(_ path: String, language: Language) throws(FileFailure) -> Workshop {
        do {
            return try WorkshopStore.load(path)
        } catch {
            throw FileFailure(error.message(language))
        }
    }

    func save(_ workshop: Workshop, to path: String, language: Language) throws(FileFailure) {
        do {
            try WorkshopStore.save(workshop, to: path)
        } catch {
            throw FileFailure(error.message(language))
        }
    }

    func create(_ workshop: Workshop, at path: String, language: Language) throws(FileFailure) {
        // A copy saved elsewhere may go to a folder not made yet (the data folder).
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        do {
            try WorkshopStore.create(workshop, at: path)
        } catch {
            throw FileFailure(error.message(language))
        }
    }

    func fingerprint(_ path: String) -> FileFingerprint? { FileFingerprint.of(path) }

    func lock(_ path: String, takeOver: Bool) -> FileLock.Outcome { FileLock.acquire(path, takeOver: takeOver) }

    func otherLockHolder(_ path: String) -> FileLock.Holder? { FileLock.otherHolder(path) }

    func unlock(_ path: String) { FileLock.release(path) }

    func writeReports(_ workshop: Workshop, beside path: String, language: Language) throws(FileFailure) -> [String] {
        var written: [String] = []
        // The expectation items only where workshop 1 recorded any.
        for format in ExportFormat.reports where format != .expectationsCSV || !workshop.expectations.isEmpty {
            let target = Exporter.defaultPath(for: path, format: format)
            do {
                try AtomicFile.write(Exporter.render(workshop, as: format, options: ExportOptions(language: language)),
                                     to: target, keepBackup: false)
            } catch {
                throw FileFailure(error.message(language))
            }
            written.append((target as NSString).lastPathComponent)
        }
        return written
    }
}
