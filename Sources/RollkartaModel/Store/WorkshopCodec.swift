import Foundation

/// Turns a workshop into the bytes of its file and back, with every problem located.
/// The same workshop always gives the same bytes, so files diff and merge well in git.
public enum WorkshopCodec {
    public static func encode(_ workshop: Workshop) -> Data {
        DocumentCodec.encode(workshop)
    }

    /// The same bytes through Foundation's encoder: the reference that benchmarks and tests
    /// measure and compare the project's own encoder against.
    public static func foundationEncode(_ workshop: Workshop) -> Data {
        DocumentCodec.foundationEncode(workshop)
    }

    /// Decodes and validates. Throws every problem found, each with file, line and JSON path.
    public static func decode(_ data: Data, file: String, catalog: Catalog = .bundled) throws(LoadError) -> Workshop {
        try decode(data, file: file, catalog: catalog, alongsideValidation: { _ in () }).workshop
    }

    /// Decodes, then validates on a second core while `work` runs on this thread with the
    /// decoded workshop; `work`'s result is returned only if the workshop is valid.
    public static func decode<Result>(
        _ data: Data, file: String, catalog: Catalog = .bundled, alongsideValidation work: (Workshop) -> Result
    ) throws(LoadError) -> (workshop: Workshop, result: Result) {
        try DocumentCodec.decode(Workshop.self, from: data, file: file, format: Workshop.formatMarker,
                                 schemaVersion: Workshop.schemaVersion, validate: { Validation.check($0, catalog: catalog) },
                                 alongside: work)
    }
}
