import Foundation

/// The answers as unit-length TF-IDF vectors in compressed sparse rows: answer `i` has the terms
/// `terms[rowStart[i]..<rowStart[i + 1]]`, ascending, with their weights alongside.
struct TFIDFMatrix {
    var rowStart: [Int]
    var terms: [Int32]
    var weights: [Double]
    let termCount: Int

    init(_ corpus: ClusteringCorpus) {
        termCount = corpus.termCount
        rowStart = [0]
        rowStart.reserveCapacity(corpus.count + 1)
        terms = []
        terms.reserveCapacity(corpus.wordIDs.count)
        var counts: [Double] = []
        counts.reserveCapacity(corpus.wordIDs.count)
        var documentFrequency = [Int32](repeating: 0, count: corpus.termCount)
        var scratch: [Int32] = []

        for doc in 0..<corpus.count {
            scratch.removeAll(keepingCapacity: true)
            for index in corpus.wordStart[doc]..<corpus.wordStart[doc + 1] {
                scratch.append(corpus.termOfWord[Int(corpus.wordIDs[index])])
            }
            scratch.sort()
            var index = 0
            while index < scratch.count {
                let term = scratch[index]
                var end = index + 1
                while end < scratch.count && scratch[end] == term { end += 1 }
                terms.append(term)
                counts.append(Double(end - index))
                documentFrequency[Int(term)] += 1
                index = end
            }
            rowStart.append(terms.count)
        }

        let n = Double(corpus.count)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        weights = counts
        for doc in 0..<corpus.count {
            let row = rowStart[doc]..<rowStart[doc + 1]
            var squares = 0.0
            for index in row {
                let weight = (1 + log(weights[index])) * idf[Int(terms[index])]
                weights[index] = weight
                squares += weight * weight
            }
            guard squares > 0 else { continue }
            let scale = 1 / squares.squareRoot()
            for index in row { weights[index] *= scale }
        }
    }

    var count: Int { rowStart.count - 1 }

    func row(_ doc: Int) -> Range<Int> { rowStart[doc]..<rowStart[doc + 1] }
}
