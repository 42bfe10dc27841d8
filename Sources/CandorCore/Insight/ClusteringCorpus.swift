import Foundation

/// The answers' kept words as ids, with each word's term (its stem's id).
///
/// Every distinct word is filtered and stemmed once; later occurrences cost one hash lookup.
struct ClusteringCorpus {
    /// Word ids per answer, row by row: answer `i` has `wordIDs[wordStart[i]..<wordStart[i + 1]]`.
    var wordStart: [Int] = [0]
    var wordIDs: [Int32] = []
    /// Each distinct word, and its term id or -1 when it is dropped (stop word, bare number).
    var words: [String] = []
    var termOfWord: [Int32] = []
    var termCount = 0

    private var idOfWord: [String: Int32] = [:]
    private var idOfStem: [String: Int32] = [:]

    init(_ texts: [String], stem: (String) -> String) {
        wordStart.reserveCapacity(texts.count + 1)
        wordIDs.reserveCapacity(texts.count * 8)
        var scratch: [UInt8] = []
        for text in texts {
            var text = text
            let splitFast = text.withUTF8 { bytes in
                ASCIIWords.split(bytes, into: &scratch) { add(String(decoding: $0, as: UTF8.self), stem: stem) }
            }
            if !splitFast {
                for word in Tokenizer.words(text) { add(word, stem: stem) }
            }
            wordStart.append(wordIDs.count)
        }
        idOfWord = [:]
        idOfStem = [:]
    }

    var count: Int { wordStart.count - 1 }

    private mutating func add(_ word: String, stem: (String) -> String) {
        let id: Int32
        if let known = idOfWord[word] {
            id = known
        } else {
            id = Int32(words.count)
            idOfWord[word] = id
            words.append(word)
            termOfWord.append(term(of: word, stem: stem))
        }
        if termOfWord[Int(id)] >= 0 { wordIDs.append(id) }
    }

    private mutating func term(of word: String, stem: (String) -> String) -> Int32 {
        if StopWords.english.contains(word) || word.allSatisfy(\.isNumber) { return -1 }
        let stemmed = stem(word)
        if let term = idOfStem[stemmed] { return term }
        idOfStem[stemmed] = Int32(termCount)
        termCount += 1
        return Int32(termCount - 1)
    }
}

/// `Tokenizer.words` for pure-ASCII text, straight from the bytes.
///
/// Most answers are ASCII, and for them the general tokenizer's Unicode folding and per-Character
/// work is the bulk of the clustering time. On ASCII, folding is just lowercasing and letters or
/// digits are [a-z0-9], so the result is identical; anything else goes to the general path.
enum ASCIIWords {
    /// Calls `word` with each word's bytes (reusing `scratch`) and returns true, or returns false
    /// at once, before any call, when `text` is not all ASCII.
    static func split(_ text: UnsafeBufferPointer<UInt8>, into scratch: inout [UInt8],
                      word: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        for byte in text where byte >= 0x80 { return false }
        scratch.removeAll(keepingCapacity: true)
        var apostrophePending = false
        for byte in text {
            let lower = byte | 0x20  // maps A–Z onto a–z; checked below before it is trusted
            if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
                if apostrophePending {
                    scratch.append(0x27)
                    apostrophePending = false
                }
                scratch.append(byte >= 0x30 && byte <= 0x39 ? byte : lower)
            } else if byte == 0x27 && !scratch.isEmpty && !apostrophePending {
                // Kept only if a word character follows, as in `Tokenizer.words`.
                apostrophePending = true
            } else {
                if !scratch.isEmpty { scratch.withUnsafeBufferPointer(word) }
                scratch.removeAll(keepingCapacity: true)
                apostrophePending = false
            }
        }
        if !scratch.isEmpty { scratch.withUnsafeBufferPointer(word) }
        return true
    }
}
