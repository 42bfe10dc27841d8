@testable import CandorCore
import Foundation
import Testing

@Suite("Answer clustering")
struct AnswerClusteringTests {
    static let expenses = [
        "the expense approval tool is painful",
        "expenses take weeks to get approved",
        "approving expenses is so slow",
    ]

    static let unrelated = [
        "The parking situation is terrible.",
        "I love the free coffee.",
        "The VPN drops every hour.",
        "Our dog-friendly office is the best.",
        "The canteen lunches are bland.",
        "The deploy tool is flaky.",
        "Nobody can find anything on the wiki.",
    ]

    @Test("similar answers form one cluster, named by their shared words")
    func groupsSimilarAnswers() throws {
        for texts in [Self.expenses, Self.expenses + Self.unrelated, Self.unrelated + Self.expenses] {
            let clusters = AnswerClustering.cluster(texts)
            #expect(clusters.count == 1)
            let cluster = try #require(clusters.first)
            let offset = texts.firstIndex(of: Self.expenses[0]) ?? 0
            #expect(cluster.members == [offset, offset + 1, offset + 2])
            #expect(cluster.name.contains("expense"))
            #expect((1...3).contains(cluster.terms.count))
            #expect(cluster.name == cluster.terms.joined(separator: ", "))
        }
    }

    @Test("terms are the members' own word forms, not stems")
    func namesUseWordForms() throws {
        let clusters = AnswerClustering.cluster([
            "the parking is awful", "parking is awful every single morning", "awful parking near the office",
        ])
        let cluster = try #require(clusters.first)
        #expect(Set(cluster.terms.prefix(2)) == ["parking", "awful"])
    }

    @Test("answers that share at most a common word stay apart")
    func keepsUnrelatedApart() {
        #expect(AnswerClustering.cluster(Self.unrelated).isEmpty)
        #expect(AnswerClustering.cluster(["the deploy tool is flaky", "the expense approval tool is painful"]).isEmpty)
    }

    @Test("empty input and empty answers give no clusters")
    func emptyInput() {
        #expect(AnswerClustering.cluster([]).isEmpty)
        #expect(AnswerClustering.cluster(["", "   ", "the and of it", "2024 100 7"]).isEmpty)
        // Stop words and bare numbers never make two answers alike.
        #expect(AnswerClustering.cluster(["It was 2024.", "It was 2024!"]).isEmpty)
    }

    @Test("clusters smaller than minimumSize are dropped; 1 keeps singletons")
    func minimumSize() {
        let texts = Self.expenses + ["The parking situation is terrible."]
        #expect(AnswerClustering.cluster(texts, minimumSize: 4).isEmpty)
        #expect(AnswerClustering.cluster(texts, minimumSize: 3).map(\.members) == [[0, 1, 2]])
        let all = AnswerClustering.cluster(texts, minimumSize: 1)
        #expect(all.map(\.members) == [[0, 1, 2], [3]])
        #expect(all.last?.terms.isEmpty == false)
    }

    @Test("largest cluster first, ties by first member; members ascending")
    func ordering() {
        let texts = [
            "the wiki search is useless", "the parking is awful", "wiki search useless again",
            "awful parking every morning", "the wiki search is really useless", "parking near here is awful",
            "the coffee is great", "the wiki search is useless",
        ]
        let clusters = AnswerClustering.cluster(texts)
        #expect(clusters.map(\.members) == [[0, 2, 4, 7], [1, 3, 5]])
    }

    @Test("the same input gives the same clusters")
    func deterministic() {
        let texts = Self.generated(count: 400)
        let first = AnswerClustering.cluster(texts)
        #expect(!first.isEmpty)
        #expect(AnswerClustering.cluster(texts) == first)
        var cache = StemCache()
        #expect(AnswerClustering.cluster(texts, cache: &cache) == first)
        for cluster in first {
            #expect(cluster.members == cluster.members.sorted())
            #expect(cluster.members.count >= 2)
        }
    }

