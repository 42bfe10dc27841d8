import Foundation

/// What a cue says about the thing it is near.
enum CueKind: Sendable, Equatable {
    /// An explicit problem: a lack, an excess, a struggle ("lack of", "hard to", "could be better").
    case problem
    /// A word that speaks badly of something ("frustrating", "messy", "issue"); weaker than a problem.
    case flaw
    /// A word that speaks well of something ("love", "great", "proud").
    case praise
    /// An amount ("enough", "much", "a lot") that only means something once negated: "not enough".
    case quantity
    /// A problem word that is also a negation ("never", "hardly"): "never get feedback" is a
    /// problem, but in "never a problem" it only negates.
    case negatingProblem
    /// A fixed phrase read as a whole so its words are not taken apart ("a few", "not only").
    case blocker
}

/// The wording that tells a problem from praise, kept apart from the theme lexicon.
///
/// Phrases are plain English, stemmed once on first use, stop words kept: "lack of" is two
/// words and "no time for" three. Negation is not a list of phrases but a rule (see
/// `ThemeDetector`): a negator before praise makes a problem ("not great"), before a problem
/// word it makes praise ("no complaints", "not a problem"), before an amount a lack ("not enough").
enum TextCues {
    /// Explicit problems: a lack, an excess, a struggle, a wish for more. "too" followed by any
    /// word ("too slow") and "wish … more" are rules in the detector, not listed here.
    static let problems: [String] = [
        "lack", "lack of", "lacking", "lacks", "no time", "no time for", "no time to",
        "hard to", "difficult to", "tough to", "impossible to", "struggle", "struggles", "struggling",
        "missing", "could be better", "could be improved", "could improve", "room for improvement",
        "needs improvement", "need improvement", "needs work", "need work", "needs to improve",
        "need to improve", "less than ideal", "to be desired", "falls short", "fall short",
        "not always", "never enough", "takes forever", "take forever", "took forever",
        "would be nice", "would be great", "would be good", "would be better", "would help",
        "would love", "i'd love", "we'd love", "if only", "not a fan", "fed up", "sick of",
        "tired of", "at the expense of", "gets in the way", "get in the way",
    ]

    /// Words that speak badly of something, weaker than an explicit problem.
    static let flaws: [String] = [
        "bad", "badly", "poor", "poorly", "terrible", "terribly", "awful", "horrible", "dreadful",
        "frustrating", "frustrated", "frustration", "annoying", "annoyed", "painful", "pain",
        "pain point", "broken", "mess", "messy", "problem", "problems", "issue", "issues",
        "concern", "concerns", "concerning", "worry", "worried", "worrying", "hate", "dislike",
        "tough", "rough", "stressful", "stress", "stressed", "exhausting", "overwhelming",
        "overwhelmed", "downside", "downsides", "weak", "weakness", "worse", "worst", "suffer",
        "suffering", "complain", "complaint", "complaints", "disappointing", "disappointed",
        "unfair", "nightmare", "drag", "confusing", "confused", "unclear", "unhappy", "sucks",
        "meh", "difficult", "hard time", "unfortunately", "sadly", "waste", "wasted",
        "inefficient", "clunky", "mediocre", "subpar", "disorganized", "disorganised",
        "dysfunctional", "wish", "need to", "needs to", "risky", "painfully", "lackluster",
        "lacklustre", "headache", "headaches", "trouble", "troubles", "troubling", "uneasy",
        "uncomfortable", "vague", "brutal", "noisy", "keep changing", "keeps changing", "constantly changing",
        "always changing", "changes constantly", "change constantly",
    ]

