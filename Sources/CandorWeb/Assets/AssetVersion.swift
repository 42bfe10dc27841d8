/// A short fingerprint of an asset's text, added to its address (`?v=…`), so browsers that
/// cached an older script or stylesheet fetch the new one as soon as Candor is updated.
enum AssetVersion {
    /// FNV-1a over the UTF-8 bytes: stable across processes and instances, unlike `hashValue`.
    static func of(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 36)
    }
}