    @Test("diacritics, other scripts and emoji are handled")
    func unicode() throws {
        let texts = [
            "Le café est génial ☕️", "the CAFÉ is génial 😍", "cafe genial!!", "東京 オフィス", "🎉🎉🎉",
            "naïve ﬁnance rules", "1️⃣ 2️⃣ 3️⃣", "\u{0301}\u{0301}",
        ]
        let clusters = AnswerClustering.cluster(texts)
        let cluster = try #require(clusters.first)
        #expect(cluster.members == [0, 1, 2])
        #expect(cluster.terms.contains("cafe"))
    }

    @Test("the ASCII fast path splits exactly like Tokenizer.words")
    func asciiWordsMatchTokenizer() {
        let samples = [
            "Don't stop", "students' books", "'quoted' words", "well-known o'clock", "rock''n''roll",
            "A1 b2 C3PO", "x'", "'", "it's-fine\r\nNEW line\ttab", "MiXeD CaSe 123abc", "end'",
        ]
        for text in samples {
            var scratch: [UInt8] = []
            var words: [String] = []
            var copy = text
            let fast = copy.withUTF8 { bytes in
                ASCIIWords.split(bytes, into: &scratch) { words.append(String(decoding: $0, as: UTF8.self)) }
            }
            #expect(fast)
            #expect(words == Tokenizer.words(text), "\(text)")
        }
        var scratch: [UInt8] = []
        var text = "café"
        #expect(!text.withUTF8 { ASCIIWords.split($0, into: &scratch) { _ in } })
    }

    @Test("vectors are smoothed, sublinear TF-IDF with unit length")
    func tfidf() throws {
        // "meetings" twice in the first answer, "long" in both.
        let corpus = ClusteringCorpus(["long meetings, meetings", "long lunch"], stem: Porter2.stem)
        let matrix = TFIDFMatrix(corpus)
        #expect(matrix.count == 2)
        let idfShared = log(3.0 / 3.0) + 1
        let idfOnce = log(3.0 / 2.0) + 1
        let row = matrix.row(0)
        var weights: [String: Double] = [:]
        for index in row {
            let word = corpus.words[corpus.termOfWord.firstIndex(of: matrix.terms[index])!]
            weights[word] = matrix.weights[index]
        }
        let long = idfShared
        let meetings = (1 + log(2.0)) * idfOnce
        let norm = (long * long + meetings * meetings).squareRoot()
        #expect(abs((weights["long"] ?? 0) - long / norm) < 1e-12)
        #expect(abs((weights["meetings"] ?? 0) - meetings / norm) < 1e-12)
        let squares = matrix.row(1).map { matrix.weights[$0] * matrix.weights[$0] }.reduce(0, +)
        #expect(abs(squares - 1) < 1e-12)
    }

    @Test("the inverted index finds exactly what comparing with every cluster finds")
    func matchesBruteForce() {
        expectSameAsBruteForce(Self.generated(count: 600), thresholds: [0.2, AnswerClustering.defaultThreshold, 0.5], leastClusters: 5)
    }

    /// Realistic answers mix a few words of their subject with many common ones, so common words'
    /// lists reach most clusters: the case the sorted walk of pass 2 and the longer walk of both
    /// passes are for.
    @Test("the inverted index stays exact when common words reach most clusters")
    func matchesBruteForceOnAWideVocabulary() {
        expectSameAsBruteForce(Self.wideVocabulary(count: 700), thresholds: [0.2, AnswerClustering.defaultThreshold, 0.4], leastClusters: 20)
    }

    // MARK: - Helpers

