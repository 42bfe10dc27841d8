import Foundation

/// One word of an answer: as written (lowercased, accents folded), what is known about it, and
/// the stretch between commas or other light punctuation it sits in, past which negation does
/// not reach.
struct TextToken {
    var word: String
    var roles: WordFacts.Roles
    var cueNumber: Int32
    var themeNumber: Int32
    var segment: Int
}

/// A run of words read on its own, and the contrast word that opened it, if any.
struct Clause {
    var tokens: [TextToken] = []
    var opener: String?
}

/// Cuts an answer into clauses and words in one pass over its characters.
struct ClauseSplitter {
    private var clauses: [Clause] = []
    private var current = Clause()
    private var segment = 0
    /// The number of the clause being filled: every cut at a clause break moves it on.
    private var clauseNumber = 0
    /// Every word in order, contrast words included, for phrase matching and the theme model
    /// on the same pass.
    private var tokens: [ThemeFeatures.Token] = []

    static func clauses(of text: String, cache: inout StemCache) -> [Clause] {
        split(text, cache: &cache).clauses
    }

    /// The clauses, and all the words, from one pass over the text.
    static func split(_ text: String, cache: inout StemCache) -> (clauses: [Clause], tokens: [ThemeFeatures.Token]) {
        var splitter = ClauseSplitter()
        if StemCache.isASCII(text) {
            cache.scanASCII(
                text,
                word: { splitter.add($0) },
                separator: { splitter.cut(breakKind(Unicode.Scalar($0))) })
        } else {
            // Other scripts: the tokenizer's own pass, cutting at the break scalars of the
            // Characters between words. One pass for both, so that a combining mark after a
            // break (which folding in context may drop, or which belongs to the break's
            // Character) never reads as a word here and not there (found by `scripts/fuzz`).
            Tokenizer.scan(
                text,
                word: { splitter.add(cache.facts($0)) },
                separator: { character in
                    var kind = Break.none
                    for scalar in character.unicodeScalars {
                        switch breakKind(scalar) {
                        case .clause: kind = .clause
                        case .segment where kind == .none: kind = .segment
                        default: break
                        }
                    }
                    splitter.cut(kind)
                })
        }
        splitter.cut(.clause)
        return (splitter.clauses, splitter.tokens)
    }

    private mutating func add(_ facts: WordFacts) {
        let contrast = facts.roles.contains(.contrast)
        // A contrast word opens the clause it belongs to.
        if contrast { cut(.clause) }
        tokens.append(ThemeFeatures.Token(word: facts.word, stem: facts.stem, counts: !facts.roles.contains(.stopWord),
                                          clause: clauseNumber, opensClause: contrast))
        if contrast {
            current.opener = facts.word
        } else {
            current.tokens.append(TextToken(
                word: facts.word, roles: facts.roles, cueNumber: facts.cueNumber, themeNumber: facts.themeNumber,
                segment: segment))
        }
    }

    private mutating func cut(_ kind: Break) {
        guard kind != .none else { return }
        segment += 1
        guard kind == .clause else { return }
        clauseNumber += 1
        if !current.tokens.isEmpty { clauses.append(current) }
        current = Clause()
    }

    enum Break { case none, segment, clause }

    /// Sentence ends (in several scripts), semicolons and line breaks end a clause; commas,
    /// colons, brackets, dashes and quotes only end a segment. Hyphens and apostrophes are
    /// inside words.
    static func breakKind(_ scalar: Unicode.Scalar) -> Break {
        switch scalar.value {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x0A, 0x0D, 0x2026, 0x2028, 0x2029, 0x3002, 0xFF01, 0xFF1F, 0xFF1B,
             0x061F, 0x06D4, 0x061B, 0x0964:
            return .clause
        case 0x2C, 0x3A, 0x28, 0x29, 0x5B, 0x5D, 0x22, 0x2013, 0x2014, 0x201C, 0x201D, 0x3001, 0xFF0C, 0x060C:
            return .segment
        default:
            return .none
        }
    }
}
