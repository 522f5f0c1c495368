// libFuzzer entry point for the workshop loader: syntax check, decoding and validation must
// never crash, hang or recurse without bound, whatever the bytes. Built by scripts/fuzz
// together with the model's sources and the JSON module (swiftc -sanitize=fuzzer), not by SwiftPM.
import Foundation
import RollkartaJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTarget(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    // The project's own decoder must read what Foundation reads, or hand the bytes back, for
    // every file the strict syntax scan passes (what it refuses, such as invalid UTF-8, the
    // loader reports before any decoder is heard).
    let bytes = UnsafeBufferPointer(start: start, count: count)
    let ours = JSONScanner.check(bytes) == nil ? try? DocumentDecoder.decode(Workshop.self, from: bytes) : nil
    if let ours, (try? JSONDecoder().decode(Workshop.self, from: data)) != ours {
        fatalError("the fast decoder read a workshop Foundation reads differently")
    }
    // And write exactly Foundation's bytes.
    if let ours, WorkshopCodec.encode(ours) != WorkshopCodec.foundationEncode(ours) {
        fatalError("the encoder wrote other bytes than Foundation")
    }
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
