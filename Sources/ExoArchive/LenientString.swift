/// A JSON value MAST sends either as a string or as a number (e.g. `obsid`, `sequence_number`).
struct LenientString: Decodable, Sendable, Hashable {
    var value: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            value = text
        } else if let integer = try? container.decode(Int.self) {
            value = String(integer)
        } else if let number = try? container.decode(Double.self) {
            value = number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        } else {
            value = ""
        }
    }
}
