import Foundation

/// The Snowball English ("Porter2") stemmer, as revised in Snowball 3.x.
///
/// It gives exactly what the pinned PyPI `snowballstemmer` (3.1.1) gives for
/// `stemmer('english').stemWord(word)`; `scripts/check-stemmer` compares the two on 30,000+ real words.
/// The 3.x algorithm differs from the often-quoted Porter2 description in a few places, all kept here:
/// `inter` joins the exceptional R1 prefixes; `dying`/`lying`/`tying` come from a Step 1b rule
/// ("ying" after one non-vowel at the start becomes "ie") rather than the exception list; the
/// post-1a exceptions (`inning`, `proceed`, …) live inside Step 1b, joined by `evening`; a double
/// after a lone a, e or o at the start stays (`added` → `add`); a short syllable also matches the
/// letters `past` (`pasted` → `paste`); and Step 2 turns `-ogist` into `-og`.
///
/// The word is handled as Unicode code points, like the Python version: letters outside a–z are
/// never vowels and pass through unchanged.
public enum Porter2 {
    /// The stem of one lowercase word.
    public static func stem(_ word: String) -> String {
        var word = word
        let ascii = word.withUTF8 { bytes -> [UInt8]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var stems = ASCIIStems()
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 2)
            stems.stem(bytes, appendingTo: &output)
            return output
        }
        if let ascii { return String(decoding: ascii, as: UTF8.self) }
        var stemmer = Porter2Word(word.unicodeScalars.map(\.value))
        stemmer.run()
        var scalars = String.UnicodeScalarView()
        for value in stemmer.w {
            // Every value came from a scalar or is an ASCII letter, so this never fails.
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    /// Stems ASCII words one after another straight into a byte buffer, reusing its working
    /// storage, so that a long run of words allocates nothing per word: the way through word
    /// lists (`candor text stem`). One byte per code point, so the bytes out are the stem's UTF-8.
    public struct ASCIIStems {
        private var word = Porter2Word([])

        public init() {}

        /// Appends the stem of `bytes`, one lowercase word all of whose bytes are ASCII, to `output`.
        public mutating func stem(_ bytes: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) {
            word.reset(to: bytes)
            word.run()
            for value in word.w { output.append(UInt8(truncatingIfNeeded: value)) }
        }
    }
}

// MARK: - The algorithm

/// One word being stemmed: its code points and the regions R1 and R2 (as start offsets).
///
/// Every step after the prelude only changes the end of the word, so R1 and R2, computed once,
/// stay valid offsets.
struct Porter2Word {
    var w: [UInt32]
    var p1 = 0
    var p2 = 0
    /// Whether the prelude marked a `y` as a consonant `Y`; only then does the postlude undo it.
    var yFound = false

    init(_ codePoints: [UInt32]) { w = codePoints }

    /// Starts over with the word `bytes` (ASCII), keeping the storage of the last one.
    mutating func reset(to bytes: UnsafeBufferPointer<UInt8>) {
        w.removeAll(keepingCapacity: true)
        for byte in bytes { w.append(UInt32(byte)) }
        p1 = 0
        p2 = 0
        yFound = false
    }

    mutating func run() {
        if let replacement = Self.exception(w) {
            w = replacement
            return
        }
        // Words of one or two code points (an initial apostrophe included) are left as they are.
        guard w.count > 2 else { return }
        prelude()
        markRegions()
        step1a()
        step1b()
        step1c()
        step2()
        step3()
        step4()
        step5()
        postlude()
    }

    // MARK: Character classes

    private static let apostrophe = UInt32(UInt8(ascii: "'"))
    private static let lowerY = UInt32(UInt8(ascii: "y"))
    private static let upperY = UInt32(UInt8(ascii: "Y"))

    /// a e i o u y (a `y` marked `Y` is a consonant).
    @inline(__always)
    static func isVowel(_ c: UInt32) -> Bool {
        switch c {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return true  // a e i o u y
        default: return false
        }
    }

    /// The vowels plus w, x and Y: letters that cannot end a short syllable.
    @inline(__always)
    static func isVowelWXY(_ c: UInt32) -> Bool {
        isVowel(c) || c == 0x77 || c == 0x78 || c == 0x59  // w x Y
    }

    /// The letters that may stand before a deleted `-li`: c d e g h k m n r t.
    @inline(__always)
    static func isValidLI(_ c: UInt32) -> Bool {
        switch c {
        case 0x63, 0x64, 0x65, 0x67, 0x68, 0x6B, 0x6D, 0x6E, 0x72, 0x74: return true
        default: return false
        }
    }

    // MARK: Helpers on the code points

    // The suffixes are ASCII `StaticString` literals (always stored as a pointer to their UTF-8),
    // read directly: no closures and no allocation, which keeps even a debug build quick.

