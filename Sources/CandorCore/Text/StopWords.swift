import Foundation

/// Words too common to say anything about a text, dropped before stems are compared.
public enum StopWords {
    /// Candor's English stop words: pronouns, articles, auxiliaries, prepositions, conjunctions and
    /// their contractions, all lowercase with a plain ' apostrophe (as `Tokenizer.words` gives them).
    ///
    /// Deliberately left out, because phrases such as "not enough", "too many", "no time" or
    /// "never again" carry the meaning later matching looks for: the negations (not, no, nor, never,
    /// neither, without, cannot and every n't contraction: don't, isn't, can't, …) and the words of degree or
    /// amount (too, very, enough, lack, more, most, less, least, much, many, few).
    public static let english: Set<String> = [
        // Articles, determiners and quantifiers that carry no degree.
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "any",
        "some", "such", "other", "both", "all", "own", "same",
        // Personal pronouns.
        "i", "me", "my", "myself", "we", "us", "our", "ours", "ourselves",
        "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
        "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
        "themselves", "one",
        // Question words and relatives.
        "what", "which", "who", "whom", "when", "where", "why", "how", "whether",
        // Forms of be, have, do, and the modals.
        "am", "is", "are", "was", "were", "be", "been", "being",
        "have", "has", "had", "having", "do", "does", "did", "doing",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        // Prepositions.
        "about", "above", "across", "after", "against", "along", "among", "around", "at", "before",
        "below", "between", "by", "down", "during", "for", "from", "in", "into", "of", "off", "on",
        "out", "over", "since", "through", "to", "towards", "under", "until", "up", "upon", "via",
        "with", "within",
        // Conjunctions and linking adverbs.
        "and", "but", "or", "so", "yet", "if", "then", "than", "because", "as", "while", "though",
        "although", "unless", "once", "also", "just", "here", "there", "now", "again", "further",
        "only",
        // Contractions of the words above (never the n't ones: those are negations).
        "i'm", "i've", "i'd", "i'll", "you're", "you've", "you'd", "you'll",
        "he's", "he'd", "he'll", "she's", "she'd", "she'll", "it's", "it'd", "it'll",
        "we're", "we've", "we'd", "we'll", "they're", "they've", "they'd", "they'll",
        "that's", "there's", "here's", "what's", "who's", "let's",
    ]

    /// Whether `word` is a stop word, ignoring case and typographic apostrophes.
    public static func contains(_ word: String) -> Bool {
        if english.contains(word) { return true }
        let plain = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        return plain != word && english.contains(plain)
    }
}
