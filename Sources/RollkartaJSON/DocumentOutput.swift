import Foundation

/// The buffer all encoders of one document write into. Its state lies behind a pointer: a class's
/// stored properties are checked for exclusive access at run time on every change, which cost
/// an eighth of the encoding when every byte appended was one.
final class DocumentOutput {
    let state: UnsafeMutablePointer<DocumentBuffer>

    init() {
        state = .allocate(capacity: 1)
        state.initialize(to: DocumentBuffer())
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }
}

struct DocumentBuffer {
    var bytes: [UInt8] = []
    /// The members of the objects being written, innermost object's last: each member's key and
    /// where its value lies in `bytes`.
    var members: [(key: String, start: Int, end: Int)] = []
    /// Where a finished object is put together in key order before it replaces its stretch.
    var scratch: [UInt8] = []
    /// Set where throwing is not possible (a container was asked for that the stream cannot give).
    var unsupported = false

    init() {
        bytes.reserveCapacity(1 << 16)
    }
}

/// Foundation's pretty printing: two spaces per level, `"key" : value`, members sorted by the
/// UTF-8 bytes of their keys, an empty object or list as an open and a close line with an
/// empty line between.
extension DocumentBuffer {
    mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func writeBool(_ value: Bool) { append(value ? "true" : "false") }

    mutating func writeSpaces(_ count: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    mutating func writeInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        writeUnsigned(value.magnitude)
    }

    mutating func writeUnsigned(_ magnitude: UInt64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: enough for 20 digits
        var count = 0
        var rest = magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// Quotes and escapes as Foundation does: `"` and `\`, the short escapes for backspace,
    /// form feed, newline, carriage return and tab, `\u00xx` (lower-case hex) for the other
    /// control characters; everything else, `/` included, as it is.
    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Replaces the object's stretch of the buffer (its members' values, in the order they came)
    /// with the object as written: braces, and each member's key and value in key order.
    mutating func sortObject(start: Int, firstMember: Int, indent: Int) throws {
        // Sorted and trimmed in place (through a slice, the members were copied each time).
        members.withUnsafeMutableBufferPointer { stack in
            var object = UnsafeMutableBufferPointer(rebasing: stack[firstMember...])
            object.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        }
        // Written into the scratch buffer (swapped in as `bytes`) while the values are read from
        // the document's buffer (swapped out as `scratch`): no copy of either.
        swap(&bytes, &scratch)
        bytes.removeAll(keepingCapacity: true)
        append("{\n")
        for index in firstMember..<members.count {
            let member = members[index]
            // Sorting brings a key written twice together; Foundation would keep one of them.
            if index > firstMember, members[index - 1].key == member.key { throw DocumentEncoder.Unsupported() }
            writeSpaces(indent + 2)
            writeString(member.key)
            append(" : ")
            scratch.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[member.start..<member.end])) }
            if index < members.count - 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\n"))
        }
        if members.count == firstMember { bytes.append(UInt8(ascii: "\n")) }
        writeSpaces(indent)
        bytes.append(UInt8(ascii: "}"))
        members.removeLast(members.count - firstMember)
        // The object now sits in `bytes`; put it back in place of its members' values.
        swap(&bytes, &scratch)
        bytes.removeLast(bytes.count - start)
        bytes.append(contentsOf: scratch)
    }
}