    /// At each threshold, the pruned search puts every answer where brute force does, on data
    /// where brute force finds more than `leastClusters` clusters (fewer would prove little).
    func expectSameAsBruteForce(_ texts: [String], thresholds: [Double], leastClusters: Int) {
        let matrix = TFIDFMatrix(ClusteringCorpus(texts, stem: Porter2.stem))
        for threshold in thresholds {
            let fast = AnswerClustering.assign(matrix, threshold: threshold)
            let slow = BruteForceLeader.assign(matrix, threshold: threshold)
            #expect(Set(slow).count > leastClusters, "a meaningful test needs more clusters")
            let differing = zip(fast, slow).filter { $0 != $1 }.count
            #expect(fast.count == slow.count && differing == 0, "threshold \(threshold): \(differing) answers differ")
        }
    }

    /// Answers of three to six words from one of 40 subjects (15 made-up words each) and four to
    /// twelve from 120 common made-up words, the low-numbered ones far more often (seeded).
    static func wideVocabulary(count: Int) -> [String] {
        var state: UInt64 = 11
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func word(_ prefix: String, _ number: Int) -> String {
            // Letters only, so that the stemmer and the number filter leave each word whole.
            prefix + String(number, radix: 26).map { c in
                let digit = Int(String(c), radix: 26)!
                return String(UnicodeScalar(UInt8(97 + digit)))
            }.joined()
        }
        return (0..<count).map { _ in
            let subject = next(40)
            let own = (0..<(3 + next(4))).map { _ in word(word("zub", subject) + "x", next(15)) }
            let common = (0..<(4 + next(9))).map { _ in word("kom", next(1 + next(120))) }
            return (own + common).joined(separator: " ")
        }
    }


    /// Varied short answers from a seeded mix of subjects and complaints.
    static func generated(count: Int) -> [String] {
        let openers = ["", "honestly ", "I think ", "to be fair ", "for me "]
        let subjects = [
            "the expense tool", "parking", "the wiki search", "the coffee machine", "the VPN",
            "the canteen food", "travel booking", "the badge readers", "the hiring loop", "the offsite",
        ]
        let verdicts = [
            "is painful", "is slow", "is broken again", "takes forever", "is great", "could be better",
            "drives me mad", "is fine most days",
        ]
        let closers = ["", " at least on my team", " compared to my last job", ", sadly", " every single week"]
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            openers[next(openers.count)] + subjects[next(subjects.count)] + " "
                + verdicts[next(verdicts.count)] + closers[next(closers.count)]
        }
    }
}

/// The leader clustering done the slow, obvious way: every answer against every centroid.
enum BruteForceLeader {
    static func assign(_ matrix: TFIDFMatrix, threshold: Double) -> [Int32] {
        var centroids: [[Int32: Double]] = []
        func best(_ doc: Int) -> Int32 {
            var best: Int32 = -1
            var bestScore = threshold
            for (id, centroid) in centroids.enumerated() {
                let norm = centroid.values.map { $0 * $0 }.reduce(0, +).squareRoot()
                var dot = 0.0
                for index in matrix.row(doc) { dot += matrix.weights[index] * (centroid[matrix.terms[index]] ?? 0) }
                guard norm > 0 else { continue }
                let score = dot / norm
                if score > bestScore + 1e-9 || (best < 0 && score >= bestScore - 1e-9) {
                    best = Int32(id)
                    bestScore = score
                }
            }
            return best
        }
        var sizes: [Int] = []
        for doc in 0..<matrix.count where !matrix.row(doc).isEmpty {
            var cluster = Int(best(doc))
            if cluster < 0 {
                cluster = centroids.count
                centroids.append([:])
                sizes.append(0)
            }
            sizes[cluster] += 1
            for index in matrix.row(doc) { centroids[cluster][matrix.terms[index], default: 0] += matrix.weights[index] }
        }
        // Pass 2 looks only at clusters of two or more; an empty centroid never reaches the threshold.
        for cluster in centroids.indices where sizes[cluster] < 2 { centroids[cluster] = [:] }
        return (0..<matrix.count).map { matrix.row($0).isEmpty ? -1 : best($0) }
    }
}
