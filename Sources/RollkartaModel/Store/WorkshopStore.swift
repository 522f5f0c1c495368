import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads and saves workshop files: read, check, decode; encode, write atomically.
public enum WorkshopStore {
    public static func load(_ path: String, catalog: Catalog = .bundled) throws(LoadError) -> Workshop {
        let data = try AtomicFile.read(path)
        return try WorkshopCodec.decode(data, file: path, catalog: catalog)
    }

    public static func save(_ workshop: Workshop, to path: String,
                            faults: AtomicFile.FaultInjection = .none) throws(AtomicFile.WriteError) {
        try AtomicFile.write(WorkshopCodec.encode(workshop), to: path, faults: faults)
    }

    /// Creates a new file; refuses to replace one that exists, even one created a moment ago
    /// by someone else (the final step is an exclusive link, not a check followed by a write).
    public static func create(_ workshop: Workshop, at path: String) throws(CreateError) {
        do {
            try AtomicFile.createNew(WorkshopCodec.encode(workshop), at: path)
        } catch {
            throw error.errno == EEXIST ? .exists(path) : .write(error)
        }
    }

    public enum CreateError: Error, Equatable {
        case exists(String)
        case write(AtomicFile.WriteError)

        public func message(_ language: Language) -> String {
            switch self {
            case .exists(let path):
                return language == .sv ? "\(path) finns redan; välj ett annat namn (filen lämnas orörd)"
                                       : "\(path) already exists; choose another name (the file is left untouched)"
            case .write(let error):
                return error.message(language)
            }
        }
    }
}
