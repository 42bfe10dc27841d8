import Foundation

/// Answers that say much the same thing, found by ``AnswerClustering``.
public struct AnswerCluster: Codable, Equatable, Sendable {
    /// The cluster's ``terms`` joined by ", " ("expenses, approval, slow").
    public var name: String
    /// Up to three words that best characterise the members, most telling first. Each is the form
    /// the members used most often for its stem ("expenses" rather than "expens").
    public var terms: [String]
    /// Indexes of the member answers in the clustered input, ascending.
    public var members: [Int]

    public init(name: String, terms: [String], members: [Int]) {
        self.name = name
        self.terms = terms
        self.members = members
    }
}

/// Groups free-text answers by the words they share, for answers that touch none of the themes.
///
/// Each answer becomes a TF-IDF vector: stems without stop words or bare numbers, a sublinear term
/// frequency (1 + ln count) times a smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1,
/// then scaled to unit length. Clustering is a deterministic two-pass "leader" algorithm:
///
/// 1. In input order, each answer joins the existing cluster whose centroid is most similar
///    (cosine ≥ the threshold), or starts a new one.
/// 2. Each answer is then reassigned to the most similar final centroid of a cluster of two or
///    more. This undoes choices made while centroids were still moving, and lets an answer that
///    started a cluster too early join the group that formed later; answers below the threshold
///    everywhere stand alone.
///
/// Only clusters sharing a word with the answer are compared, found through an inverted index
/// from term to clusters that also holds the centroids' weights. In pass 1 each answer walks its
/// terms' lists most promising first, and stops soon after the terms left could not lift a
/// cluster not yet seen above the threshold or above the best so far. In pass 2 the centroids are
/// fixed, so each list is sorted by the centroids' shares of its term and walked from the top, a
/// step at a time from whichever list could add most, until no cluster not yet seen could
/// matter; the long lists of common words are thus read only as far as the clusters that lean on
/// them. The pruning only skips clusters that cannot win: the result is exactly that of comparing
/// every answer with every centroid (tests check this), in a fraction of the time.
public enum AnswerClustering {
    /// The cosine similarity an answer needs to its cluster's centroid.
    ///
    /// Chosen on short answers, where it matters most: those sharing two content words ("the
    /// expense approval tool is painful", "expenses take weeks to get approved", "approving
    /// expenses is so slow") group even when they are all there is to cluster (0.18–0.30 do),
    /// while answers sharing one incidental word ("the deploy tool is flaky") stay apart. Toward
    /// the top of that range, so that one shared word among three or four ("the office is noisy",
    /// "the office coffee is great") rarely suffices.
    public static let defaultThreshold: Double = 0.28

    /// The clusters of at least `minimumSize` answers among `texts`, largest first (ties: the one
    /// whose first member comes first).
    ///
    /// Empty answers, and answers made only of stop words or numbers, never join a cluster.
    public static func cluster(_ texts: [String], threshold: Double = defaultThreshold,
                               minimumSize: Int = 2) -> [AnswerCluster] {
        cluster(texts, threshold: threshold, minimumSize: minimumSize, stem: Porter2.stem)
    }

    /// The same as ``cluster(_:threshold:minimumSize:)``, stemming through a shared cache so a
    /// caller that also reads themes stems each distinct word once.
    public static func cluster(_ texts: [String], threshold: Double = defaultThreshold, minimumSize: Int = 2,
                               cache: inout StemCache) -> [AnswerCluster] {
        cluster(texts, threshold: threshold, minimumSize: minimumSize, stem: { cache.stem($0) })
    }

    static func cluster(_ texts: [String], threshold: Double, minimumSize: Int,
                        stem: (String) -> String) -> [AnswerCluster] {
        let corpus = ClusteringCorpus(texts, stem: stem)
        let matrix = TFIDFMatrix(corpus)
        let assignment = assign(matrix, threshold: threshold)

        var groups: [[Int]] = []
        var groupOf: [Int32: Int] = [:]
        for (doc, cluster) in assignment.enumerated() {
            if cluster < 0 {
                // Alone; only kept when one-answer clusters are asked for.
                if !matrix.row(doc).isEmpty { groups.append([doc]) }
            } else if let index = groupOf[cluster] {
                groups[index].append(doc)
            } else {
                groupOf[cluster] = groups.count
                groups.append([doc])
            }
        }
        // Members are added in input order, so each group is already ascending and its first
        // member is its smallest.
        let kept = groups.filter { $0.count >= max(1, minimumSize) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        var namer = ClusterNamer(corpus: corpus, matrix: matrix)
        return kept.map { members in
            let terms = namer.terms(of: members)
            return AnswerCluster(name: terms.joined(separator: ", "), terms: terms, members: members)
        }
    }
}

extension AnswerClustering {
    /// Each answer's cluster (an id in order of creation), or -1 when it resembles no cluster
    /// of two or more (or has no terms).
    static func assign(_ matrix: TFIDFMatrix, threshold: Double) -> [Int32] {
        var leader = LeaderClustering(matrix: matrix, threshold: threshold)
        leader.firstPass()
        return leader.reassign()
    }
}
