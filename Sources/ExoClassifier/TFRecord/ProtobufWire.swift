import Foundation

/// A protobuf wire-format error: the bytes end early or use an unsupported wire type.
public struct ProtobufWireError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, e.g. "truncated varint at byte 17".
    public var description: String
}

/// Reads protobuf wire-format fields from a byte buffer (valid only while the buffer is).
struct ProtobufWireReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The next field number and wire type, or nil at the end.
    mutating func nextTag() throws -> (Int, Int)? {
        guard !isAtEnd else { return nil }
        let key = try varint()
        let field = Int(truncatingIfNeeded: key >> 3)
        guard field > 0 else { throw ProtobufWireError(description: "field number 0 at byte \(offset)") }
        return (field, Int(key & 7))
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else {
                throw ProtobufWireError(description: "truncated varint at byte \(offset)")
            }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func lengthDelimited() throws -> UnsafeRawBufferPointer {
        let length = try varint()
        guard length <= UInt64(bytes.count - offset) else {
            throw ProtobufWireError(description: "length \(length) at byte \(offset) runs past the end (\(bytes.count))")
        }
        let slice = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + Int(length))])
        offset += Int(length)
        return slice
    }

    mutating func float() throws -> Float {
        guard bytes.count - offset >= 4 else { throw ProtobufWireError(description: "truncated float at byte \(offset)") }
        let bits = bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian
        offset += 4
        return Float(bitPattern: bits)
    }

    mutating func appendPackedFloats(to values: inout [Float]) throws {
        let packed = try lengthDelimited()
        guard packed.count % 4 == 0 else {
            throw ProtobufWireError(description: "packed float list of \(packed.count) bytes is not a multiple of 4")
        }
        let n = packed.count / 4
        values.reserveCapacity(values.count + n)
        for i in 0..<n {
            values.append(Float(bitPattern: packed.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self).littleEndian))
        }
    }

    mutating func skip(_ wireType: Int) throws {
        switch wireType {
        case 0: _ = try varint()
        case 1: try advance(8)
        case 2: _ = try lengthDelimited()
        case 5: try advance(4)
        default: throw ProtobufWireError(description: "unsupported wire type \(wireType) at byte \(offset)")
        }
    }

    private mutating func advance(_ n: Int) throws {
        guard bytes.count - offset >= n else { throw ProtobufWireError(description: "truncated field at byte \(offset)") }
        offset += n
    }
}

/// Builds protobuf wire-format bytes.
struct ProtobufWireWriter {
    private(set) var data = Data()

    mutating func writeVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            data.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        data.append(UInt8(v))
    }

    mutating func writeBytes(field: Int, _ bytes: Data) {
        writeVarint(UInt64(field << 3 | 2))
        writeVarint(UInt64(bytes.count))
        data.append(bytes)
    }
}