    /// Whether `s` (ASCII) ends exactly at offset `end`.
    @inline(__always)
    func has(_ s: StaticString, endingAt end: Int) -> Bool {
        let count = s.utf8CodeUnitCount
        var i = end - count
        guard i >= 0, end <= w.count else { return false }
        var p = s.utf8Start
        while i < end {
            if w[i] != UInt32(p.pointee) { return false }
            i += 1
            p += 1
        }
        return true
    }

    @inline(__always)
    func endsWith(_ s: StaticString) -> Bool { has(s, endingAt: w.count) }

    /// Whether `s` (ASCII) starts the word.
    func hasPrefix(_ s: StaticString) -> Bool {
        s.utf8CodeUnitCount <= w.count && has(s, endingAt: s.utf8CodeUnitCount)
    }

    /// Whether `s` (ASCII) is the whole of `word`.
    static func equals(_ word: [UInt32], _ s: StaticString) -> Bool {
        guard word.count == s.utf8CodeUnitCount else { return false }
        var p = s.utf8Start
        for c in word {
            if c != UInt32(p.pointee) { return false }
            p += 1
        }
        return true
    }

    /// The code points of `s` (ASCII).
    static func codePoints(_ s: StaticString) -> [UInt32] {
        UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount).map(UInt32.init)
    }

    /// Replaces the last `count` code points with `replacement` (ASCII).
    @inline(__always)
    mutating func replaceSuffix(_ count: Int, with replacement: StaticString) {
        w.removeLast(count)
        var p = replacement.utf8Start
        for _ in 0..<replacement.utf8CodeUnitCount {
            w.append(UInt32(p.pointee))
            p += 1
        }
    }

    // MARK: Exceptions, prelude, regions

    /// Whole words with a fixed stem, looked at before anything else (even the length check).
    static func exception(_ word: [UInt32]) -> [UInt32]? {
        guard (3...6).contains(word.count) else { return nil }
        for (whole, stem) in exceptions where equals(word, whole) {
            return codePoints(stem)
        }
        return nil
    }

    private static let exceptions: [(word: StaticString, stem: StaticString)] = [
        ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
        ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("howe", "howe"), ("atlas", "atlas"), ("cosmos", "cosmos"),
        ("bias", "bias"), ("andes", "andes"),
    ]

    /// Drops one initial apostrophe and marks consonant `y`s (initial, or after a vowel) as `Y`.
    mutating func prelude() {
        if w.first == Self.apostrophe { w.removeFirst() }
        guard !w.isEmpty else { return }
        if w[0] == Self.lowerY {
            w[0] = Self.upperY
            yFound = true
        }
        // Left to right, so in "ayyy" the second y (after a marked Y) stays a vowel: aYyY.
        var i = 0
        while i + 1 < w.count {
            if Self.isVowel(w[i]) && w[i + 1] == Self.lowerY {
                w[i + 1] = Self.upperY
                yFound = true
            }
            i += 1
        }
    }

    /// Words starting with one of these have R1 right after it (gener-ous, not gen-erous).
    private static let regionPrefixes: [StaticString] = [
        "arsen", "commun", "emerg", "gener", "inter", "later", "organ", "past", "univers",
    ]

    private func regionPrefix() -> StaticString? {
        guard let first = w.first else { return nil }
        switch first {
        case 0x61, 0x63, 0x65, 0x67, 0x69, 0x6C, 0x6F, 0x70, 0x75:  // a c e g i l o p u
            for prefix in Self.regionPrefixes where hasPrefix(prefix) { return prefix }
            return nil
        default:
            return nil
        }
    }

    /// R1 starts after the first non-vowel that follows a vowel (or after an exceptional prefix);
    /// R2 is the same rule applied again inside R1. Either is empty (= word length) when not found.
    mutating func markRegions() {
        let n = w.count
        p1 = n
        p2 = n
        var i: Int
        if let prefix = regionPrefix() {
            i = prefix.utf8CodeUnitCount
        } else {
            guard let after = afterVowelThenNonVowel(from: 0) else { return }
            i = after
        }
        p1 = i
        guard let after = afterVowelThenNonVowel(from: i) else { return }
        p2 = after
    }

    /// The offset just after the first non-vowel that follows a vowel, searching from `start`.
    private func afterVowelThenNonVowel(from start: Int) -> Int? {
        var i = start
        while i < w.count && !Self.isVowel(w[i]) { i += 1 }
        guard i < w.count else { return nil }
        i += 1
        while i < w.count && Self.isVowel(w[i]) { i += 1 }
        guard i < w.count else { return nil }
        return i + 1
    }

