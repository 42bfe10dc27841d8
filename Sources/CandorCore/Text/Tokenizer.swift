import Foundation

/// Splits free text into lowercase words, the first stage of the text pipeline.
public enum Tokenizer {
    /// The words of `text`, in order: lowercased, accents folded away (café → cafe, Straße → strasse),
    /// split on anything that is neither a letter nor a digit.
    ///
    /// An apostrophe between two word characters stays in the word (don't, o'clock; a typographic
    /// ’ counts as one); any other apostrophe is a separator ('quoted', students' → students).
    /// Hyphens split (well-known → well, known). Letters of any script are words (東京, हिन्दी);
    /// emoji and punctuation are separators (a keycap 1️⃣ folds to its digit, 1).
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        scan(text, word: { words.append($0) }, separator: { _ in })
        return words
    }

    /// The words of `text` as `words(_:)` reads them, and every Character between them, in order,
    /// from one pass over the folded text: what reads the punctuation between words (the clause
    /// splitter) sees exactly the words the tokenizer sees. An apostrophe that does not stay in a
    /// word is reported as a separator.
    static func scan(_ text: String, word: (String) -> Void, separator: (Character) -> Void) {
        guard !text.isEmpty else { return }
        var normalized = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            normalized.append(isApostrophe(scalar) ? "'" : scalar)
        }
        let folded = String(normalized).folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)

        var current = ""
        var apostrophePending = false
        for character in folded {
            if isWordCharacter(character) {
                if apostrophePending {
                    current.append("'")
                    apostrophePending = false
                }
                current.append(character)
            } else if character == "'" && !current.isEmpty && !apostrophePending {
                // Kept only if a word character follows: don't stays whole, students' loses it.
                apostrophePending = true
            } else {
                if !current.isEmpty { word(current) }
                if apostrophePending { separator("'") }
                current = ""
                apostrophePending = false
                separator(character)
            }
        }
        if !current.isEmpty { word(current) }
        if apostrophePending { separator("'") }
    }

    /// The stems of `text`'s words, in order, by default without stop words.
    ///
    /// Negations and intensity words ("not", "no", "too", "enough", …) are never stop words, so
    /// "not enough time" keeps all three.
    public static func stems(_ text: String, droppingStopWords: Bool = true) -> [String] {
        words(text).compactMap { word in
            droppingStopWords && StopWords.english.contains(word) ? nil : Porter2.stem(word)
        }
    }

    /// ’ (right single quotation mark, the usual typographic apostrophe), ʼ (modifier letter
    /// apostrophe) and the fullwidth '; the opening quote ‘ stays a separator.
    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2019, 0x02BC, 0xFF07: return true
        default: return false
        }
    }

    /// A letter or a digit of any script. (Folding has already stripped the marks of a keycap
    /// emoji such as 1️⃣, which so reads as its digit.)
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
