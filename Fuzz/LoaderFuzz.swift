// libFuzzer entry point for the workshop loader: syntax check, decoding and validation must
// never crash, hang or recurse without bound, whatever the bytes. Built by scripts/fuzz
// together with the model's sources (swiftc -sanitize=fuzzer), not by SwiftPM.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTarget(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let workshop = try? WorkshopCodec.decode(data, file: "fuzz") {
        // What loads must save and load again to the same workshop.
        let again = try? WorkshopCodec.decode(WorkshopCodec.encode(workshop), file: "fuzz")
        if again != workshop { fatalError("a workshop did not survive save and load") }
        _ = Summary(workshop)
        _ = Check.run(workshop)
        _ = VerificationResults(workshop)
    }
    // The participant answer file goes through the same reader.
    if let file = try? DocumentCodec.decode(ParticipantFile.self, from: data, file: "fuzz",
                                            format: ParticipantFile.formatMarker,
                                            schemaVersion: ParticipantFile.schemaVersion, validate: ParticipantStore.validate) {
        let again = try? DocumentCodec.decode(ParticipantFile.self, from: DocumentCodec.encode(file), file: "fuzz",
                                              format: ParticipantFile.formatMarker,
                                              schemaVersion: ParticipantFile.schemaVersion, validate: ParticipantStore.validate)
        if again != file { fatalError("a participant file did not survive save and load") }
    }
    return 0
}