    /// Whether the word up to `end` ends in a short syllable: non-vowel (not w, x, Y) + vowel +
    /// non-vowel; or vowel + non-vowel at the very start; or (3.x) the letters "past".
    func endsInShortSyllable(at end: Int) -> Bool {
        if end >= 3 && !Self.isVowelWXY(w[end - 1]) && Self.isVowel(w[end - 2]) && !Self.isVowel(w[end - 3]) {
            return true
        }
        if end == 2 && !Self.isVowel(w[1]) && Self.isVowel(w[0]) { return true }
        return has("past", endingAt: end)
    }

    /// Whether some code point before `end` is a vowel.
    private func hasVowel(before end: Int) -> Bool {
        var i = 0
        while i < end {
            if Self.isVowel(w[i]) { return true }
            i += 1
        }
        return false
    }

    // MARK: Steps

    /// Apostrophe suffixes, then plurals: sses → ss, ied/ies → i or ie, s deleted after a vowel.
    mutating func step1a() {
        if endsWith("'s'") {
            w.removeLast(3)
        } else if endsWith("'s") {
            w.removeLast(2)
        } else if endsWith("'") {
            w.removeLast(1)
        }
        let n = w.count
        if endsWith("sses") {
            w.removeLast(2)
        } else if endsWith("ied") || endsWith("ies") {
            // "i" after two or more letters (cries → cri), "ie" after one (ties → tie).
            w.removeLast(n - 3 >= 2 ? 2 : 1)
        } else if endsWith("ss") || endsWith("us") {
            return
        } else if endsWith("s") {
            // Deleted when a vowel comes somewhere before the letter just before the s (gaps → gap, gas stays).
            if n >= 2 && hasVowel(before: n - 2) { w.removeLast() }
        }
    }

    /// -eed/-eedly → ee in R1; -ed, -edly, -ing, -ingly deleted after a vowel, then tidied.
    mutating func step1b() {
        let n = w.count
        enum Kind { case eed, ed, ing }
        let length: Int
        let kind: Kind
        // The longest of the suffixes decides; -ingly is treated like -ed, not like -ing.
        if endsWith("eedly") { (length, kind) = (5, .eed) }
        else if endsWith("ingly") { (length, kind) = (5, .ed) }
        else if endsWith("edly") { (length, kind) = (4, .ed) }
        else if endsWith("eed") { (length, kind) = (3, .eed) }
        else if endsWith("ing") { (length, kind) = (3, .ing) }
        else if endsWith("ed") { (length, kind) = (2, .ed) }
        else { return }
        let start = n - length

        if kind == .eed {
            guard start >= p1 else { return }
            // proceed, exceed, succeed (and their -ly forms) keep their ending.
            let fixed = (start == 4 && (has("succ", endingAt: 4) || has("proc", endingAt: 4)))
                || (start == 3 && has("exc", endingAt: 3))
            if !fixed { replaceSuffix(length, with: "ee") }
            return
        }
        if kind == .ing {
            if has("even", endingAt: start) || has("cann", endingAt: start) || has("earr", endingAt: start)
                || has("herr", endingAt: start) {
                if start == 4 { return }  // evening, canning, earring, herring
            } else if has("inn", endingAt: start) || has("out", endingAt: start) {
                if start == 3 { return }  // inning, outing
            } else if start >= 1 && w[start - 1] == Self.lowerY {
                // dying → die, lying → lie, tying → tie: "ying" after one non-vowel at the start.
                if start == 2 && !Self.isVowel(w[0]) {
                    replaceSuffix(4, with: "ie")
                    return
                }
            }
        }

        guard hasVowel(before: start) else { return }
        w.removeLast(length)
        let m = w.count
        if endsWith("at") || endsWith("bl") || endsWith("iz") {
            replaceSuffix(0, with: "e")  // luxuriat → luxuriate
            return
        }
        if endsWith("bb") || endsWith("dd") || endsWith("ff") || endsWith("gg") || endsWith("mm")
            || endsWith("nn") || endsWith("pp") || endsWith("rr") || endsWith("tt") {
            // A double is undoubled (hopp → hop), except after a lone a, e or o at the start (add, egg, odd).
            if m == 3 && (w[0] == 0x61 || w[0] == 0x65 || w[0] == 0x6F) { return }
            w.removeLast()
            return
        }
        // A short word gets its e back: hop → hope. "Short" means R1 starts exactly at its end.
        if m == p1 && endsInShortSyllable(at: m) { replaceSuffix(0, with: "e") }
    }

    /// A final y or Y after a non-vowel that is not the first letter becomes i (cry → cri, say stays).
    mutating func step1c() {
        let n = w.count
        guard n >= 3, w[n - 1] == Self.lowerY || w[n - 1] == Self.upperY, !Self.isVowel(w[n - 2]) else { return }
        w[n - 1] = 0x69  // i
    }

    /// One suffix rule of Steps 2–4: the suffix, what replaces it, and what else must hold.
    struct Rule {
        enum Condition { case none, inR2, afterL, afterValidLI, afterSOrT }
        let suffix: StaticString
        let replacement: StaticString
        let condition: Condition

