import Foundation

/// Picks the words that name a cluster.
struct ClusterNamer {
    let corpus: ClusteringCorpus
    let matrix: TFIDFMatrix
    private var weightOfTerm: [Double]
    private var membersWithTerm: [Int32]
    private var touched: [Int32] = []

    init(corpus: ClusteringCorpus, matrix: TFIDFMatrix) {
        self.corpus = corpus
        self.matrix = matrix
        weightOfTerm = Array(repeating: 0, count: matrix.termCount)
        membersWithTerm = Array(repeating: 0, count: matrix.termCount)
    }

    /// Up to three terms with the largest summed weight over the members, preferring terms that
    /// at least two members share (one member's unusual word says little about the group), each
    /// given as the members' most frequent word form for it.
    mutating func terms(of members: [Int]) -> [String] {
        for doc in members {
            for index in matrix.row(doc) {
                let term = Int(matrix.terms[index])
                if membersWithTerm[term] == 0 { touched.append(Int32(term)) }
                weightOfTerm[term] += matrix.weights[index]
                membersWithTerm[term] += 1
            }
        }
        let shared = min(2, members.count)
        var candidates = touched.filter { membersWithTerm[Int($0)] >= shared }
        if candidates.isEmpty { candidates = touched }
        candidates.sort { a, b in
            let (wa, wb) = (weightOfTerm[Int(a)], weightOfTerm[Int(b)])
            return wa != wb ? wa > wb : a < b
        }
        let top = Array(candidates.prefix(3))
        for term in touched {
            weightOfTerm[Int(term)] = 0
            membersWithTerm[Int(term)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        return top.map { surfaceForm(of: $0, in: members) }
    }

    /// The word the members used most for `term` (ties: the alphabetically first).
    private func surfaceForm(of term: Int32, in members: [Int]) -> String {
        var uses: [Int32: Int] = [:]
        for doc in members {
            for index in corpus.wordStart[doc]..<corpus.wordStart[doc + 1] {
                let word = corpus.wordIDs[index]
                if corpus.termOfWord[Int(word)] == term { uses[word, default: 0] += 1 }
            }
        }
        let best = uses.max { a, b in
            a.value != b.value ? a.value < b.value : corpus.words[Int(a.key)] > corpus.words[Int(b.key)]
        }
        return best.map { corpus.words[Int($0.key)] } ?? ""
    }
}