    /// Words that speak well of something.
    static let praise: [String] = [
        "love", "loved", "lovely", "great", "greatest", "enjoy", "enjoyed", "enjoyable", "amazing",
        "awesome", "fantastic", "excellent", "wonderful", "good", "nice", "best", "proud", "happy",
        "happier", "appreciate", "appreciated", "glad", "fun", "smooth", "solid", "brilliant",
        "incredible", "impressive", "thrive", "thriving", "lucky", "grateful", "thankful",
        "favorite", "favourite", "calm", "healthy", "fair", "clear", "ideal", "fan", "i like",
        "we like", "really like", "i really like", "we really like", "works well", "work well",
        "working well", "well run", "went well", "handled well", "well organized", "well organised",
        "well done", "couldn't be happier", "can't complain", "can't say enough", "second to none",
        "top notch", "world class", "stellar", "outstanding", "superb", "pleasure", "pleasant",
        "refreshing", "rewarding", "exciting", "excited", "inspiring", "inspired",
        "energizing", "energising", "empowering", "kudos", "admire", "respect", "respected",
        "the best part", "stands out", "standout", "looking forward", "can't wait", "cannot wait",
        "reasonable", "sane", "decent", "generous", "listen", "listens", "kind", "fast",
    ]

    /// Amounts that are a lack once negated ("not enough", "isn't much", "not a lot of").
    static let quantities: [String] = ["enough", "much", "many", "a lot", "lots", "plenty"]

    /// Problem words that double as negations, recognised as words rather than stems ("hardly"
    /// and "hard" share a stem).
    static let negatingProblems: Set<String> = ["never", "hardly", "barely", "rarely", "seldom"]

    /// Phrases read whole so their words do not act alone: "a few" is not the negating "few",
    /// "not only" does not negate, "no doubt" is not a lack.
    static let blockers: [String] = [
        "a few", "quite a few", "a little", "as well", "not only", "not just", "no doubt",
        "no matter", "never mind", "nothing but", "not sure", "no idea", "if not", "or not",
        "no wonder", "kind of", "kinds of", "sort of",
    ]

    /// Words that negate the cue or theme word just after them.
    static let negators: Set<String> = [
        "not", "no", "never", "nor", "neither", "without", "cannot", "nothing", "nobody", "none",
        "zero", "hardly", "barely", "rarely", "seldom",
        // Contractions typed without their apostrophe.
        "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "wouldnt",
        "shouldnt", "havent", "hasnt", "hadnt", "wont", "aint",
    ]

    /// Words of small amount that negate like "no" ("few meetings", "little mentoring", "low pay").
    static let diminishers: Set<String> = [
        "few", "fewer", "little", "less", "low", "lower", "minimal", "limited", "scarce",
        "rare", "rarely", "seldom", "nonexistent",
    ]

    /// Diminishers that may also come after what they diminish ("incidents are rare", "pay is low").
    static let trailingDiminishers: Set<String> = [
        "rare", "rarely", "seldom", "low", "minimal", "limited", "scarce", "nonexistent", "absent",
    ]

    /// Words after which a small-amount adjective describes what came before ("pay is low").
    static let linkingWords: Set<String> = [
        "is", "are", "was", "were", "be", "been", "seem", "seems", "feel", "feels", "remain", "remains",
        "pretty", "very", "quite", "really", "so", "extremely", "relatively", "incredibly", "super",
    ]

    /// Words that start a new clause, whose cues are read apart from the clause before.
    static let contrastWords: Set<String> = [
        "but", "though", "although", "however", "except", "whereas", "nevertheless", "nonetheless",
    ]

    /// Words that start a wish for change when "more", "better", "fewer" or "less" follows soon.
    static let wishStarts: Set<String> = ["wish", "need", "needs", "want", "wants", "hope", "should"]
    /// The comparatives that complete a wish.
    static let wishEnds: Set<String> = ["more", "better", "fewer", "less", "clearer"]

    /// Words whose stem would read as a cue but which do not mean one ("fairly slow" is not
    /// fair, "clearly" is a hedge, not clarity).
    static let ignoredWords: Set<String> = [
        "fairly", "clearly", "likely", "goodness", "greatly", "roughly", "incredibly", "kindly", "ideally",
        "respective", "respectively", "brutally", "exhaustive", "exhaustively",
    ]

