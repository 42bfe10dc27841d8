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
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// Encodes `value` as text, ending with a newline as command-line output should.
    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        let data = try encoder(pretty: pretty).encode(value)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