        init(_ suffix: StaticString, _ replacement: StaticString = "", _ condition: Condition = .none) {
            self.suffix = suffix
            self.replacement = replacement
            self.condition = condition
        }
    }

    /// A step's rules grouped by the suffix's last letter, longest suffix first within a group, so
    /// a word is only compared with the few suffixes that end in its own last letter.
    struct RuleTable {
        private var buckets = [[Rule]](repeating: [], count: 128)

        init(_ rules: [Rule]) {
            for rule in rules.sorted(by: { $0.suffix.utf8CodeUnitCount > $1.suffix.utf8CodeUnitCount }) {
                buckets[Int(rule.suffix.utf8Start[rule.suffix.utf8CodeUnitCount - 1])].append(rule)
            }
        }

        func rules(endingWith last: UInt32) -> [Rule] { last < 128 ? buckets[Int(last)] : [] }
    }

    /// Finds the longest suffix of `table` that the word ends with and applies it when it starts
    /// in the region `regionStart` and its condition holds. The longest match decides: when it
    /// fails, no shorter suffix is tried.
    mutating func applyLongest(_ table: RuleTable, region regionStart: Int) {
        let n = w.count
        guard n > 0 else { return }
        for rule in table.rules(endingWith: w[n - 1]) where endsWith(rule.suffix) {
            let length = rule.suffix.utf8CodeUnitCount
            let start = n - length
            guard start >= regionStart else { return }
            switch rule.condition {
            case .none: break
            case .inR2: guard start >= p2 else { return }
            case .afterL: guard start > 0, w[start - 1] == 0x6C else { return }  // l
            case .afterValidLI: guard start > 0, Self.isValidLI(w[start - 1]) else { return }
            case .afterSOrT: guard start > 0, w[start - 1] == 0x73 || w[start - 1] == 0x74 else { return }  // s t
            }
            replaceSuffix(length, with: rule.replacement)
            return
        }
    }

    private static let step2Table = RuleTable([
        Rule("tional", "tion"), Rule("enci", "ence"), Rule("anci", "ance"), Rule("abli", "able"),
        Rule("entli", "ent"), Rule("izer", "ize"), Rule("ization", "ize"),
        Rule("ational", "ate"), Rule("ation", "ate"), Rule("ator", "ate"),
        Rule("alism", "al"), Rule("aliti", "al"), Rule("alli", "al"),
        Rule("fulness", "ful"), Rule("fulli", "ful"), Rule("ousli", "ous"), Rule("ousness", "ous"),
        Rule("iveness", "ive"), Rule("iviti", "ive"), Rule("biliti", "ble"), Rule("bli", "ble"),
        Rule("ogist", "og"), Rule("ogi", "og", .afterL), Rule("lessli", "less"),
        Rule("li", "", .afterValidLI),
    ])

    /// Step 2, in R1: tional → tion, ization → ize, ousli → ous, -li after c d e g h k m n r t, …
    mutating func step2() { applyLongest(Self.step2Table, region: p1) }

    private static let step3Table = RuleTable([
        Rule("tional", "tion"), Rule("ational", "ate"), Rule("alize", "al"),
        Rule("icate", "ic"), Rule("iciti", "ic"), Rule("ical", "ic"),
        Rule("ful"), Rule("ness"), Rule("ative", "", .inR2),
    ])

    /// Step 3, in R1: ational → ate, alize → al, icate → ic, -ful and -ness deleted, -ative in R2.
    mutating func step3() { applyLongest(Self.step3Table, region: p1) }

    private static let step4Table = RuleTable([
        Rule("al"), Rule("ance"), Rule("ence"), Rule("er"), Rule("ic"), Rule("able"), Rule("ible"),
        Rule("ant"), Rule("ement"), Rule("ment"), Rule("ent"), Rule("ism"), Rule("ate"), Rule("iti"),
        Rule("ous"), Rule("ive"), Rule("ize"), Rule("ion", "", .afterSOrT),
    ])

    /// Step 4: deletes a suffix in R2; -ion only after s or t.
    mutating func step4() { applyLongest(Self.step4Table, region: p2) }

    /// A final e in R2, or in R1 when no short syllable comes before it; a final l in R2 after l.
    mutating func step5() {
        guard let last = w.last else { return }
        let start = w.count - 1
        if last == 0x65 {  // e
            if start >= p2 || (start >= p1 && !endsInShortSyllable(at: start)) { w.removeLast() }
        } else if last == 0x6C {  // l
            if start >= p2 && start > 0 && w[start - 1] == 0x6C { w.removeLast() }
        }
    }

    /// Turns the marked Ys back into ys.
    mutating func postlude() {
        guard yFound else { return }
        for i in w.indices where w[i] == Self.upperY { w[i] = Self.lowerY }
    }
}