    /// Whether `word` (as the tokenizer gives it) negates what follows.
    static func isNegator(_ word: String) -> Bool {
        negators.contains(word) || diminishers.contains(word) || word.hasSuffix("n't")
    }

    /// All the cue phrases, stemmed, in one matcher; `kinds[i]` is the kind of phrase `i`.
    struct Compiled: Sendable {
        let matcher: PhraseMatcher
        let kinds: [CueKind]
    }

    /// Built on first use: the phrases are stemmed once per process.
    static let compiled: Compiled = {
        var phrases: [String] = []
        var sequences: [[String]] = []
        var kinds: [CueKind] = []
        var seen: Set<[String]> = []
        let lists: [([String], CueKind)] = [
            (blockers, .blocker), (problems, .problem), (praise, .praise), (flaws, .flaw), (quantities, .quantity),
        ]
        // The first list wins for a phrase in two lists; blockers come first so they always win.
        for (list, kind) in lists {
            for phrase in list {
                let stems = Tokenizer.stems(phrase, droppingStopWords: false)
                guard !stems.isEmpty, seen.insert(stems).inserted else { continue }
                phrases.append(phrase)
                sequences.append(stems)
                kinds.append(kind)
            }
        }
        return Compiled(matcher: PhraseMatcher(phrases: phrases, sequences: sequences), kinds: kinds)
    }()
}

/// What the text pipeline knows about one word, worked out once per distinct word and kept in
/// `StemCache`: its stem, the cue and lexicon stems it stands for, and the roles it can play.
struct WordFacts: Sendable {
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16
        static let stopWord = Roles(rawValue: 1 << 0)
        static let contrast = Roles(rawValue: 1 << 1)
        static let negator = Roles(rawValue: 1 << 2)
        static let trailingDiminisher = Roles(rawValue: 1 << 3)
        static let wishStart = Roles(rawValue: 1 << 4)
        static let wishEnd = Roles(rawValue: 1 << 5)
        static let linking = Roles(rawValue: 1 << 6)
        /// A trailing diminisher that is an adjective ("rare", not "rarely"): after a linking
        /// word it describes what came before.
        static let trailingAdjective = Roles(rawValue: 1 << 7)
        static let negatingProblem = Roles(rawValue: 1 << 8)
    }

    /// The word as the tokenizer gives it.
    let word: String
    let stem: String
    let roles: Roles
    /// The word's stem as a number of the cue matcher's vocabulary (`PhraseMatcher.unknown` if none).
    let cueNumber: Int32
    /// The word's stem as a number of the theme lexicon's vocabulary.
    let themeNumber: Int32

    init(word: String, stem: String) {
        self.word = word
        self.stem = stem
        var roles: Roles = []
        if StopWords.english.contains(word) { roles.insert(.stopWord) }
        if TextCues.contrastWords.contains(word) { roles.insert(.contrast) }
        if TextCues.isNegator(word) { roles.insert(.negator) }
        if TextCues.trailingDiminishers.contains(word) {
            roles.insert(word.hasSuffix("ly") ? .trailingDiminisher : [.trailingDiminisher, .trailingAdjective])
        }
        if TextCues.negatingProblems.contains(word) { roles.insert(.negatingProblem) }
        if TextCues.wishStarts.contains(word) { roles.insert(.wishStart) }
        if TextCues.wishEnds.contains(word) { roles.insert(.wishEnd) }
        if TextCues.linkingWords.contains(word) { roles.insert(.linking) }
        self.roles = roles
        cueNumber = TextCues.ignoredWords.contains(word)
            ? PhraseMatcher.unknown
            : TextCues.compiled.matcher.vocabulary[stem] ?? PhraseMatcher.unknown
        themeNumber = ThemeLexicon.ignoredWords.contains(word)
            ? PhraseMatcher.unknown
            : ThemeLexicon.compiled.matcher.vocabulary[stem] ?? PhraseMatcher.unknown
    }
}
