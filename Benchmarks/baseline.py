#!/usr/bin/env python3
"""The scikit-learn baseline for Candor's answer clustering.

Reads the JSONL that `candor-bench generate` wrote (the very same answers candor-bench times),
then times TF-IDF vectorisation plus MiniBatchKMeans over every answer's text. Reading the file
is not timed, as on the Swift side.

Optionally scores cluster quality on the same yardstick for both: the mean cosine between an
answer's TF-IDF vector (scikit-learn's) and its cluster's mean direction, over clustered answers.
"""

import argparse
import json
import math
import sys
import time

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction.text import TfidfVectorizer


def read_texts(path):
    texts = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def mean_cosine_to_centroid(matrix, labels):
    """Mean over labelled rows (label >= 0) of cos(row, mean of its cluster).

    For unit rows, the sum over a cluster of cos(row, centroid) is the norm of the cluster's
    summed vector, so one sparse product gives every cluster's share at once.
    """
    keep = labels >= 0
    if not keep.any():
        return 0.0
    rows = np.flatnonzero(keep)
    clusters = labels[keep]
    count = int(clusters.max()) + 1
    indicator = sp.csr_matrix((np.ones(len(rows)), (clusters, rows)), shape=(count, matrix.shape[0]))
    sums = indicator @ matrix
    norms = np.sqrt(np.asarray(sums.multiply(sums).sum(axis=1)).ravel())
    return float(norms.sum() / len(rows))


def labels_from_members(groups, n):
    labels = np.full(n, -1, dtype=np.int64)
    for index, members in enumerate(groups):
        labels[np.asarray(members, dtype=np.int64)] = index
    return labels


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True, help="answers, one JSON object per line")
    parser.add_argument("--clusters", type=int, default=0,
                        help="k for MiniBatchKMeans (default: about sqrt(N / 2))")
    parser.add_argument("--candor-clusters", help="JSON list of member lists from candor-bench, to score")
    parser.add_argument("--runs", type=int, default=3, help="timed runs; the median is reported (default 3)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--report", help="also write the figures as JSON to this file")
    args = parser.parse_args()

    texts = read_texts(args.input)
    n = len(texts)
    if n < 2:
        sys.exit("baseline.py: need at least two answers")
    k = min(n, args.clusters or max(2, round(math.sqrt(n / 2))))

    def run(sample):
        vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
        matrix = vectorizer.fit_transform(sample)
        kmeans = MiniBatchKMeans(n_clusters=min(k, len(sample)), random_state=0, n_init=1, batch_size=1024)
        return matrix, kmeans.fit_predict(matrix)

    # A warm-up on a small sample first (as candor-bench does), then the median of a few full runs:
    # shared machines are noisy, and both sides are measured the same way.
    run(texts[:2000])
    times = []
    for _ in range(max(1, args.runs)):
        start = time.perf_counter()
        matrix, labels = run(texts)
        times.append(time.perf_counter() - start)
    seconds = sorted(times)[len(times) // 2]

    report = {
        "answers": n,
        "clusters": k,
        "seconds": seconds,
        "runs": len(times),
        "meanCosine": mean_cosine_to_centroid(matrix, labels),
    }
    if args.candor_clusters:
        with open(args.candor_clusters, encoding="utf-8") as file:
            groups = json.load(file)
        candor_labels = labels_from_members(groups, n)
        report["candorMeanCosine"] = mean_cosine_to_centroid(matrix, candor_labels)
        report["candorCoverage"] = float((candor_labels >= 0).mean())

    if args.report:
        with open(args.report, "w", encoding="utf-8") as file:
            json.dump(report, file, sort_keys=True)
    if args.json:
        print(json.dumps(report, sort_keys=True))
        return
    print(f"scikit-learn: {n} answers vectorised and clustered in {seconds:.2f} s "
          f"(median of {len(times)} runs; clusters: {k})")
    print(f"  mean cosine to cluster centroid: {report['meanCosine']:.3f} (every answer clustered)")
    if "candorMeanCosine" in report:
        print(f"  candor's clusters on the same vectors: {report['candorMeanCosine']:.3f} "
              f"({report['candorCoverage']:.0%} of answers clustered)")


if __name__ == "__main__":
    main()
