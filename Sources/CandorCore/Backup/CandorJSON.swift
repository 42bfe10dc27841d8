import Foundation

/// The one JSON style Candor writes and reads: sorted keys, ISO 8601 instants in UTC.
///
/// Sorted keys and whole-second instants make output byte-for-byte repeatable, which is
/// what lets a backup be compared after a restore.
public enum CandorJSON {
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = wholeSecondInstant(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected an instant like 2026-11-06T09:00:00Z, got \(text)")
            }
            return date
        }
        return decoder
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` exactly, as the encoder writes it. Foundation's `.iso8601` on
    /// Linux also reads fractions of a second (and "09:00:001.5Z"), which the encoder would drop:
    /// a backup read that way would not survive its own round trip (found by `scripts/fuzz`).
    static func wholeSecondInstant(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 0x2D, bytes[7] == 0x2D, bytes[10] == 0x54, bytes[13] == 0x3A,
              bytes[16] == 0x3A, bytes[19] == 0x5A
        else { return nil }
        for position in [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18] where !(0x30...0x39).contains(bytes[position]) {
            return nil
        }
        return try? Date(text, strategy: .iso8601)
    }

    /// Encodes `value` as text, ending with a newline as command-line output should.
    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let data = try encoder(pretty: pretty).encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
