import Foundation

/// Remembers the Porter2 stem of every word it has seen, so that reading many answers stems
/// each distinct word once.
///
/// Answers share most of their vocabulary, so a company's 100,000 answers hold only a few
/// thousand distinct words: a look-up replaces almost every run of the stemmer. With the stem
/// it keeps what the theme detector needs to know about the word (whether it is a negator, which
/// lexicon stem it is), so each word of an answer costs one look-up.
///
/// Text that is entirely ASCII (nearly all answers) is split into words byte by byte, giving
/// exactly the words of `Tokenizer.words(_:)` without its Unicode folding, and words of up to
/// 16 letters are looked up by their bytes, without building a `String` or hashing one.
///
/// A value type: give each thread or task its own cache.
public struct StemCache: Sendable {
    /// Words that do not fit a `ShortWord`: longer than 16 bytes, or not ASCII.
    private var long: [String: WordFacts] = [:]
    /// Open addressing over `shortWords`: each slot holds an index into it, or -1.
    private var slots = [Int32](repeating: -1, count: 1024)
    private var shortKeys: [ShortWord] = []
    private var shortWords: [WordFacts] = []

    /// Beyond this many distinct words the cache starts afresh, so a stream of unique junk
    /// (pasted logs, hashes) cannot make it grow without end.
    static let capacity = 250_000

    public init() {}

    /// The number of distinct words remembered.
    public var count: Int { long.count + shortWords.count }

    /// The stem of one lowercase word, as `Tokenizer.words(_:)` gives them.
    public mutating func stem(_ word: String) -> String {
        facts(word).stem
    }

    /// The stems of `text`'s words, in order; the same as `Tokenizer.stems(_:droppingStopWords:)`.
    public mutating func stems(_ text: String, droppingStopWords: Bool) -> [String] {
        var stems: [String] = []
        forEachWord(in: text) { facts in
            if !(droppingStopWords && facts.roles.contains(.stopWord)) { stems.append(facts.stem) }
        }
        return stems
    }

    /// Every word of `text` with its stem, in order, stop words included.
    public mutating func tokens(_ text: String) -> [(word: String, stem: String)] {
        var tokens: [(word: String, stem: String)] = []
        forEachWord(in: text) { tokens.append(($0.word, $0.stem)) }
        return tokens
    }

    /// Calls `body` with the facts of each word of `text`, in order.
    mutating func forEachWord(in text: String, _ body: (WordFacts) -> Void) {
        if Self.isASCII(text) {
            scanASCII(text, word: body, separator: { _ in })
        } else {
            for word in Tokenizer.words(text) { body(facts(word)) }
        }
    }

    /// The stem of `word` and what the text pipeline knows about it, worked out on first sight.
    mutating func facts(_ word: String) -> WordFacts {
        if let key = ShortWord(word) { return facts(key, spelled: { word }) }
        if let known = long[word] { return known }
        let facts = WordFacts(word: word, stem: Porter2.stem(word))
        makeRoom()
        long[word] = facts
        return facts
    }

    // MARK: Words of up to 16 ASCII bytes

    /// Up to 16 ASCII bytes packed into two integers; the zero bytes after the word end it (ASCII
    /// words hold no zero byte).
    struct ShortWord: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        /// `nil` when `word` is longer than 16 bytes or not ASCII.
        init?(_ word: String) {
            var length = 0
            for byte in word.utf8 {
                guard byte < 0x80, byte != 0, length < 16 else { return nil }
                append(byte, at: length)
                length += 1
            }
        }

        init() {}

        @inline(__always)
        mutating func append(_ byte: UInt8, at position: Int) {
            if position < 8 {
                low |= UInt64(byte) << UInt64(8 * position)
            } else {
                high |= UInt64(byte) << UInt64(8 * (position - 8))
            }
        }

        /// A cheap, well-mixed hash: multiply, fold, and take the top bits at look-up.
        @inline(__always)
        var hash: UInt64 {
            let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F
            return mixed ^ (mixed >> 29)
        }
    }

    /// Looks `key` up; `spelled` gives the word as a `String` only when it is new.
    private mutating func facts(_ key: ShortWord, spelled: () -> String) -> WordFacts {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let index = slots[slot]
            if index < 0 { break }
            if shortKeys[Int(index)] == key { return shortWords[Int(index)] }
            slot = (slot + 1) & mask
        }
        let word = spelled()
        let facts = WordFacts(word: word, stem: Porter2.stem(word))
        makeRoom()
        if (shortWords.count + 1) * 2 > slots.count {
            grow()
        }
        insert(key, facts)
        return facts
    }

    private mutating func insert(_ key: ShortWord, _ facts: WordFacts) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(shortWords.count)
        shortKeys.append(key)
        shortWords.append(facts)
    }

    /// Doubles the slots, keeping them at most half full so probes stay short.
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, key) in shortKeys.enumerated() {
            var slot = Int(truncatingIfNeeded: key.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// Forgets everything once `capacity` distinct words are held.
    private mutating func makeRoom() {
        guard count >= Self.capacity else { return }
        long.removeAll()
        shortKeys.removeAll()
        shortWords.removeAll()
        slots = [Int32](repeating: -1, count: 1024)
    }

    // MARK: Splitting ASCII text

    static func isASCII(_ text: String) -> Bool {
        for byte in text.utf8 where byte >= 0x80 { return false }
        return true
    }

    /// The same words as `Tokenizer.words(_:)`, quicker for ASCII text; nothing is remembered.
    static func words(_ text: String) -> [String] {
        guard isASCII(text) else { return Tokenizer.words(text) }
        var words: [String] = []
        scanASCII(text, word: { _, bytes in words.append(String(decoding: bytes, as: UTF8.self)) }, separator: { _ in })
        return words
    }

    /// `Tokenizer.words` for ASCII text, reporting each word's facts and each byte between words,
    /// in order.
    mutating func scanASCII(_ text: String, word: (WordFacts) -> Void, separator: (UInt8) -> Void) {
        Self.scanASCII(
            text,
            word: { key, bytes in
                word(bytes.count <= 16
                    ? facts(key, spelled: { String(decoding: bytes, as: UTF8.self) })
                    : facts(String(decoding: bytes, as: UTF8.self)))
            },
            separator: separator)
    }

    /// `Tokenizer.words` for ASCII text, reporting each word (packed when it has up to 16 bytes,
    /// and as bytes) and each byte between words, in order.
    ///
    /// Folding only lowercases A–Z in ASCII, letters and digits are the word characters, and an
    /// apostrophe stays only between two word characters (one that does not is reported as a
    /// separator).
    static func scanASCII(_ text: String, word: (ShortWord, [UInt8]) -> Void, separator: (UInt8) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var key = ShortWord()
        var apostrophePending = false
        let apostrophe = UInt8(ascii: "'")
        for byte in text.utf8 {
            var lower = byte
            if byte >= 0x41 && byte <= 0x5A { lower = byte + 0x20 }
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                if apostrophePending {
                    if current.count < 16 { key.append(apostrophe, at: current.count) }
                    current.append(apostrophe)
                    apostrophePending = false
                }
                if current.count < 16 { key.append(lower, at: current.count) }
                current.append(lower)
            } else if byte == apostrophe && !current.isEmpty && !apostrophePending {
                apostrophePending = true
            } else {
                if !current.isEmpty {
                    word(key, current)
                    current.removeAll(keepingCapacity: true)
                    key = ShortWord()
                }
                if apostrophePending { separator(apostrophe) }
                apostrophePending = false
                separator(byte)
            }
        }
        if !current.isEmpty { word(key, current) }
    }
}
