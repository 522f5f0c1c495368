import Foundation

/// A list decoded in parts, one per core, joined in order.
protocol SplitDecodable {
    static func decodeInParts(under parent: TapeDecoder, at index: Int, key: (any CodingKey)?) throws -> Self
}

extension Array: SplitDecodable where Element: Decodable {
    static func decodeInParts(under parent: TapeDecoder, at index: Int, key: (any CodingKey)?) throws -> [Element] {
        let source = parent.source
        let list = TapeDecoder(source: source, index: index, parent: parent, key: key)
        var starts: [Int] = []
        starts.reserveCapacity(source.entries[index].count)
        var element = index + 1
        for _ in 0..<source.entries[index].count {
            starts.append(element)
            element = source.next(after: element)
        }
        // Parts of about the same number of bytes, not of elements: elements differ in size.
        let partCount = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, 4))
        let firstByte = Int(source.entries[starts[0]].start)
        let span = Int(source.entries[index].end) == source.entries.count
            ? source.bytes.count - firstByte
            : Int(source.entries[Int(source.entries[index].end)].start) - firstByte
        var bounds = [0]
        var boundary = 0
        for part in 1..<partCount {
            let target = firstByte + span * part / partCount
            while boundary < starts.count, Int(source.entries[starts[boundary]].start) < target { boundary += 1 }
            bounds.append(boundary)
        }
        bounds.append(starts.count)
        let results = Parts<[Element]>(count: partCount)
        let (firstElements, elementStarts) = (bounds, starts)
        DispatchQueue.concurrentPerform(iterations: partCount) { part in
            let bounds = firstElements, starts = elementStarts
            results.slots[part] = Result {
                var elements: [Element] = []
                elements.reserveCapacity(bounds[part + 1] - bounds[part])
                for position in bounds[part]..<bounds[part + 1] {
                    elements.append(try list.read(Element.self, at: starts[position], key: ListIndexKey(position)))
                }
                return elements
            }
        }
        var joined: [Element] = []
        joined.reserveCapacity(starts.count)
        for result in results.slots { joined += try result!.get() }
        return joined
    }
}

/// One slot per part, each written by one thread only, read after all are done.
private final class Parts<Value>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Result<Value, any Error>?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }
}
